// Helpers of the compare journeys (compare.spec.ts, compare-drawing.spec.ts, share.spec.ts).
import { expect, type Page } from '@playwright/test';

/**
 * The cards below the headline are drawn after it (near the viewport first, the rest in idle
 * time): a check of the whole page waits until no placeholder is left.
 */
export const allCardsDrawn = (page: Page) => expect(page.locator('[data-deferred]')).toHaveCount(0);

/**
 * The ids of the compare view's cards, in page order, drawn or not: the registry's
 * (src/features/compare/cards/registry.tsx), as the view writes them (data-card on each card or
 * its placeholder). The registry itself imports the app's texts, which Node cannot load here.
 */
export const cardIds = (page: Page): Promise<string[]> =>
  page
    .locator('main#main .compare [data-card]')
    .evaluateAll((cards) => cards.map((card) => (card as HTMLElement).dataset.card ?? ''));

/** A page that is never idle: its idle callbacks never run, so only nearing the viewport, a jump or print draws a card. */
export const neverIdle = (page: Page) =>
  page.addInitScript(() =>
    Object.assign(window, { requestIdleCallback: () => 0, cancelIdleCallback: () => undefined }),
  );
