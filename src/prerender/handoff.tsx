// The first screen prerendered into index.html or embed.html (scripts/vite/prerender.ts) stands
// in for the app until the app has something of its own on screen: the live view, or an error
// screen. Removing it then, in a layout effect, swaps the two within one frame; the live view has
// the same markup, so nothing moves. A visit that does not start on a prerendered view drops it
// at once.
import { useLayoutEffect } from 'react';

export const PRERENDER_ID = 'prerendered';

/** Whether public/prerender-boot.js chose to show a prerendered view for this visit. */
export function prerenderShown(doc: Document): boolean {
  return doc.documentElement.dataset.prerender === 'on' && doc.getElementById(PRERENDER_ID) !== null;
}

export function endPrerender(doc: Document): void {
  doc.getElementById(PRERENDER_ID)?.remove();
  for (const template of doc.querySelectorAll('template[data-stand-in]')) template.remove();
  delete doc.documentElement.dataset.prerender;
}

/**
 * An error escaped every boundary (React then unmounts the whole app): no stand-in stays, and the
 * start-failure message rendered at build time (StartFailure.tsx) takes the app's place instead
 * of a blank page. For createRoot's onUncaughtError in both entries.
 */
export function showStartFailure(doc: Document, error: unknown): void {
  console.error(error);
  endPrerender(doc);
  // After React has taken its own nodes out of the root.
  setTimeout(() => {
    const root = doc.getElementById('root');
    const failure = doc.querySelector('template[data-start-failure]');
    if (root && failure instanceof HTMLTemplateElement) root.replaceChildren(failure.content.cloneNode(true));
  }, 0);
}

/** Rendered beside the app's first real content; removes the stand-in when that content commits. */
export function PrerenderHandoff() {
  useLayoutEffect(() => endPrerender(document), []);
  return null;
}
