// Shared steps of the browser journeys.
import { expect, type Page } from '@playwright/test';

/** Open the app at a view hash (e.g. "view=explore&year=2026") and wait until the data is shown. */
export async function openApp(page: Page, hash = ''): Promise<void> {
  await page.goto(hash ? `./#${hash.replace(/^#/, '')}` : './');
  // The overview prerendered into index.html stands in until the app's own content is on screen.
  await expect(page.locator('#prerendered')).toHaveCount(0);
  await expect(page.locator('main#main')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /加载|Loading/ })).toHaveCount(0);
}

/** Collect console errors and failed requests during a test. */
export function watchConsole(page: Page): { errors: string[] } {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return { errors };
}
