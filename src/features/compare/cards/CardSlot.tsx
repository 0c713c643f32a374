// Where a card of the registry goes in the compare view. A card drawn 'deferred' starts as a
// placeholder: the card's heading in a section named by it (so the section list of a screen
// reader, a jump and the print all find it) and the card's measured height reserved, so nothing
// moves when the card replaces it. It is drawn in its turn of the view's deferred work
// (src/components/deferred): near the viewport first, else in idle time; at once for a jump, print
// and under NoDeferredWork (the kiosk).
import { memo, useId, useRef, useState, type ReactNode, type RefObject } from 'react';
import { useDeferredSteps } from '../../../components/deferred/use-deferred-steps';
import { useNear } from '../../../components/deferred/use-near';
import { useLang } from '../../../components/use-money';
import { CardIdContext, CardWidthContext } from './card-context';
import { placeholderHeightVars } from './placeholder-style';

interface Props {
  id: string;
  draw: 'deferred' | 'at-once';
  /** The card's heading; without it the placeholder is a plain box (a part of a section that has its own heading). */
  title: string | undefined;
  children: ReactNode;
}

export function CardSlot({ id, draw, title, children }: Props) {
  const card = <CardIdContext value={id}>{children}</CardIdContext>;
  return draw === 'at-once' ? card : <DeferredCard id={id} title={title} card={card} />;
}

function DeferredCard({ id, title, card }: { id: string; title: string | undefined; card: ReactNode }) {
  const placeholder = useRef<HTMLElement & HTMLDivElement>(null);
  // The charts start at the placeholder's width: drawn in the card's first (interruptible) render, not measured after it.
  const seen = useRef<number | null>(null);
  const [width, setWidth] = useState<number | null>(null);
  const [near, setNear] = useState(false);
  const [onNear] = useState(() => (entry: IntersectionObserverEntry) => {
    seen.current = contentWidth(entry.target, entry.boundingClientRect.width);
    setNear(true);
  });
  const drawn =
    useDeferredSteps({
      steps: 1,
      near,
      idle: true,
      sized: false,
      element: placeholder,
      withStep: () => setWidth(seen.current ?? placeholderWidth(placeholder.current)),
    }) === 1;
  if (!drawn) return <Placeholder id={id} title={title} box={placeholder} onNear={onNear} />;
  return <CardWidthContext value={width}>{card}</CardWidthContext>;
}

/** The content width from the observer's box (reading the layout here could force a new one): less the padding and border. */
function contentWidth(element: Element, borderBoxWidth: number): number {
  const style = getComputedStyle(element);
  const sides = ['paddingLeft', 'paddingRight', 'borderLeftWidth', 'borderRightWidth'] as const;
  return Math.floor(sides.reduce((w, side) => w - parseFloat(style[side]), borderBoxWidth));
}

/** The content width of a placeholder (its heading row spans it), as the charts measure theirs: whole pixels. */
function placeholderWidth(placeholder: Element | null): number | null {
  const head = placeholder?.querySelector('.cmp-card-head');
  return head ? Math.floor(head.getBoundingClientRect().width) : null;
}

// memo: the view re-renders its slots on every change of the view state; a placeholder's props stay the same.
const Placeholder = memo(function Placeholder({
  id,
  title,
  box,
  onNear,
}: {
  id: string;
  title: string | undefined;
  box: RefObject<(HTMLElement & HTMLDivElement) | null>;
  onNear: (entry: IntersectionObserverEntry) => void;
}) {
  const lang = useLang();
  useNear(box, onNear); // watched while the placeholder is there, and no longer
  const titleId = `${useId().replace(/:/g, '')}-title`;
  const style = placeholderHeightVars(id, lang); // compare.css: the height for the page's width
  if (title === undefined)
    return <div ref={box} className="cmp-placeholder" data-deferred={id} data-card={id} style={style} />;
  return (
    <section
      ref={box}
      className="cmp-card cmp-placeholder"
      aria-labelledby={titleId}
      aria-busy="true"
      data-deferred={id}
      data-card={id}
      style={style}
    >
      <div className="cmp-card-head">
        <h2 id={titleId}>{title}</h2>
      </div>
    </section>
  );
});
