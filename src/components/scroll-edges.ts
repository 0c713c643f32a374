// Which edges of a scroll box have more content beyond them, for the edge shadows of ScrollBox.
// Pure, so that the thresholds are tested; the hook below only feeds it measurements.
import { useEffect, useState, type RefObject } from 'react';

export interface ScrollMetrics {
  scrollLeft: number;
  scrollWidth: number;
  clientWidth: number;
  scrollHeight: number;
  clientHeight: number;
}

export interface ScrollEdges {
  /** content hidden to the left (the box was scrolled) */
  start: boolean;
  /** content hidden to the right */
  end: boolean;
  /** the box scrolls in either direction: then it takes keyboard focus */
  scrollable: boolean;
}

// Zoomed pages report fractional sizes: half a pixel of difference is no content.
const SLACK = 1;

export function scrollEdges(m: ScrollMetrics): ScrollEdges {
  const hiddenWidth = m.scrollWidth - m.clientWidth;
  const left = Math.abs(m.scrollLeft);
  return {
    start: hiddenWidth > SLACK && left > SLACK,
    end: hiddenWidth > SLACK && left < hiddenWidth - SLACK,
    scrollable: hiddenWidth > SLACK || m.scrollHeight - m.clientHeight > SLACK,
  };
}

const same = (a: ScrollEdges, b: ScrollEdges) =>
  a.start === b.start && a.end === b.end && a.scrollable === b.scrollable;

/** The edges of the element, updated on scroll and when it or its content changes size. */
export function useScrollEdges(ref: RefObject<HTMLElement | null>): ScrollEdges {
  const [edges, setEdges] = useState<ScrollEdges>({ start: false, end: false, scrollable: false });
  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    const update = () => {
      const next = scrollEdges(box);
      setEdges((prev) => (same(prev, next) ? prev : next));
    };
    update();
    box.addEventListener('scroll', update, { passive: true });
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(update);
    observer?.observe(box);
    // The content grows and shrinks too (lines expanded, a filter typed, another unit).
    for (const child of box.children) observer?.observe(child);
    return () => {
      box.removeEventListener('scroll', update);
      observer?.disconnect();
    };
  }, [ref]);
  return edges;
}
