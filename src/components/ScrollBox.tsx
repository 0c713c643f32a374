// A box that scrolls a wide table (or anything wider than a phone) inside the page, and shows it:
// a shadow on each edge beyond which there is more to see, appearing and fading as the reader
// scrolls. While it scrolls it is a tab stop with a name (axe: scrollable-region-focusable), so
// the arrow keys scroll it without a mouse. `className` styles the scrolling element itself.
import { useRef, type ReactNode } from 'react';
import { useScrollEdges } from './scroll-edges';
import './scroll-box.css';

interface Props {
  /** Accessible name of the scroll region, distinct from the name of the section around it. */
  label: string;
  className?: string;
  children: ReactNode;
}

export function ScrollBox({ label, className, children }: Props) {
  const area = useRef<HTMLDivElement>(null);
  const { start, end, scrollable } = useScrollEdges(area);
  return (
    <div className="scroll-box" data-more-start={start} data-more-end={end}>
      <div
        ref={area}
        className={`scroll-box-area${className ? ` ${className}` : ''}`}
        role="region"
        aria-label={label}
        tabIndex={scrollable ? 0 : undefined}
      >
        {children}
      </div>
    </div>
  );
}
