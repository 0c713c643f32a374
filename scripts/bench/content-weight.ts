// What a reader's browser actually fetches until the app's own view is on screen: the static
// first-load figure (entry-weight.ts) counts only what the HTML names, this follows the page in
// Chromium, lazy chunks, locale and data included. The files counted are those the page had
// received at the moment the view's element appeared (the page's own resource timing, read in the
// same task), so work the view starts right after does not race into the figure. Bytes are the
// gzip size of each file in the build (what a compressing server sends). Also noted: whether a
// stand-in prerendered into the HTML painted the first content before that (src/prerender).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../e2e/helpers/find-chromium';
import { gzipSize } from './entry-weight';

export interface ContentWeightRow {
  page: string;
  requests: number;
  codeGzip: number; // JS + CSS
  dataGzip: number; // JSON
  /** the first content came from the HTML (a prerendered stand-in), before the app's own view */
  standIn: boolean;
}

/**
 * Runs in the page: when `ready` first matches, what has been fetched so far, and whether a
 * stand-in showed. Source text, not a function: tsx would wrap a function's inner functions in a
 * naming helper the page does not have.
 */
function watchReady(ready: string): string {
  return `(() => {
    const record = { standIn: false, fetched: null };
    window.__contentWeight = record;
    const observer = new MutationObserver(() => {
      if (document.documentElement.dataset.prerender === 'on') record.standIn = true;
      if (record.fetched || !document.querySelector(${JSON.stringify(ready)})) return;
      record.fetched = performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
      observer.disconnect();
    });
    observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-prerender'] });
  })();`;
}

export const JOURNEYS = [
  // The app's own overview (not the stand-in prerendered into index.html) in the reader's browser.
  { page: 'app: overview', path: '', ready: '#root [data-testid="total-2026"]' },
  { page: 'app: explore (treemap)', path: '#view=explore', ready: '#root [data-tile-id="210"]' },
  { page: 'app: compare', path: '#view=compare', ready: '#root [data-testid="headline-total"]' },
  { page: 'embed: treemap', path: 'embed.html#chart=treemap-function', ready: '#root [data-tile-id="210"]' },
  { page: 'embed: table', path: 'embed.html#chart=table-expenditureByFunction', ready: '#root table tbody tr' },
];

export async function runContentWeight(base: string, dist: string, chromePath: string): Promise<ContentWeightRow[]> {
  const browser = await chromium.launch({ executablePath: chromePath, args: CHROMIUM_ARGS });
  const rows: ContentWeightRow[] = [];
  try {
    for (const { page: name, path, ready } of JOURNEYS) {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const page = await context.newPage();
      await page.addInitScript(watchReady(ready));
      await page.goto(base + path);
      await page.waitForFunction(
        () => (window as unknown as { __contentWeight: { fetched: unknown } }).__contentWeight.fetched !== null,
        null,
        { timeout: 30_000 },
      );
      const seen = await page.evaluate(
        () => (window as unknown as { __contentWeight: { standIn: boolean; fetched: string[] } }).__contentWeight,
      );
      // The document itself is not in resource timing; everything it loaded is.
      const fetched = new Set(seen.fetched);
      let codeGzip = 0;
      let dataGzip = 0;
      for (const pathname of fetched) {
        const file = join(dist, decodeURIComponent(pathname));
        if (!existsSync(file) || !/\.(js|css|json)$/.test(file)) continue;
        const size = gzipSize(readFileSync(file));
        if (file.endsWith('.json')) dataGzip += size;
        else codeGzip += size;
      }
      rows.push({ page: name, requests: fetched.size, codeGzip, dataGzip, standIn: seen.standIn });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return rows;
}
