// A card of the compare view drawn later (DeferredMounting.tsx). Until then a placeholder stands
// in its place: the card's heading in a section named by it (so the section list of a screen
// reader, a jump and the print all find it) and the card's height reserved, so nothing moves
// when the card replaces it. A placeholder coming near the viewport asks to be drawn.
import { memo, useContext, useEffect, useId, useRef, type ReactNode } from 'react';
import { useLang } from '../../../components/use-money';
import { scrollRoot } from './idle';
import { NEAR_MARGIN } from '../charts/use-near';
import { CardWidthContext, MountedContext, useReveal, type RevealFn } from './mounting';
import { placeholderHeightVars, type DeferredCard } from './placeholder-height';

interface Props {
  card: DeferredCard;
  /** The card's heading; without it the placeholder is a plain box (a part of a section that has its own heading). */
  title?: string;
  children: ReactNode;
}

export function Deferred({ card, title, children }: Props) {
  const mounted = useContext(MountedContext);
  const reveal = useReveal();
  if (!mounted.all && !mounted.cards.has(card)) return <Placeholder card={card} title={title} reveal={reveal} />;
  // The charts start at the placeholder's width: drawn in the same (interruptible) render, not measured after it.
  return <CardWidthContext value={mounted.cards.get(card) ?? null}>{children}</CardWidthContext>;
}

/** The content width from the observer's box (reading the layout here could force a new one): less the padding and border. */
function contentWidth(element: Element, borderBoxWidth: number): number {
  const style = getComputedStyle(element);
  const sides = ['paddingLeft', 'paddingRight', 'borderLeftWidth', 'borderRightWidth'] as const;
  return Math.floor(sides.reduce((w, side) => w - parseFloat(style[side]), borderBoxWidth));
}

// memo: drawing another card re-renders every Deferred, but a placeholder's props stay the same.
const Placeholder = memo(function Placeholder({
  card,
  title,
  reveal,
}: {
  card: DeferredCard;
  title: string | undefined;
  reveal: RevealFn;
}) {
  const lang = useLang();
  const ref = useRef<HTMLElement & HTMLDivElement>(null);
  const titleId = `${useId().replace(/:/g, '')}-title`;

  useEffect(() => {
    const element = ref.current;
    if (!element || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        const entry = entries.find((e) => e.isIntersecting);
        if (entry) reveal([{ card, width: contentWidth(element, entry.boundingClientRect.width) }], 'near');
      },
      { root: scrollRoot(element), rootMargin: NEAR_MARGIN },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [card, reveal]);

  const style = placeholderHeightVars(card, lang); // compare.css: the height for the page's width
  if (title === undefined) return <div ref={ref} className="cmp-placeholder" data-deferred={card} style={style} />;
  return (
    <section
      ref={ref}
      className="cmp-card cmp-placeholder"
      aria-labelledby={titleId}
      aria-busy="true"
      data-deferred={card}
      style={style}
    >
      <div className="cmp-card-head">
        <h2 id={titleId}>{title}</h2>
      </div>
    </section>
  );
});
