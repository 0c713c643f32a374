// The addresses the share menu hands out, all derived from where the page itself is served, so
// a copy of the site on another host hands out its own addresses. Pure (URL strings in and out).

function withoutHash(href: string): URL {
  const url = new URL(href);
  url.hash = '';
  return url;
}

/**
 * The full app showing a view hash. From the embed (…/embed.html) it is the app beside it: the
 * folder on a web server, index.html when opened from file://, where a folder is not a page.
 */
export function appUrl(viewHash: string, pageHref: string): string {
  const url = withoutHash(pageHref);
  if (/\/embed\.html$/.test(url.pathname)) {
    url.pathname = url.pathname.replace(/embed\.html$/, url.protocol === 'file:' ? 'index.html' : '');
    url.search = '';
  }
  return `${url.toString()}${viewHash}`;
}

/** The embed page beside the app, with an options hash (see src/state/link/embed-link.ts). */
export function embedUrl(optionsHash: string, pageHref: string): string {
  return `${new URL('embed.html', withoutHash(pageHref)).toString()}${optionsHash}`;
}

/** The resize script the host page includes once (public/embed-resize.js). */
export function resizeScriptUrl(pageHref: string): string {
  return new URL('embed-resize.js', withoutHash(pageHref)).toString();
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The HTML a journalist pastes: a responsive iframe with a fixed-height fallback (the height
 * attribute holds when the host strips scripts), and the resize script, included once per page
 * however many embeds it has.
 */
export function embedCode(src: string, title: string, scriptSrc: string, fallbackHeight: number): string {
  return [
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="100%" height="${fallbackHeight}"`,
    `  style="border:0;width:100%;min-width:300px;max-width:1200px" loading="lazy" data-hsa-embed></iframe>`,
    `<script src="${escapeAttribute(scriptSrc)}" async></script>`,
  ].join('\n');
}
