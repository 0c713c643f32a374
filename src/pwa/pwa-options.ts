// Options of vite-plugin-pwa (used by vite.config.ts): a service worker that precaches the app
// and the featured department's data, so that after one visit the dashboard works with no
// network; and the web app manifest, so it can be installed. The rest of the library (any number
// of departments and years) is not precached: each data file is kept once opened (network first,
// so a reader online always gets the published file), which is what the offline cache holds.
//
// Updates never happen by themselves in the middle of a presentation: registerType 'prompt' makes
// a new version wait; src/pwa/register.ts applies it at the next start or when asked.
// The featured department's data files are precached with their content hash as revision, so a
// new data version of it is a new service worker, announced like any update.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { VitePWAOptions } from 'vite-plugin-pwa';
import { DEFAULT_DEPT } from '../state/link/values.ts';
import zh from '../i18n/locales/zh-CN/kiosk.json' with { type: 'json' };

/** The featured department's index and documents, each with its content hash as revision. */
function featuredDataFiles(): { url: string; revision: string }[] {
  const indexFile = `data/departments/${DEFAULT_DEPT}.json`;
  const text = readFileSync(new URL(`../../public/${indexFile}`, import.meta.url), 'utf8');
  const index = JSON.parse(text) as { documents: { file: string; hash: string }[] };
  // the index's own text: a change to it alone (an English name) is a new revision too
  const revision = createHash('sha256').update(text).digest('hex').slice(0, 16);
  return [{ url: indexFile, revision }, ...index.documents.map((d) => ({ url: `data/${d.file}`, revision: d.hash }))];
}

export const pwaOptions: Partial<VitePWAOptions> = {
  registerType: 'prompt',
  injectRegister: false, // registered by src/pwa/register.ts
  includeManifestIcons: false, // the icons are precached by globPatterns already
  manifest: {
    id: './',
    name: zh.manifest.name,
    short_name: zh.manifest.shortName,
    description: zh.manifest.description,
    lang: 'zh-CN',
    dir: 'ltr',
    start_url: './',
    scope: './',
    display: 'standalone',
    background_color: '#f7f7f5', // --bg of the light theme
    theme_color: '#0b5cad', // --accent
    icons: [
      { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
    shortcuts: [
      {
        name: zh.manifest.kioskShortcut,
        url: './#kiosk',
        icons: [{ src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' }],
      },
    ],
  },
  workbox: {
    // + the manifest, added by the plugin; the importer's worker is a .js here too, so that a file
    // can be read offline, with the two CMaps of the Chinese fonts these budgets use (pdf.js asks
    // for the others only for other scripts; those are kept once fetched, below)
    globPatterns: ['**/*.{html,js,css,png,svg,ico,woff2}', '**/UniGB-UCS2-H-*.bcmap', '**/Adobe-GB1-UCS2-*.bcmap'],
    additionalManifestEntries: featuredDataFiles(),
    runtimeCaching: [
      {
        urlPattern: ({ url }) => /\/data\/.+\.json$/.test(url.pathname),
        handler: 'NetworkFirst',
        options: { cacheName: 'hsa-data', expiration: { maxEntries: 400 } },
      },
      {
        urlPattern: ({ url }) => /\/assets\/[^/]+\.(bcmap|pfb|ttf)$/.test(url.pathname),
        handler: 'CacheFirst', // named by content hash: never changes
        options: { cacheName: 'hsa-pdf-resources', expiration: { maxEntries: 200 } },
      },
    ],
    // The first service worker takes the open page at once (so the visit that installs it is
    // already offline-capable); later ones wait for the prompt (no skipWaiting).
    clientsClaim: true,
    skipWaiting: false,
    cleanupOutdatedCaches: true,
    navigateFallback: 'index.html',
    maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
  },
};
