// Issue 3, explore: drill-down treemaps. Drill with the mouse and the keyboard, go back by the
// breadcrumb, by Escape/Backspace and by the browser's history; the figures in the chosen unit;
// the economic classification; English names; deep links; a path that does not exist; axe.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openApp } from './helpers/app';
import { brokenWords } from './helpers/text';

const chart = (page: Page) => page.getByRole('group', { name: /^(树图|Treemap)/ });
/** A tile: a button in the chart whose accessible name starts with the line's name. */
const tile = (page: Page, name: string) => chart(page).getByRole('button', { name: new RegExp(`^${name}[，,]`) });
const breadcrumb = (page: Page) => page.getByRole('navigation', { name: /钻取路径|Drill path/ });
// Read by polling: the hash is written when the app has handled the key or click, not at once.
const hashOf = (page: Page) => decodeURIComponent(new URL(page.url()).hash);

/** Console errors and page errors, except the browser's own request for a favicon the app does not have. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.location().url.endsWith('/favicon.ico')) errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

test('drills 卫生健康支出 > 医疗保障管理事务 > 信息化建设 and goes back by breadcrumb and history', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await openApp(page, 'view=explore&year=2026');
  await expect(tile(page, '社会保障和就业支出')).toBeVisible();

  await tile(page, '卫生健康支出').click();
  await expect.poll(() => hashOf(page)).toContain('path=210');
  await expect(tile(page, '医疗保障管理事务')).toBeVisible();
  await expect(tile(page, '行政事业单位医疗')).toBeVisible();

  await tile(page, '医疗保障管理事务').click();
  await expect.poll(() => hashOf(page)).toContain('path=210.21015');
  await tile(page, '信息化建设').click();
  await expect.poll(() => hashOf(page)).toContain('path=210.21015.2101504');

  // A 项 cannot be opened: its details show instead, in 万元 by default and exact in yuan.
  const details = page.getByRole('region', { name: '条目详情：信息化建设' });
  await expect(details).toBeVisible();
  await expect(details.getByText('7,758.61万元').first()).toBeVisible();
  await expect(details.getByTestId('leaf-exact')).toHaveText('77,586,122元');
  await expect(details).toContainText('2101504');
  await expect(details).toContainText('项目支出');
  await expect(page.getByRole('row', { name: /信息化建设/ })).toContainText('7,758.61万元');
  await expect(tile(page, '信息化建设')).toHaveAttribute('aria-current', 'true');

  // Breadcrumb: back to 卫生健康支出.
  await breadcrumb(page).getByRole('button', { name: '卫生健康支出' }).click();
  await expect.poll(() => hashOf(page)).toMatch(/path=210(&|$)/);
  await expect(tile(page, '医疗保障管理事务')).toBeVisible();
  await expect(tile(page, '信息化建设')).toHaveCount(0);
  await expect(breadcrumb(page).locator('[aria-current]')).toHaveText('卫生健康支出');

  // Browser back walks the drill path: to the 项 in detail, then to its level, then up.
  await page.goBack();
  await expect.poll(() => hashOf(page)).toContain('path=210.21015.2101504');
  await expect(details).toBeVisible();
  await page.goBack();
  await expect.poll(() => hashOf(page)).toMatch(/path=210\.21015(&|$)/);
  await expect(details).toHaveCount(0);
  await expect(tile(page, '信息化建设')).toBeVisible();
  await page.goBack();
  await page.goBack();
  await expect.poll(() => hashOf(page)).not.toContain('path=');
  await expect(tile(page, '住房保障支出')).toBeVisible();
  await page.goForward();
  await expect.poll(() => hashOf(page)).toMatch(/path=210(&|$)/);
  await expect(tile(page, '医疗保障管理事务')).toBeVisible();
  expect(errors).toEqual([]);
});

test('shows the amount in the unit chosen in the header', async ({ page }) => {
  await openApp(page, 'view=explore&year=2026&path=210.21015.2101504');
  const details = page.getByRole('region', { name: '条目详情：信息化建设' });
  await expect(details.getByText('7,758.61万元').first()).toBeVisible();
  await page.getByLabel('单位').selectOption('yuan');
  await expect(details.getByText('77,586,122元').first()).toBeVisible();
  await expect(tile(page, '信息化建设')).toHaveAttribute('aria-label', /^信息化建设，77,586,122元，占/);
  await openApp(page, 'view=explore&year=2026&path=210.21015.2101504&unit=yuan');
  await expect(page.getByRole('row', { name: /信息化建设/ })).toContainText('77,586,122元');
});

test('works with the keyboard alone: arrows, Enter, Escape and Backspace', async ({ page }) => {
  await openApp(page, 'view=explore&year=2026');
  // One Tab stop for the whole chart (roving tabindex).
  await expect(chart(page).locator('[data-tile-id][tabindex="0"]')).toHaveCount(1);
  await tile(page, '卫生健康支出').focus();
  await page.keyboard.press('ArrowRight');
  const moved = await page.evaluate(() => document.activeElement?.getAttribute('data-tile-id'));
  expect(['208', '221']).toContain(moved);
  await page.keyboard.press('ArrowLeft');
  await expect(tile(page, '卫生健康支出')).toBeFocused();

  await page.keyboard.press('Enter');
  await expect.poll(() => hashOf(page)).toMatch(/path=210(&|$)/);
  // Focus follows into the new level: the largest tile.
  await expect(tile(page, '医疗保障管理事务')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(() => hashOf(page)).toMatch(/path=210\.21015(&|$)/);
  await expect(tile(page, '信息化建设')).toBeFocused(); // the largest 项 in 2026
  // The focused tile has a visible focus ring.
  const ring = await chart(page)
    .locator('[data-tile-id]:focus .tm-focus')
    .evaluate((el) => getComputedStyle(el).strokeWidth);
  expect(parseFloat(ring)).toBeGreaterThan(2);

  await page.keyboard.press('Escape');
  await expect.poll(() => hashOf(page)).toMatch(/path=210(&|$)/);
  await expect(tile(page, '医疗保障管理事务')).toBeFocused();
  await page.keyboard.press('Backspace');
  await expect.poll(() => hashOf(page)).not.toContain('path=');
  await expect(tile(page, '卫生健康支出')).toBeFocused();
});

test('a 项 opened with Enter shows its details; Escape closes them', async ({ page }) => {
  await openApp(page, 'view=explore&year=2026&path=210.21015');
  await tile(page, '信息化建设').focus();
  await page.keyboard.press('Enter');
  const details = page.getByRole('region', { name: '条目详情：信息化建设' });
  await expect(details).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(details).toHaveCount(0);
  await expect(tile(page, '信息化建设')).toBeFocused();
  await expect.poll(() => hashOf(page)).toMatch(/path=210\.21015(&|$)/);
});

test('economic classification: 工资福利支出 in 2026, and measures', async ({ page }) => {
  await openApp(page, 'view=explore&year=2026');
  await page.getByRole('button', { name: '基本支出经济分类' }).click();
  await expect.poll(() => hashOf(page)).toContain('cls=economic');
  await expect(page.getByRole('row', { name: /工资福利支出/ })).toContainText('10,782.75万元');
  await expect(tile(page, '工资福利支出')).toHaveAttribute('aria-label', /10,782\.75万元/);
  await page.getByRole('button', { name: '公用经费' }).click();
  await expect.poll(() => hashOf(page)).toContain('measure=publicUse');
  await expect(tile(page, '商品和服务支出')).toBeVisible();
  await page.goBack();
  await expect.poll(() => hashOf(page)).not.toContain('measure=');
  await openApp(page, 'view=explore&year=2026&cls=economic&unit=yuan');
  await expect(page.getByRole('row', { name: /工资福利支出/ })).toContainText('107,827,504元');
  await tile(page, '工资福利支出').click();
  await expect(tile(page, '基本工资')).toBeVisible();
});

test('project spending: tiles sized by 项目支出', async ({ page }) => {
  await openApp(page, 'view=explore&year=2026&path=210.21015');
  await page.getByRole('button', { name: '项目支出', exact: true }).click();
  await expect.poll(() => hashOf(page)).toContain('measure=project');
  // 行政运行 has no project spending: listed with 0, not drawn.
  await expect(page.getByRole('row', { name: /行政运行/ })).toContainText('0.00万元');
  await expect(tile(page, '行政运行')).toHaveCount(0);
  await expect(tile(page, '信息化建设')).toBeVisible();
});

test('shows English names after switching the language', async ({ page }) => {
  await openApp(page, 'view=explore&year=2026&path=210');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(tile(page, 'Healthcare security administration')).toBeVisible();
  await expect(breadcrumb(page).locator('[aria-current]')).toHaveText('Health');
  await expect(page.getByRole('row', { name: /Healthcare security administration/ })).toContainText(
    'CNY 258.57 million',
  );
  await tile(page, 'Healthcare security administration').click();
  await tile(page, 'Information systems development').click();
  await expect(page.getByRole('region', { name: 'Line details: Information systems development' })).toContainText(
    'CNY 77,586,122',
  );
});

test('English names and figures keep their words whole in the list and the line details, at every width', async ({
  page,
}) => {
  for (const width of [390, 1000, 1100, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await openApp(page, 'view=explore&year=2026&path=210.21015.2101504&lang=en');
    await expect(page.locator('.tm-list tbody tr')).toHaveCount(7);
    expect(await brokenWords(page.locator('.tm-list')), `list at ${width} px`).toEqual([]);
    // The line's figures do not run into each other.
    const figures = await page.locator('.explore-leaf-figures dd').evaluateAll((dds) =>
      dds.map((dd) => ({
        right: dd.getBoundingClientRect().left + (dd as HTMLElement).scrollWidth,
        room: dd.getBoundingClientRect().right,
      })),
    );
    for (const f of figures) expect(f.right, `a figure overflows at ${width} px`).toBeLessThanOrEqual(f.room + 1);
  }
});

test('a deep link opens the same view in a new page', async ({ browser }) => {
  const page = await (await browser.newContext()).newPage();
  await openApp(page, 'view=explore&year=2021&path=210.21015');
  await expect(page.getByRole('group', { name: '年度' }).getByRole('button', { name: '2021年' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(breadcrumb(page).locator('[aria-current]')).toHaveText('医疗保障管理事务');
  await expect(breadcrumb(page).getByRole('button', { name: '卫生健康支出' })).toBeVisible();
  // 2021: 信息化建设 35,409,501 yuan.
  await expect(page.getByRole('row', { name: /信息化建设/ })).toContainText('3,540.95万元');
  await expect(tile(page, '信息化建设')).toBeVisible();
});

test('a path that does not exist that year falls back to the deepest level that does, with a notice', async ({
  page,
}) => {
  await openApp(page, 'view=explore&year=2021&path=210.21015.2101598');
  await expect(page.getByRole('status').filter({ hasText: '210.21015.2101598' })).toContainText(
    '卫生健康支出 › 医疗保障管理事务',
  );
  await expect(breadcrumb(page).locator('[aria-current]')).toHaveText('医疗保障管理事务');
  await expect(tile(page, '信息化建设')).toBeVisible();
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('status').filter({ hasText: '210.21015.2101598' })).toContainText(
    'does not exist in the 2021 data',
  );
});

test('a path whose second code does not exist falls back to its first level, with a notice', async ({ page }) => {
  // QA: `1` is not a code at all; the fallback used to drop the whole path to the top level.
  await openApp(page, 'view=explore&year=2026&path=210.99999.1');
  await expect(page.getByRole('status').filter({ hasText: '210.99999.1' })).toContainText('卫生健康支出');
  await expect(breadcrumb(page).locator('[aria-current]')).toHaveText('卫生健康支出');
  await expect(tile(page, '医疗保障管理事务')).toBeVisible();
});

for (const lang of ['zh-CN', 'en'] as const) {
  test(`axe: explore in ${lang} (top level, and a 项 in detail with a tooltip)`, async ({ page }) => {
    for (const hash of [
      `view=explore&lang=${lang}`,
      `view=explore&lang=${lang}&year=2026&path=210.21015.2101504`,
      `view=explore&lang=${lang}&cls=economic&theme=dark`,
    ]) {
      await openApp(page, hash);
      await expect(chart(page).locator('[data-tile-id]').first()).toBeVisible();
      await page.mouse.move(0, 0); // the tiles were replaced under a still mouse: enter anew
      await chart(page).locator('[data-tile-id]').first().hover();
      await expect(page.getByRole('tooltip')).toBeVisible();
      const results = await new AxeBuilder({ page }).analyze();
      expect(
        results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
        hash,
      ).toEqual([]);
    }
  });
}
