// The first screen prerendered into index.html or embed.html (scripts/vite/prerender.ts) stands
// in for the app until the app has something of its own on screen: the live view, or an error
// screen. The entries hand over here, once for the whole app: the stand-in goes when the app's
// root holds content and no waiting sign (an element marked data-waiting: the loading screen, a
// view whose code is still loading). A MutationObserver callback runs before the next paint, so
// the two swap within one frame; the live view has the same markup, so nothing moves. While the
// stand-in shows, the root is laid out but invisible (styles.css), so the live view measures its
// real width. A visit that does not start on a prerendered view drops the stand-in at once.

const PRERENDER_ID = 'prerendered';
/** The attribute of an element that stands for "not ready yet": the stand-in stays while one is in the root. */
const WAITING_ATTRIBUTE = 'data-waiting';

/** Whether public/prerender-boot.js chose to show a prerendered view for this visit. */
function prerenderShown(doc: Document): boolean {
  return doc.documentElement.dataset.prerender === 'on' && doc.getElementById(PRERENDER_ID) !== null;
}

/** Dispatched on the window when the stand-in is gone and the app's root shows. */
export const PRERENDER_END_EVENT = 'hsa:prerender-end';

function endPrerender(doc: Document): void {
  const shown = doc.documentElement.dataset.prerender !== undefined;
  doc.getElementById(PRERENDER_ID)?.remove();
  for (const template of doc.querySelectorAll('template[data-stand-in]')) template.remove();
  delete doc.documentElement.dataset.prerender;
  if (shown) doc.defaultView?.dispatchEvent(new Event(PRERENDER_END_EVENT));
}

/** Whether a stand-in is still on screen in the app's place (the root is then laid out but not seen). */
export function standInOnScreen(doc: Document): boolean {
  return doc.documentElement.dataset.prerender !== undefined;
}

/** The app's own content is on screen: something in the root, and nothing in it waiting. */
function rootIsReady(root: Element): boolean {
  return root.firstElementChild !== null && root.querySelector(`[${WAITING_ATTRIBUTE}]`) === null;
}

/**
 * Called once by each entry before it renders: drops a stand-in this visit does not start on, and
 * removes the one it does start on as soon as the root is ready.
 */
export function handOverWhenReady(doc: Document, root: Element): void {
  if (!prerenderShown(doc)) {
    endPrerender(doc);
    return;
  }
  const observer = new MutationObserver(() => {
    if (!rootIsReady(root)) return;
    observer.disconnect();
    endPrerender(doc);
  });
  observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: [WAITING_ATTRIBUTE] });
}

/**
 * An error escaped every boundary (React then unmounts the whole app): no stand-in stays, and the
 * start-failure message rendered at build time (build/StartFailure.tsx) takes the app's place instead
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
