// Options of vite-plugin-pwa (used by vite.config.ts): a service worker that precaches the whole
// build, the data files included, so that after one visit the dashboard works with no network;
// and the web app manifest, so it can be installed.
//
// Updates never happen by themselves in the middle of a presentation: registerType 'prompt' makes
// a new version wait; src/pwa/register.ts applies it at the next start or when asked.
// The data JSON files are precached with a content revision, so a new data version is a new
// service worker, announced like any update.
import type { VitePWAOptions } from 'vite-plugin-pwa';
import zh from '../i18n/locales/zh-CN/kiosk.json' with { type: 'json' };

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
    globPatterns: ['**/*.{html,js,css,json,png,svg,ico,woff2}'], // + the manifest, added by the plugin
    // The first service worker takes the open page at once (so the visit that installs it is
    // already offline-capable); later ones wait for the prompt (no skipWaiting).
    clientsClaim: true,
    skipWaiting: false,
    cleanupOutdatedCaches: true,
    navigateFallback: 'index.html',
    maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
  },
};
