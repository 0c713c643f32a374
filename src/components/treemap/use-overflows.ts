// Whether an element's content is wider than the element (it scrolls sideways), kept up to date
// on resize. A scrolling region must be reachable by keyboard (axe: scrollable-region-focusable),
// and one that does not scroll should not be an extra tab stop.
import { useLayoutEffect, useState, type RefObject } from 'react';

export function useOverflows(ref: RefObject<HTMLElement | null>): boolean {
  const [overflows, setOverflows] = useState(false);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setOverflows(element.scrollWidth > element.clientWidth + 1);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    // The table inside changes width with its rows (a drill-down), the wrapper may not.
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => observer.disconnect();
  }, [ref]);
  return overflows;
}
