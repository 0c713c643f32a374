// Renders the first screens into index.html at build time, so that a first visit paints the
// department's figures before any script has run (Lighthouse LCP on a slow phone). The markup
// comes from the app's own components (src/prerender/render-views.tsx, loaded through Vite's
// SSR) over public/data checked by the browser's loader. In the page:
// - the overview (no hash) is in <div id="prerendered">; the other views a link commonly opens
//   (STAND_INS) are in <template>s, outside the document until public/prerender-boot.js puts
//   the one the URL names in the overview's place;
// - the boot script shows a stand-in only when the visit starts on exactly that view;
// - it is inert (nothing in it can be clicked or typed into before the app runs);
// - the app removes it when its own view, or an error screen, is on screen
//   (src/prerender/handoff.ts), so a prerendered figure never outlives a failed load.
// The stylesheets the views' chunks would load are linked too, so the markup paints styled.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { createServer, type Plugin } from 'vite';
import type { OutputBundle, OutputChunk } from 'rolldown';
import { extractInlineStyles } from './inline-styles';

const BOOT_SCRIPT = 'prerender-boot.js';

/** The views rendered into index.html: the URL hash each stands in for, and the view's module. */
export const STAND_INS = [
  { hash: '', module: '/src/features/overview/OverviewView.tsx' },
  { hash: 'view=explore', module: '/src/features/explore/ExploreView.tsx' },
] as const;

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

/** Reads the data files from disk for the browser's loader (which asks for URLs). */
async function fileFetcher(url: string) {
  try {
    const text = await readFile(fileURLToPath(url), 'utf8');
    return { ok: true, status: 200, text: async () => text };
  } catch {
    return { ok: false, status: 404, text: async () => '' };
  }
}

async function renderMarkups(root: string): Promise<string[]> {
  const server = await createServer({
    root,
    configFile: false,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
    optimizeDeps: { noDiscovery: true, include: [] },
    plugins: [
      react(),
      {
        // the service-worker registration has nothing to do at build time
        name: 'hsa-prerender-pwa-stub',
        resolveId: (id) => (id === 'virtual:pwa-register' ? '\0pwa-register-stub' : undefined),
        load: (id) => (id === '\0pwa-register-stub' ? 'export function registerSW() { return async () => {}; }' : undefined),
      },
    ],
  });
  try {
    const module = (await server.ssrLoadModule('/src/prerender/render-views.tsx')) as typeof import('../../src/prerender/render-views');
    const hashes = STAND_INS.map((standIn) => standIn.hash);
    return await module.renderViews(fileFetcher, pathToFileURL(join(root, 'public/')).toString(), hashes);
  } finally {
    await server.close();
  }
}

const MODULE_TAG = /\s*<(?:script type="module"[^>]*\ssrc|link rel="modulepreload"[^>]*\shref)="([^"]+)"[^>]*>(?:<\/script>)?/g;

/**
 * Moves the app's module script and preloads out of the markup into a list that
 * public/prerender-boot.js starts from: at once when the page will not show the stand-in, else
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
  if (modules.length === 0) throw new Error('prerender: index.html names no module script');
  return stripped.replace('</title>', `</title>\n    <meta name="hsa-app-modules" content="${modules.join(' ')}" />`);
}

/** Each markup's inline styles moved into one stylesheet (numbered across all of them). */
function extractAll(markups: string[]): { markups: string[]; css: string } {
  const SEPARATOR = '\u0000'; // never in React's markup
  const { markup, css } = extractInlineStyles(markups.join(SEPARATOR));
  return { markups: markup.split(SEPARATOR), css };
}

/** Where each stand-in goes in the page: the overview in the document, the others in templates. */
export function placeStandIns(html: string, markups: string[]): string {
  const [overview, ...others] = markups;
  const hashes = STAND_INS.slice(1).map((standIn) => standIn.hash);
  const templates = others.map((markup, i) => `<template data-stand-in="${hashes[i]}">${markup}</template>`);
  const list = hashes.join(' ');
  return html
    .replace('</title>', `</title>\n    <meta name="hsa-stand-ins" content="${list}" />`)
    .replace('<div id="root"></div>', [`<div id="prerendered" inert>${overview}</div>`, ...templates, '<div id="root"></div>'].join('\n    '));
}

export function prerenderViews(): Plugin {
  let root = process.cwd();
  return {
    name: 'hsa-prerender-views',
    apply: 'build',
    enforce: 'post', // after Vite has written index.html into the bundle
    configResolved(config) {
      root = config.root;
    },
    async generateBundle(_options, bundle) {
      const page = bundle['index.html'];
      if (page?.type !== 'asset') return; // another build (the kiosk's) has no index.html
      const viewChunks = STAND_INS.map(({ module }) => {
        const chunk = Object.values(bundle).find((item): item is OutputChunk => item.type === 'chunk' && item.facadeModuleId === join(root, module));
        if (!chunk) throw new Error(`prerender: no chunk for ${module}`);
        return chunk;
      });
      const { markups, css } = extractAll(await renderMarkups(root));
      const html = String(page.source);
      // One stylesheet for the stand-ins: the CSS the views' chunks would load (they load them
      // again when the app runs; the rules are the same) and the extracted styles. One request
      // instead of several on the first paint's critical path.
      const files = [...new Set(viewChunks.flatMap((chunk) => cssOf(bundle, chunk)))].filter((file) => !html.includes(`/${file}"`)); // not those the entry links
      const source = files
        .map((file) => String((bundle[file] as { source: string | Uint8Array }).source))
        .concat(css)
        .join('\n');
      const styleRef = this.emitFile({ type: 'asset', name: 'prerender.css', source });
      // The boot script reads the module list, the stand-in list and the data list
      // (data-preload.ts): it comes after them, before the stylesheets.
      const withBoot = html.replace('<link rel="stylesheet"', `<script src="./${BOOT_SCRIPT}"></script>\n    <link rel="stylesheet"`);
      page.source = placeStandIns(deferAppScripts(withBoot), markups).replace(
        '</head>',
        `  <link rel="stylesheet" crossorigin href="./${this.getFileName(styleRef)}">\n  </head>`,
      );
    },
  };
}
