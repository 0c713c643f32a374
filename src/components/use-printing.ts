// Whether the page is being printed: from `beforeprint` (committed at once, before the browser
// lays the page out for paper) until `afterprint`, or while the print media query matches (a
// print preview, or a test emulating print media). For what only a printout needs, so the screen
// does not pay for it.
import { useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';

/**
 * The page's one print media query, shared by whatever reacts to printing: matchMedia() makes a
 * new list per call, which a kiosk showing a view for hours would pile up.
 */
export const printMedia: MediaQueryList | undefined =
  typeof window !== 'undefined' ? window.matchMedia?.('print') : undefined;
let printing = printMedia?.matches === true;

/** Printing now (outside React: the same answer usePrinting gives). */
export function isPrinting(): boolean {
  return printing;
}
const listeners = new Set<() => void>();

function set(value: boolean) {
  if (printing === value) return;
  printing = value;
  for (const listener of listeners) listener();
}

if (typeof window !== 'undefined') {
  window.addEventListener('beforeprint', () => flushSync(() => set(true)));
  window.addEventListener('afterprint', () => set(printMedia?.matches === true));
  printMedia?.addEventListener?.('change', (event) => set(event.matches));
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function usePrinting(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => printing,
    () => false,
  );
}
