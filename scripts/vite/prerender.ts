// Renders first screens into the HTML at build time, so that a first visit paints the
// department's figures before any script has run (Lighthouse LCP on a slow phone). The markup
// comes from the app's own components (src/prerender/build/render-views.tsx, loaded through Vite's SSR)
// over public/data checked by the browser's loader; src/prerender/build/stand-ins.ts lists which
// screens, for which URL hashes: the overview and explore in index.html, the function treemap
// in embed.html. In the page (stand-in-page.ts):
// - the bare URL's stand-in is in <div id="prerendered">; the others wait in <template>s until
//   public/prerender-boot.js puts the one the URL names in its place;
// - the boot script shows a stand-in only when the visit starts on exactly that screen;
// - it is inert (nothing in it can be clicked or typed into before the app runs);
// - the app removes it when its own view, or an error screen, is on screen
//   (src/prerender/handoff.ts), so a prerendered figure never outlives a failed load.
// The stylesheets the screens' chunks would load are linked too, so the markup paints styled.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { createServer, type Plugin } from 'vite';
import type { Rolldown } from 'vite';
type OutputAsset = Rolldown.OutputAsset;
type OutputBundle = Rolldown.OutputBundle;
type OutputChunk = Rolldown.OutputChunk;
import type { StandIn } from '../../src/prerender/build/stand-ins';
import { extractInlineStyles } from './inline-styles.ts';
import { DEFAULT_DEPT } from '../../src/state/link/values.ts';
import { cssOf, deferAppScripts, placeStandIns, type PlacedStandIn } from './stand-in-page.ts';

const BOOT_SCRIPT = 'prerender-boot.js';

/** Reads the data files from disk for the browser's loader (which asks for URLs). */
async function fileFetcher(url: string) {
  try {
    const text = await readFile(fileURLToPath(url), 'utf8');
    return { ok: true, status: 200, text: async () => text };
  } catch {
    return { ok: false, status: 404, text: async () => '' };
  }
}

interface PageStandIns {
  page: 'index.html' | 'embed.html';
  standIns: StandIn[];
  map: Record<string, string>;
  markups: string[];
  startFailure: string;
}

async function renderPages(root: string): Promise<PageStandIns[]> {
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
        load: (id) =>
          id === '\0pwa-register-stub' ? 'export function registerSW() { return async () => {}; }' : undefined,
      },
    ],
  });
  try {
    const r = (await server.ssrLoadModule(
      '/src/prerender/build/render-views.tsx',
    )) as typeof import('../../src/prerender/build/render-views');
    // The first screens are the featured department's: the one a link without `dept` opens.
    const data = await r.loadDocuments(
      fileFetcher,
      pathToFileURL(join(root, 'public/')).toString(),
      `data/departments/${DEFAULT_DEPT}.json`,
    );
    const pages: PageStandIns[] = [];
    for (const [page, standIns] of [
      ['index.html', r.appStandIns(data.index)],
      ['embed.html', r.embedStandIns(data.index)],
    ] as const) {
      pages.push({
        page,
        standIns,
        map: r.standInMap(standIns),
        markups: await r.renderStandIns(data, standIns),
        startFailure: r.renderStartFailure(),
      });
    }
    return pages;
  } finally {
    await server.close();
  }
}

/** Each markup's inline styles moved into one stylesheet (numbered across all of them). */
function extractAll(markups: string[]): { markups: string[]; css: string } {
  const SEPARATOR = '\u0000'; // never in React's markup
  const { markup, css } = extractInlineStyles(markups.join(SEPARATOR));
  return { markups: markup.split(SEPARATOR), css };
}

export function prerenderViews(): Plugin {
  let root = process.cwd();
  return {
    name: 'hsa-prerender-views',
    apply: 'build',
    enforce: 'post', // after Vite has written the pages into the bundle
    configResolved(config) {
      root = config.root;
    },
    async generateBundle(_options, bundle) {
      if (bundle['index.html']?.type !== 'asset') return; // another build (the kiosk's) has no index.html
      for (const { page, standIns, map, markups: raw, startFailure } of await renderPages(root)) {
        const asset = bundle[page];
        if (asset?.type !== 'asset') throw new Error(`prerender: no ${page} in the build`);
        const { markups, css } = extractAll(raw);
        const html = String(asset.source);
        // One stylesheet for the stand-ins: the CSS their chunks would load (loaded again when
        // the app runs; the rules are the same) and the extracted styles. One request instead of
        // several on the first paint's critical path.
        const files = [
          ...new Set(standIns.flatMap(({ module }) => cssOf(bundle, chunkOf(bundle, root, module)))),
        ].filter(
          (file) => !html.includes(`/${file}"`), // not those the entry links
        );
        const source = files
          .map((file) => String((bundle[file] as OutputAsset).source))
          .concat(css)
          .join('\n');
        const styleRef = this.emitFile({ type: 'asset', name: `prerender-${page.replace('.html', '')}.css`, source });
        const placed: PlacedStandIn[] = standIns.map(({ key }, i) => ({ key, markup: markups[i] ?? '' }));
        // The boot script reads the module list, the stand-in map and the data list
        // (data-preload.ts): it comes after them, before the stylesheets.
        if (!html.includes('<link rel="stylesheet"'))
          throw new Error(`prerender: ${page} links no stylesheet to put the boot script before`);
        const withBoot = html.replace(
          '<link rel="stylesheet"',
          `<script src="./${BOOT_SCRIPT}"></script>\n    <link rel="stylesheet"`,
        );
        asset.source = placeStandIns(
          deferAppScripts(withBoot),
          placed,
          map,
          page === 'index.html',
          startFailure,
        ).replace('</head>', `  <link rel="stylesheet" crossorigin href="./${this.getFileName(styleRef)}">\n  </head>`);
      }
    },
  };
}

function chunkOf(bundle: OutputBundle, root: string, module: string): OutputChunk {
  const chunk = Object.values(bundle).find(
    (item): item is OutputChunk => item.type === 'chunk' && item.facadeModuleId === join(root, module),
  );
  if (!chunk) throw new Error(`prerender: no chunk for ${module}`);
  return chunk;
}
