// Accessibility sweep: axe on every view, in both languages and both themes; every chart has an
// accessible name; reduced motion is honoured.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { openApp } from './helpers/app';

const VIEWS = ['overview', 'explore', 'tables', 'compare', 'projects', 'library', 'about'];
const THEMES = ['light', 'dark'] as const;
const LANGS = ['zh-CN', 'en'] as const;

for (const lang of LANGS) {
  for (const theme of THEMES) {
    test(`axe: every view in ${lang}, ${theme} theme`, async ({ page }) => {
      test.setTimeout(120_000);
      for (const view of VIEWS) {
        await openApp(page, `view=${view}&lang=${lang}&theme=${theme}`);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        await page.waitForTimeout(150);
        const results = await new AxeBuilder({ page }).analyze();
        const summary = results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')}`);
        expect(summary, `${view} (${lang}, ${theme})`).toEqual([]);
      }
    });
  }
}

test('every chart and svg figure has an accessible name', async ({ page }) => {
  for (const view of ['overview', 'explore', 'compare']) {
    await openApp(page, `view=${view}`);
    await page.waitForTimeout(300);
    const unnamed = await page.evaluate(() =>
      [...document.querySelectorAll('main svg')]
        .filter((svg) => svg.getAttribute('aria-hidden') !== 'true' && !svg.closest('[aria-hidden="true"]'))
        .filter((svg) => {
          const named = (el: Element | null): boolean =>
            !!el &&
            (el.hasAttribute('aria-label') ||
              el.hasAttribute('aria-labelledby') ||
              (el.getAttribute('role') === 'img' && !!el.querySelector('title')));
          return !named(svg) && !named(svg.closest('[role="img"], [role="group"], figure, [role="application"]'));
        })
        .map((svg) => svg.outerHTML.slice(0, 120)),
    );
    expect(unnamed, view).toEqual([]);
  }
});

test('reduced motion: no running animations or transitions', async ({ browser }) => {
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  const page = await context.newPage();
  await openApp(page, 'view=explore');
  const long = await page.evaluate(
    () =>
      document.getAnimations().filter((a) => {
        const timing = a.effect?.getComputedTiming();
        return typeof timing?.duration === 'number' && timing.duration > 1;
      }).length,
  );
  expect(long).toBe(0);
  await context.close();
});
