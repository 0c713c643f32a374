// Whether the page is being printed: from `beforeprint` (committed at once, before the browser
// lays the page out for paper) until `afterprint`, or while the print media query matches (a
// print preview, or a test emulating print media). For what only a printout needs, so the screen
// does not pay for it.
import { useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';

const query = typeof window !== 'undefined' ? window.matchMedia?.('print') : undefined;
let printing = query?.matches === true;
const listeners = new Set<() => void>();

function set(value: boolean) {
  if (printing === value) return;
  printing = value;
  for (const listener of listeners) listener();
}

if (typeof window !== 'undefined') {
  window.addEventListener('beforeprint', () => flushSync(() => set(true)));
  window.addEventListener('afterprint', () => set(query?.matches === true));
  query?.addEventListener?.('change', (event) => set(event.matches));
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
