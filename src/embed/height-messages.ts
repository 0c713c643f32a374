// The embed's side of the resize protocol (public/embed-resize.js is the host's side; the
// format is documented in docs/EMBED.md). The embed tells its parent page its content height
// whenever it changes, and answers a request for it. It accepts no other message: anything that
// is not exactly a request from its own parent window is ignored.
import { useEffect, type RefObject } from 'react';
import { PRERENDER_END_EVENT, standInOnScreen } from '../prerender/handoff';

const PROTOCOL_VERSION = 1;
export const MAX_HEIGHT = 20_000;

export interface HeightMessage {
  type: 'hsa-embed:height';
  version: 1;
  height: number;
}

export interface RequestHeightMessage {
  type: 'hsa-embed:request-height';
  version: 1;
}

export function heightMessage(height: number): HeightMessage {
  return {
    type: 'hsa-embed:height',
    version: PROTOCOL_VERSION,
    height: Math.min(MAX_HEIGHT, Math.max(1, Math.ceil(height))),
  };
}

function hasExactly(data: object, keys: string[]): boolean {
  return Object.keys(data).sort().join(',') === [...keys].sort().join(',');
}

export function isRequestHeight(data: unknown): data is RequestHeightMessage {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return false;
  const message = data as Record<string, unknown>;
  return (
    hasExactly(message, ['type', 'version']) &&
    message.type === 'hsa-embed:request-height' &&
    message.version === PROTOCOL_VERSION
  );
}

/**
 * Reports the element's height to the parent page on every change. The height carries no
 * secret, and the embed cannot know the host's origin, so it is posted to any origin ('*').
 */
export function useReportHeight(ref: RefObject<HTMLElement | null>, frame?: Window): void {
  useEffect(() => {
    const win = frame ?? window; // read here, not in render: the frame is also rendered at build time (src/prerender)
    const element = ref.current;
    if (!element || win.parent === win) return;
    let last = 0;
    const report = (force = false) => {
      // Not shown yet (the frame prerendered into embed.html is on screen instead): its height
      // would resize the iframe to a screen nobody sees; the hand-over reports once it is shown.
      if (element.getClientRects().length === 0 || standInOnScreen(element.ownerDocument)) return;
      const message = heightMessage(element.getBoundingClientRect().height);
      if (!force && message.height === last) return;
      last = message.height;
      win.parent.postMessage(message, '*');
    };
    const onMessage = (event: MessageEvent) => {
      if (event.source === win.parent && isRequestHeight(event.data)) report(true);
    };
    win.addEventListener('message', onMessage);
    const onShown = () => report(true);
    win.addEventListener(PRERENDER_END_EVENT, onShown);
    const observer = new ResizeObserver(() => report());
    observer.observe(element);
    report(true);
    return () => {
      observer.disconnect();
      win.removeEventListener('message', onMessage);
      win.removeEventListener(PRERENDER_END_EVENT, onShown);
    };
  }, [ref, frame]);
}
