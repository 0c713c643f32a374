// A keyboard-only journey: no mouse, from the page's first Tab stop, through explore, share and
// compare. Focus must always be visible and land where a person expects.
import { expect, test, type Page } from '@playwright/test';
import { openApp } from './helpers/app';

async function tabUntil(page: Page, predicate: string, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const hit = await page.evaluate((p) => new Function('el', `return (${p})`)(document.activeElement), predicate);
    if (hit) return;
  }
  throw new Error(`no focusable element matched ${predicate} within ${max} Tab presses`);
}

async function focusIsVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return false;
    const style = getComputedStyle(el);
    const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    return outlined || style.boxShadow !== 'none' || el.matches(':focus-visible');
  });
}

test('explore by keyboard: reach the treemap, drill in with Enter, back with Escape', async ({ page }) => {
  await openApp(page, 'view=explore&year=2026');
  await tabUntil(page, `el && el.hasAttribute('data-tile-id')`);
  expect(await focusIsVisible(page)).toBe(true);
  const code = await page.evaluate(() => document.activeElement?.getAttribute('data-tile-id'));
  expect(code).toMatch(/^\d{3}$/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`path=${code}`));
  await expect(page.locator('[data-tile-id]').first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page).not.toHaveURL(/path=/);
});

test('share by keyboard: open the dialog, move inside it, close with Escape back to the button', async ({ page }) => {
  await openApp(page, 'view=explore&year=2026');
  await tabUntil(page, `el && /分享|Share/.test(el.textContent || '') && el.tagName === 'BUTTON'`);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => !!document.activeElement?.closest('dialog, [role="dialog"]'))).toBe(true);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(await page.evaluate(() => /分享|Share/.test(document.activeElement?.textContent ?? ''))).toBe(true);
});

test('compare by keyboard: reach the comparison table and sort it', async ({ page }) => {
  await openApp(page, 'view=compare');
  await tabUntil(page, `el && el.tagName === 'BUTTON' && !!el.closest('thead')`, 150);
  expect(await focusIsVisible(page)).toBe(true);
  const before = page.url();
  await page.keyboard.press('Enter');
  await expect(page).not.toHaveURL(before);
  await expect(page).toHaveURL(/sort=/);
});
