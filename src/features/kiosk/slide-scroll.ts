// A slide taller than the screen would hide its lower part for ever on an unattended screen, so
// a playing tour pages through it: the slide's time is shared between its screenfuls, each
// scrolled to in turn (a smooth scroll, or a jump under prefers-reduced-motion). A paused tour
// leaves the scrolling to the person in front of it.
import { useEffect, type RefObject } from 'react';

/** Keep a tenth of the previous screenful in view, so that the reader keeps their place. */
const OVERLAP = 0.1;

export interface ScrollStop {
  /** ms after the slide was shown */
  atMs: number;
  top: number;
}

export function scrollStops(scrollHeight: number, clientHeight: number, intervalMs: number): ScrollStop[] {
  const overflow = scrollHeight - clientHeight;
  if (clientHeight <= 0 || overflow <= 1) return [];
  const page = clientHeight * (1 - OVERLAP);
  const pages = 1 + Math.ceil(overflow / page);
  const share = intervalMs / pages;
  return Array.from({ length: pages - 1 }, (_, i) => ({
    atMs: Math.round(share * (i + 1)),
    top: Math.min(Math.round(page * (i + 1)), overflow),
  }));
}

interface Options {
  /** playing and rendered: the slide's time is running */
  running: boolean;
  /** changes for every slide shown (and when the tour plays again) */
  shownAt: number;
  intervalMs: number;
}

export function useSlideScroll(stage: RefObject<HTMLElement | null>, { running, shownAt, intervalMs }: Options): void {
  useEffect(() => {
    const slide = stage.current?.querySelector<HTMLElement>('.kiosk-slide');
    if (!running || !slide) return;
    const reduce = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    const elapsed = Date.now() - shownAt;
    const timers = scrollStops(slide.scrollHeight, slide.clientHeight, intervalMs).map(({ atMs, top }) =>
      window.setTimeout(
        () => slide.scrollTo({ top, behavior: reduce ? 'auto' : 'smooth' }),
        Math.max(0, atMs - elapsed),
      ),
    );
    return () => timers.forEach((timer) => window.clearTimeout(timer));
  }, [stage, running, shownAt, intervalMs]);
}
