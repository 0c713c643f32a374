// What a reader's browser actually fetches until the first real content is on screen: the
// static first-load figure (entry-weight.ts) counts only what the HTML names, this follows the
// page in Chromium, lazy chunks, locale and data included. Bytes are the gzip size of each file
// fetched from the build (what a compressing server sends), so the figure is deterministic for a
// given build and journey.
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
}

export const JOURNEYS = [
  // The app's own overview (not the stand-in prerendered into index.html) in the reader's browser.
  { page: 'app: overview', path: '', ready: '#root [data-testid="total-2026"]' },
  { page: 'app: explore (treemap)', path: '#view=explore', ready: '#root [data-tile-id="210"]' },
  { page: 'app: compare', path: '#view=compare', ready: '#root [data-testid="headline-total"]' },
  { page: 'embed: treemap', path: 'embed.html#chart=treemap-function', ready: '[data-tile-id="210"]' },
  { page: 'embed: table', path: 'embed.html#chart=table-expenditureByFunction', ready: 'table tbody tr' },
];

export async function runContentWeight(base: string, dist: string, chromePath: string): Promise<ContentWeightRow[]> {
  const browser = await chromium.launch({ executablePath: chromePath, args: CHROMIUM_ARGS });
  const rows: ContentWeightRow[] = [];
  try {
    for (const { page: name, path, ready } of JOURNEYS) {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const page = await context.newPage();
      const fetched = new Set<string>();
      page.on('requestfinished', (request) => fetched.add(new URL(request.url()).pathname));
      await page.goto(base + path);
      await page.waitForSelector(ready, { timeout: 30_000 });
      let codeGzip = 0;
      let dataGzip = 0;
      for (const pathname of fetched) {
        const file = join(dist, decodeURIComponent(pathname));
        if (!existsSync(file) || !/\.(js|css|json)$/.test(file)) continue;
        const size = gzipSize(readFileSync(file));
        if (file.endsWith('.json')) dataGzip += size;
        else codeGzip += size;
      }
      rows.push({ page: name, requests: fetched.size, codeGzip, dataGzip });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return rows;
}
