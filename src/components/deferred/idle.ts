// Browser helpers of the deferred work: idle time, and the box whose scrolling brings a piece of
// the page into view.

/** Idle callbacks wait at most this long, so a page that is never idle still fills in. */
const IDLE_TIMEOUT_MS = 1000;
const FALLBACK_DELAY_MS = 16;

/**
 * Runs `work` when the browser has nothing better to do: requestIdleCallback where there is one
 * (not in Safari), else a short timeout, so the work still happens, just not in the same task as
 * whatever came before it. Returns the cancel function (for an effect's cleanup).
 */
export function whenIdle(work: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(work, { timeout: IDLE_TIMEOUT_MS });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(work, FALLBACK_DELAY_MS);
  return () => window.clearTimeout(handle);
}

/**
 * The element whose scrolling brings an element into view: its nearest ancestor that scrolls
 * (the kiosk's slide), else null (the page). A margin around the page's viewport does not reach
 * into a scrolling box, so an observer inside one must take the box as its root.
 */
export function scrollRoot(element: Element): Element | null {
  for (
    let node = element.parentElement;
    node && node !== document.body && node !== document.documentElement;
    node = node.parentElement
  ) {
    const { overflowY } = getComputedStyle(node);
    if ((overflowY === 'auto' || overflowY === 'scroll') && node.scrollHeight > node.clientHeight) return node;
  }
  return null;
}
