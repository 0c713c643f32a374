/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicy } from './scripts/vite/csp.ts';
import { dataVersions } from './scripts/vite/data-versions.ts';
import { prerenderViews } from './scripts/vite/prerender.ts';
import { dataPreload } from './scripts/vite/data-preload.ts';
import { VitePWA } from 'vite-plugin-pwa';
import { pwaOptions } from './src/pwa/pwa-options.ts';

// Relative base: the same build runs from any static host path and from file:// (kiosk).
export default defineConfig({
  base: './',
  plugins: [react(), contentSecurityPolicy(), dataVersions(), dataPreload(), prerenderViews(), VitePWA(pwaOptions)],
  // The importer's worker as a module with chunks: pdf.js is its own chunk, which a text file's
  // import never loads (src/data/imports/).
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: {
      input: { main: 'index.html', embed: 'embed.html' },
    },
  },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});
