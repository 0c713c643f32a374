// Issue 3, Tables: every table of the document in the one hierarchical table; sort within
// levels, filter by name or code, expand/collapse, totals, unit and language, CSV of what is
// shown, deep links, accessibility. Figures are the 2026 document's, in yuan.
import { readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { openApp, watchConsole } from './helpers/app';

const TABLE3_ZH = '2026年部门支出预算总表';

function table(page: Page, name = TABLE3_ZH): Locator {
  return page.getByRole('table', { name, exact: true });
}

/** The codes of the lines the table shows, top to bottom. */
async function shownCodes(t: Locator): Promise<string[]> {
  return t.locator('tbody tr > td.col-code').allTextContents();
}

test('sorts 表3 by 合计 descending within each level, and back', async ({ page }) => {
  const console = watchConsole(page);
  await openApp(page, 'view=tables');
  const t = table(page);
  const all = await shownCodes(t);
  expect(all).toHaveLength(27);
  expect(all.filter((c) => c.length === 3)).toEqual(['208', '210', '221']); // document order

  await t.getByRole('button', { name: '合计', exact: true }).click();
  await expect(t.getByRole('columnheader', { name: '合计', exact: true })).toHaveAttribute('aria-sort', 'descending');
  await expect(page).toHaveURL(/sort=total\.desc/);
  const codes = await shownCodes(t);
  expect(codes.filter((c) => c.length === 3)).toEqual(['210', '221', '208']);
  // Children stay under their parent, sorted among themselves.
  expect(codes.filter((c) => c.length === 5 && c.startsWith('210'))).toEqual(['21015', '21011', '21099']);
  expect(codes.filter((c) => c.startsWith('21015') && c.length === 7)).toEqual([
    '2101504',
    '2101501',
    '2101506',
    '2101599',
    '2101550',
    '2101505',
    '2101502',
  ]);
  expect(codes.slice(0, 3)).toEqual(['210', '21015', '2101504']);
  expect(codes.indexOf('221')).toBe(codes.indexOf('2109999') + 1);

  // Second click: ascending; third: back to the document's order.
  await t.getByRole('button', { name: '合计', exact: true }).click();
  await expect(page).toHaveURL(/sort=total\.asc/);
  expect((await shownCodes(t)).filter((c) => c.length === 3)).toEqual(['208', '221', '210']);
  await t.getByRole('button', { name: '合计', exact: true }).click();
  await expect(page).not.toHaveURL(/sort=/);
  expect(await shownCodes(t)).toEqual(all);
  expect(console.errors).toEqual([]);
});

test('filters by code: the 款 21015 with its 项 lines and its ancestor', async ({ page }) => {
  await openApp(page, 'view=tables');
  const t = table(page);
  await page.getByLabel('按名称或编码筛选').fill('21015');
  await expect(page).toHaveURL(/q=21015/);
  await expect
    .poll(() => shownCodes(t))
    .toEqual(['210', '21015', '2101501', '2101502', '2101504', '2101505', '2101506', '2101550', '2101599']);
  await expect(page.getByRole('status').filter({ hasText: '21015' })).toContainText('9');
  // By name, in Chinese: the matches and the lines above them.
  await page.getByLabel('按名称或编码筛选').fill('信息化');
  await expect.poll(() => shownCodes(t)).toEqual(['210', '21015', '2101504']);
  await page.getByLabel('按名称或编码筛选').fill('没有这一行');
  await expect(t.getByRole('cell', { name: /没有名称或编码符合/ })).toBeVisible();
});

test('expands and collapses all lines and one line, by mouse and keyboard', async ({ page }) => {
  await openApp(page, 'view=tables');
  const t = table(page);
  await page.getByRole('button', { name: '全部折叠' }).click();
  await expect.poll(() => shownCodes(t)).toEqual(['208', '210', '221']);
  const health = t.getByRole('button', { name: '卫生健康支出', exact: true });
  await expect(health).toHaveAttribute('aria-expanded', 'false');

  await health.focus();
  await page.keyboard.press('Enter');
  await expect(health).toHaveAttribute('aria-expanded', 'true');
  await expect.poll(() => shownCodes(t)).toEqual(['208', '210', '21011', '21015', '21099', '221']);

  await page.getByRole('button', { name: '全部展开' }).click();
  await expect.poll(async () => (await shownCodes(t)).length).toBe(27);
  await t.getByRole('button', { name: '医疗保障管理事务', exact: true }).click();
  await expect.poll(async () => (await shownCodes(t)).length).toBe(20);
});

test('totals line: the printed 合计 of 300,170,000 yuan, exact on hover and focus', async ({ page }) => {
  await openApp(page, 'view=tables&unit=yuan');
  const totals = table(page).locator('tfoot tr');
  await expect(totals.getByRole('rowheader')).toHaveText('合计');
  await expect(totals.getByRole('cell').nth(1)).toHaveText('300,170,000');
  await expect(totals.getByRole('cell').nth(2)).toHaveText('100.0%');

  await openApp(page, 'view=tables');
  const cell = table(page).locator('tfoot tr').getByRole('cell').nth(1);
  await expect(cell).toHaveText('30,017.00');
  await expect(cell).toHaveAttribute('title', '300,170,000元');
  // One tab stop for the figures; arrow keys move between them.
  const first = table(page).locator('tbody td[tabindex="0"]');
  await expect(first).toHaveCount(1);
  await first.focus();
  await page.keyboard.press('ArrowDown');
  await expect(table(page).locator('tbody tr').nth(1).locator('td[data-cell]').first()).toBeFocused();
});

test('unit and language change the names and figures', async ({ page }) => {
  await openApp(page, 'view=tables');
  const healthRow = (name: string) =>
    table(page, name)
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: /^(卫生健康支出|Health)$/ }) });
  await expect(healthRow(TABLE3_ZH).getByRole('cell').nth(1)).toHaveText('26,458.54');
  await expect(page.getByText('单位：万元')).toBeVisible();

  await page.getByRole('combobox', { name: '单位' }).selectOption('large');
  await expect(healthRow(TABLE3_ZH).getByRole('cell').nth(1)).toHaveText('2.6459');
  await expect(page.getByText('单位：亿元')).toBeVisible();

  await page.getByRole('button', { name: 'English' }).click();
  const en = '2026 Department Expenditure Budget Summary';
  await expect(page.getByRole('heading', { level: 2 })).toContainText(en);
  await expect(healthRow(en).getByRole('cell').nth(1)).toHaveText('264.59');
  await expect(
    table(page, en).getByRole('rowheader', { name: 'Healthcare security administration', exact: true }),
  ).toBeVisible();
  await expect(table(page, en).getByRole('columnheader', { name: 'Basic expenditure' })).toBeVisible();
  await expect(page.getByText('Unit: CNY million')).toBeVisible();
  await expect(healthRow(en).getByRole('cell').nth(1)).toHaveAttribute('title', 'CNY 264,585,384');
});

test('on a phone the table scrolls inside a named, focusable box that shows there is more to the right', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openApp(page, 'view=tables&year=2026');
  const box = page.getByRole('region', { name: `${TABLE3_ZH}（滚动区域）` });
  await expect(box).toHaveAttribute('tabindex', '0');
  const frame = box.locator('xpath=..');
  // The right edge's shadow shows while there is more to the right, the left one once scrolled.
  await expect(frame).toHaveAttribute('data-more-end', 'true');
  await expect(frame).toHaveAttribute('data-more-start', 'false');
  const shadow = () => frame.evaluate((el) => getComputedStyle(el, '::after').opacity);
  await expect.poll(shadow).toBe('1');
  await box.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
  await expect(frame).toHaveAttribute('data-more-end', 'false');
  await expect(frame).toHaveAttribute('data-more-start', 'true');
  await expect.poll(shadow).toBe('0');
  // Nothing else on the page is wider than the phone.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  const results = await new AxeBuilder({ page })
    .withRules(['scrollable-region-focusable', 'landmark-unique', 'aria-allowed-role'])
    .analyze();
  expect(results.violations).toEqual([]);
});

test('arrow keys scroll the focused table box sideways', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openApp(page, 'view=tables&year=2026');
  const box = page.getByRole('region', { name: `${TABLE3_ZH}（滚动区域）` });
  await box.focus();
  await expect(box).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => box.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
});

async function downloadCsv(page: Page): Promise<{ name: string; bytes: Buffer; lines: string[][] }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page
      .getByRole('button', { name: /下载 CSV|Download CSV/ })
      .first()
      .click(),
  ]);
  const bytes = await readFile((await download.path())!);
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  // No quoted commas in these tables' names, so a plain split is enough here.
  const lines = text
    .trimEnd()
    .split('\r\n')
    .map((line) => line.split(','));
  return { name: download.suggestedFilename(), bytes, lines };
}

test('CSV download has exactly the rows the table shows, in yuan, with a BOM', async ({ page }) => {
  await openApp(page, 'view=tables&sort=total.desc&q=210');
  const t = table(page);
  const codes = await shownCodes(t);
  expect(codes[0]).toBe('210');
  const csv = await downloadCsv(page);
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(csv.name).toBe('hsa-budget-table-3-expenditure-by-function-2026-zh-CN.csv');
  expect(csv.lines[0]).toEqual([
    '科目编码',
    '科目名称',
    '合计（元）',
    '占合计比重（%）',
    '基本支出（元）',
    '项目支出（元）',
  ]);
  expect(csv.lines.slice(1, -1).map((l) => l[0])).toEqual(codes);
  expect(csv.lines[1]).toEqual(['210', '卫生健康支出', '264585384', '88.15', '95687857', '168897527']);
  expect(csv.lines.at(-1)).toEqual(['', '合计', '300170000', '100', '131060000', '169110000']);

  // Collapsed lines are not in the file; English names in English.
  await page.getByRole('button', { name: '全部折叠' }).click();
  await page.getByRole('button', { name: 'English' }).click();
  const en = await downloadCsv(page);
  expect(en.name).toBe('hsa-budget-table-3-expenditure-by-function-2026-en.csv');
  expect(en.lines.map((l) => l.slice(0, 3))).toEqual([
    ['Code', 'Item', 'Total (CNY)'],
    ['210', 'Health', '264585384'],
    ['', 'Total', '300170000'],
  ]);
});

test('a deep link restores table, sort and filter', async ({ page, context }) => {
  await openApp(page, 'view=tables&table=basicByEconomic&sort=total.desc&q=302');
  const other = await context.newPage();
  await openApp(other, page.url().split('#')[1]);
  const name = '2026年部门一般公共预算基本支出部门预算经济分类预算表';
  for (const p of [page, other]) {
    await expect(p.getByRole('combobox', { name: '表格' })).toHaveValue('basicByEconomic');
    await expect(p.getByLabel('按名称或编码筛选')).toHaveValue('302');
    const t = table(p, name);
    await expect(t.getByRole('columnheader', { name: '合计', exact: true })).toHaveAttribute('aria-sort', 'descending');
    await expect.poll(async () => (await shownCodes(t)).slice(0, 4)).toEqual(['302', '30209', '30201', '30239']);
  }
  // Picking another table keeps the year and drops the sort and filter that belonged to this one.
  await page.getByRole('combobox', { name: '表格' }).selectOption('threePublic');
  await expect(page).toHaveURL(/table=threePublic/);
  await expect(page).not.toHaveURL(/sort=|q=/);
  await expect(table(page, '2026年部门“三公”经费和机关运行经费预算表').getByRole('rowheader')).toHaveText([
    '“三公”经费合计',
    '因公出国（境）费',
    '公务接待费',
    '公务用车购置及运行费',
    '公务用车购置费',
    '公务用车运行费',
    '机关运行经费',
  ]);
});

test('shows every table of both years, and says when the document has none', async ({ page }) => {
  await openApp(page, 'view=tables&table=financialSummary');
  await expect(page.getByRole('heading', { level: 3 })).toHaveText(['本年收入', '本年支出']);
  await expect(
    page.getByRole('table', { name: '2026年部门财务收支预算总表 · 本年收入' }).locator('tfoot'),
  ).toContainText('收入总计');
  await page.getByRole('combobox', { name: '表格' }).selectOption('governmentFundByFunction');
  await expect(page.getByText('文件中这张表印为空表')).toBeVisible();
  await page.getByRole('combobox', { name: '表格' }).selectOption('stateCapitalByFunction');
  await page.getByRole('combobox', { name: '年度' }).selectOption('2021');
  await expect(page.getByText('2021年的预算文件没有这张表。')).toBeVisible();
  await expect(page).toHaveURL(/year=2021/);
});

test('shows a recorded discrepancy beside the table it concerns', async ({ page }) => {
  const file = 'shanghai-hsa-2026.json';
  const original = JSON.parse(await readFile(`public/data/${file}`, 'utf8'));
  const perYuan = original.schemaVersion === 1 ? 1 : 100; // money: yuan in contract version 1, fen from 2
  original.discrepancies = [
    {
      check: '公用经费 = sum of children',
      table: '表8 一般公共预算基本支出经济分类预算表',
      row: 'row 302 商品和服务支出',
      page: null,
      printed: 21_590_000 * perYuan,
      expected: 21_589_999 * perYuan,
      note: '文件所印小计比各项之和多1元。',
    },
  ];
  const body = JSON.stringify(original);
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 16);
  await page.route(`**/data/${file}`, (route) => route.fulfill({ body, contentType: 'application/json' }));
  await page.route('**/data/departments/shanghai-hsa.json', async (route) => {
    const index = JSON.parse(await readFile('public/data/departments/shanghai-hsa.json', 'utf8'));
    for (const doc of index.documents)
      if (doc.file === file) Object.assign(doc, { hash, bytes: Buffer.byteLength(body) });
    await route.fulfill({ body: JSON.stringify(index), contentType: 'application/json' });
  });
  await openApp(page, 'view=tables&table=basicByEconomic&lang=en');
  const panel = page.getByRole('region', { name: 'Inconsistencies in the document itself' });
  await expect(panel).toContainText('302 Goods and services');
  await expect(panel).toContainText('Public-use expenses = the sum of its sub-items');
  await expect(panel).toContainText('CNY 21,590,000');
  await expect(panel).toContainText('CNY 21,589,999');
  await expect(panel).toContainText('+CNY 1');
  await page.getByRole('combobox', { name: 'Table' }).selectOption('expenditureByFunction');
  await expect(page.getByRole('region', { name: 'Inconsistencies in the document itself' })).toHaveCount(0);
});

for (const lang of ['zh-CN', 'en'] as const) {
  test(`axe finds no violations (${lang})`, async ({ page }) => {
    const cases = [
      ['expenditureByFunction', 'light'],
      ['financialSummary', 'light'],
      ['threePublic', 'light'],
      ['expenditureByFunction', 'dark'],
    ] as const;
    for (const [tableId, theme] of cases) {
      await openApp(page, `view=tables&table=${tableId}&lang=${lang}&theme=${theme}&sort=total.desc&q=2`);
      await expect(page.getByRole('table').first()).toBeVisible();
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations, `${tableId} ${theme}`).toEqual([]);
    }
  });
}
