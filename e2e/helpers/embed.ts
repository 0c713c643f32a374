// Shared steps of the embed journeys (e2e/embed.spec.ts, e2e/prerender-embed.spec.ts) and of the
// prerendered first screens (e2e/prerender.spec.ts).
import type { APIRequestContext, Page } from '@playwright/test';

/**
 * Opens the embed page itself, a new document each time (a new hash reloads the embed anyway).
 * It does not wait for `load`: a journey may hold the app's scripts back (holdAppScripts).
 */
export async function openEmbed(page: Page, hash: string): Promise<void> {
  await page.goto('about:blank');
  await page.goto(`./embed.html#${hash}`, { waitUntil: 'domcontentloaded' });
}

/** The app's scripts never arrive (a very slow network): what shows until then is the stand-in. */
export const holdAppScripts = (page: Page) => page.route('**/assets/*.js', () => undefined);

/** The documents the site publishes (data/departments/shanghai-hsa.json): year and content hash. */
export async function publishedDocuments(request: APIRequestContext): Promise<{ year: number; hash: string }[]> {
  const index = (await (await request.get('data/departments/shanghai-hsa.json')).json()) as {
    documents: { year: number; hash: string }[];
  };
  return index.documents;
}
