// Helpers of the compare journeys (compare.spec.ts, compare-drawing.spec.ts).
import { expect, type Page } from '@playwright/test';

/**
 * The cards below the headline are drawn after it (near the viewport first, the rest in idle
 * time): a check of the whole page waits until no placeholder is left.
 */
export const allCardsDrawn = (page: Page) => expect(page.locator('[data-deferred]')).toHaveCount(0);

/** A page that is never idle: its idle callbacks never run, so only nearing the viewport, a jump or print draws a card. */
export const neverIdle = (page: Page) =>
  page.addInitScript(() =>
    Object.assign(window, { requestIdleCallback: () => 0, cancelIdleCallback: () => undefined }),
  );
