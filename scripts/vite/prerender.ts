// Renders the overview into index.html at build time, so that a first visit paints the
// department's figures before any script has run (Lighthouse LCP on a slow phone). The markup
// comes from the app's own components (src/prerender/render-overview.tsx, loaded through Vite's
// SSR) over public/data checked by the browser's loader. In the page:
// - public/prerender-boot.js shows it only when the visit starts on that exact view;
// - it is inert (nothing in it can be clicked or typed into before the app runs);
// - the app removes it when its own overview, or an error screen, is on screen
//   (src/prerender/handoff.ts), so a prerendered figure never outlives a failed load.
// The stylesheets the overview's chunk would load are linked too, so the markup paints styled.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { createServer, type Plugin } from 'vite';
import type { OutputBundle, OutputChunk } from 'rolldown';
import { extractInlineStyles } from './inline-styles';

const BOOT_SCRIPT = 'prerender-boot.js';
const VIEW_MODULE = '/src/features/overview/OverviewView.tsx';

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

async function renderOverviewMarkup(root: string): Promise<string> {
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
    const module = (await server.ssrLoadModule('/src/prerender/render-overview.tsx')) as typeof import('../../src/prerender/render-overview');
    return await module.renderOverview(fileFetcher, pathToFileURL(join(root, 'public/')).toString());
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

export function prerenderOverview(): Plugin {
  let root = process.cwd();
  return {
    name: 'hsa-prerender-overview',
    apply: 'build',
    enforce: 'post', // after Vite has written index.html into the bundle
    configResolved(config) {
      root = config.root;
    },
    async generateBundle(_options, bundle) {
      const page = bundle['index.html'];
      if (page?.type !== 'asset') return; // another build (the kiosk's) has no index.html
      const viewChunk = Object.values(bundle).find(
        (item): item is OutputChunk => item.type === 'chunk' && item.facadeModuleId === join(root, VIEW_MODULE),
      );
      if (!viewChunk) throw new Error(`prerender: no chunk for ${VIEW_MODULE}`);
      const { markup, css } = extractInlineStyles(await renderOverviewMarkup(root));
      // One stylesheet for the stand-in: the CSS the overview's chunk would load (it loads them
      // again when the app runs; the rules are the same) and its extracted styles. One request
      // instead of several on the first paint's critical path.
      const source = (html: string) =>
        cssOf(bundle, viewChunk)
          .filter((file) => !html.includes(`/${file}"`)) // already linked by the entry
          .map((file) => String((bundle[file] as { source: string | Uint8Array }).source))
          .concat(css)
          .join('\n');
      const html = String(page.source);
      const styleRef = this.emitFile({ type: 'asset', name: 'prerender.css', source: source(html) });
      // The boot script reads the module list and the data list (data-preload.ts): it comes after
      // both, before the stylesheets.
      const withBoot = html.replace('<link rel="stylesheet"', `<script src="./${BOOT_SCRIPT}"></script>\n    <link rel="stylesheet"`);
      page.source = deferAppScripts(withBoot)
        .replace('</head>', `  <link rel="stylesheet" crossorigin href="./${this.getFileName(styleRef)}">\n  </head>`)
        .replace('<div id="root"></div>', `<div id="prerendered" inert>${markup}</div>\n    <div id="root"></div>`);
    },
  };
}
