// The HTML side of the build-time prerender (prerender.ts): where the stand-ins go in a page,
// the list the boot script reads, and the app's modules moved out of the markup so the boot
// script can start them after the stand-in's first paint.
import type { Rolldown } from 'vite';
type OutputBundle = Rolldown.OutputBundle;
type OutputChunk = Rolldown.OutputChunk;

/** The CSS files a chunk and the chunks it imports statically bring with them. */
export function cssOf(bundle: OutputBundle, entry: OutputChunk): string[] {
  const css = new Set<string>();
  const seen = new Set<string>();
  const visit = (chunk: OutputChunk) => {
    if (seen.has(chunk.fileName)) return;
    seen.add(chunk.fileName);
    for (const file of chunk.viteMetadata?.importedCss ?? []) css.add(file);
    for (const imported of chunk.imports) {
      const next = bundle[imported];
      if (next?.type === 'chunk') visit(next);
    }
  };
  visit(entry);
  return [...css];
}

const MODULE_TAG =
  /\s*<(?:script type="module"[^>]*\ssrc|link rel="modulepreload"[^>]*\shref)="([^"]+)"[^>]*>(?:<\/script>)?/g;

/**
 * Moves the app's module script and preloads out of the markup into a list that
 * public/prerender-boot.js starts from: at once when the page will not show a stand-in, else
 * just after the first paint, so that the stand-in's HTML and CSS have the network to themselves
 * on a slow phone. The entry script comes first in the list.
 */
export function deferAppScripts(html: string): string {
  const modules: string[] = [];
  const stripped = html.replace(MODULE_TAG, (tag, url: string) => {
    if (tag.includes('<script')) modules.unshift(url);
    else modules.push(url);
    return '';
  });
  if (modules.length === 0) throw new Error('prerender: the page names no module script');
  return stripped.replace('</title>', `</title>\n    <meta name="hsa-app-modules" content="${modules.join(' ')}" />`);
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

export interface PlacedStandIn {
  key: string;
  markup: string;
}

/**
 * Puts the first stand-in (the bare URL's) in the document and the others in templates, and the
 * map from URL hash to stand-in in <meta name="hsa-stand-ins"> for the boot script, which runs
 * before the body is parsed. `remembered`: whether a remembered language or unit (the app's, not
 * the embed's) rules the stand-ins out. `startFailure`: the message for an app that cannot start.
 */
export function placeStandIns(
  html: string,
  standIns: readonly PlacedStandIn[],
  map: Record<string, string>,
  remembered: boolean,
  startFailure: string,
): string {
  const [first, ...others] = standIns;
  if (!first) return html;
  const templates = others.map(
    ({ key, markup }) => `<template data-stand-in="${escapeAttribute(key)}">${markup}</template>`,
  );
  // What the boot script shows when the app cannot start (src/prerender/build/StartFailure.tsx).
  templates.push(
    `<template data-start-failure><main class="screen-center error-screen">${startFailure}</main></template>`,
  );
  const meta = `<meta name="hsa-stand-ins" content="${escapeAttribute(JSON.stringify(map))}"${remembered ? ' data-remembered' : ''} />`;
  if (!html.includes('<div id="root"></div>')) throw new Error('prerender: the page has no <div id="root"></div>');
  return (
    html
      .replace('</title>', `</title>\n    ${meta}`)
      // The app's root right after the stand-in: the app may start once the page is parsed that
      // far; the templates, read by the boot script once the page is parsed, come last.
      .replace(
        '<div id="root"></div>',
        [`<div id="prerendered" inert>${first.markup}</div>`, '<div id="root"></div>', ...templates].join('\n    '),
      )
  );
}
