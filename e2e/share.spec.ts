// Issue 5, sharing: the share menu of a chart and of a table gives a link to this exact view,
// the embed code, PNG and SVG that carry their source, and CSV/JSON of exactly the rows shown;
// any view prints with its source line, data version and link. Figures: the 2026 document.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { openApp, watchConsole } from './helpers/app';
import { cardIds } from './helpers/compare';
import { download, openShareDialog, parseCsv, pngSize } from './helpers/share';

const SOURCE_TABLE3 = '来源：上海市医疗保障局2026年部门预算，部门支出预算总表';

async function dataVersion(request: APIRequestContext, year: number): Promise<string> {
  const index = (await (await request.get('data/departments/shanghai-hsa.json')).json()) as {
    documents: { year: number; hash: string }[];
  };
  const hash = index.documents.find((d) => d.year === year)?.hash;
  expect(hash).toMatch(/^[0-9a-f]{16}$/);
  return hash!;
}

/** What the table shows, line by line: code, name and the exact 合计 in yuan. */
async function shownLines(page: Page): Promise<string[][]> {
  return page
    .locator('.table-card table.hier tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => [
        row.querySelector('td.col-code')?.textContent?.trim() ?? '',
        (row.querySelector('th.col-name') as HTMLElement | null)?.innerText.trim() ?? '',
        (row.querySelector('td.col-money')?.getAttribute('data-exact') ?? '').replace(/[^\d−-]/g, '').replace('−', '-'),
      ]),
    );
}

test('the link in the share dialog reopens exactly this view', async ({ page, context }) => {
  const console = watchConsole(page);
  await openApp(page, 'view=explore&year=2026&path=210');
  const dialog = await openShareDialog(page);
  const link = await dialog.getByLabel('链接（打开后显示与此处完全相同的视图）').inputValue();
  expect(link).toMatch(/\/#view=explore&year=2026&path=210&lang=zh-CN$/);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await dialog.getByRole('button', { name: '复制链接' }).click();
  await expect(dialog.getByRole('status').filter({ hasText: '已复制到剪贴板' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  // Escape closes the dialog and gives focus back to the share button.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: /^分享与下载/ })).toBeFocused();
  const other = await context.newPage();
  await other.goto(link);
  await expect(other.getByRole('navigation', { name: '钻取路径' })).toContainText('卫生健康支出');
  await expect(other.locator('#main .tm-list tbody tr')).toHaveCount(3); // 21015, 21011, 21099
  expect(console.errors).toEqual([]);
});

test('PNG is a valid PNG at twice the size of the exported chart; SVG carries its source', async ({
  page,
  request,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await openApp(page, 'view=explore&year=2026');
  const chart = await page.locator('#main .tm-chart svg.treemap-svg').boundingBox();
  expect(chart).not.toBeNull();
  const dialog = await openShareDialog(page);

  const svg = await download(page, dialog.getByRole('button', { name: 'SVG 矢量图' }));
  expect(svg.name).toBe('hsa-budget-treemap-function-2026.svg');
  const text = svg.bytes.toString('utf8');
  const size = /<svg [^>]*width="(\d+)" height="(\d+)"/.exec(text);
  expect(size).not.toBeNull();
  const [svgWidth, svgHeight] = [Number(size![1]), Number(size![2])];
  // The chart at its size on the page, with 16 px of margin on each side.
  expect(svgWidth).toBe(Math.round(chart!.width) + 32);
  expect(svgHeight).toBeGreaterThan(chart!.height);
  expect(text).toContain('2026年部门支出（按功能分类）');
  expect(text).toContain(SOURCE_TABLE3);
  expect(text).toContain(`数据版本 ${await dataVersion(request, 2026)}`);
  expect(text).toMatch(/生成于 \d{4}年\d{1,2}月\d{1,2}日/);
  expect(text).toMatch(/#view=explore&amp;year=2026&amp;lang=zh-CN/);
  expect(text).toContain('卫生健康支出'); // the tiles' labels, as SVG text
  expect(text).not.toMatch(/https?:\/\/(?!127\.0\.0\.1|www\.w3\.org)/); // no other origin referenced

  const png = await download(page, dialog.getByRole('button', { name: 'PNG 图片（2 倍分辨率）' }));
  expect(png.name).toBe('hsa-budget-treemap-function-2026.png');
  expect(pngSize(png.bytes)).toEqual({ width: 2 * svgWidth, height: 2 * svgHeight });
});

test('CSV and JSON of a table are exactly the rows the table shows (filter and sort), in yuan', async ({
  page,
  request,
}) => {
  await openApp(page, 'view=tables&year=2026&table=expenditureByFunction&sort=total.desc&q=210');
  await expect(page.locator('.table-card table.hier tbody tr').first()).toBeVisible();
  const shown = await shownLines(page);
  expect(shown.map((line) => line[0])).toEqual([
    '210',
    '21015',
    '2101504',
    '2101501',
    '2101506',
    '2101599',
    '2101550',
    '2101505',
    '2101502',
    '21011',
    '2101101',
    '2101102',
    '21099',
    '2109999',
  ]);
  const dialog = await openShareDialog(page);

  const csv = parseCsv((await download(page, dialog.getByRole('button', { name: 'CSV 数据' }))).bytes.toString('utf8'));
  expect(csv[0]).toEqual(['科目编码', '科目名称', '合计（元）', '占合计比重（%）', '基本支出（元）', '项目支出（元）']);
  const body = csv.slice(1, -1);
  expect(body.map((row) => [row[0], row[1], row[2]])).toEqual(shown);
  expect(body[0]).toEqual(['210', '卫生健康支出', '264585384', '88.15', '95687857', '168897527']);
  expect(csv[csv.length - 1]).toEqual(['', '合计', '300170000', '100', '131060000', '169110000']);

  const json = JSON.parse(
    (await download(page, dialog.getByRole('button', { name: 'JSON 数据' }))).bytes.toString('utf8'),
  );
  expect(json.source).toBe(SOURCE_TABLE3);
  expect(json.dataVersions).toEqual([await dataVersion(request, 2026)]);
  expect(json.unit).toBe('yuan');
  expect(json.rows).toHaveLength(body.length + 1);
  expect(json.rows[0]).toMatchObject({ code: '210', name: '卫生健康支出', total: 264585384, basic: 95687857 });
  expect(json.link).toMatch(/\/#view=tables&year=2026&sort=total\.desc&q=210&lang=zh-CN$/);
});

test('the data files of a table say yuan, the unit they carry; the picture says the unit it shows', async ({
  page,
}) => {
  await openApp(page, 'view=tables&year=2026&table=threePublic');
  const dialog = await openShareDialog(page);
  const json = JSON.parse(
    (await download(page, dialog.getByRole('button', { name: 'JSON 数据' }))).bytes.toString('utf8'),
  );
  expect(json.subtitle).toBe('单位：元');
  expect(json.unit).toBe('yuan');
  const svg = (await download(page, dialog.getByRole('button', { name: 'SVG 矢量图' }))).bytes.toString('utf8');
  expect(svg).toContain('单位：万元');
});

test('link and embed code leave the sharer’s colour theme out unless one is picked in the dialog', async ({ page }) => {
  await openApp(page, 'view=explore&year=2026&path=210&theme=dark');
  const dialog = await openShareDialog(page);
  const link = dialog.getByLabel('链接（打开后显示与此处完全相同的视图）');
  await expect(link).toHaveValue(/\/#view=explore&year=2026&path=210&lang=zh-CN$/);
  const code = dialog.getByLabel('嵌入代码', { exact: true });
  await expect(code).not.toHaveValue(/theme=/);
  await dialog.getByLabel('嵌入图表的配色').selectOption('dark');
  await expect(code).toHaveValue(
    /embed\.html#chart=treemap-function&amp;year=2026&amp;path=210&amp;theme=dark&amp;data=/,
  );
  await expect(link).not.toHaveValue(/theme=/);
  await dialog.getByLabel('打开链接时的配色').selectOption('light');
  await expect(link).toHaveValue(/&lang=zh-CN&theme=light$/);
});

test('in English: names, headers, source line and file contents are English', async ({ page }) => {
  await openApp(page, 'view=explore&year=2026&lang=en');
  const dialog = await openShareDialog(page, 'en');
  const csv = parseCsv((await download(page, dialog.getByRole('button', { name: 'CSV data' }))).bytes.toString('utf8'));
  expect(csv[0]).toEqual(['Code', 'Name', 'Total (CNY)', 'Share of the level (%)']);
  expect(csv.slice(1).map((row) => row.slice(0, 3))).toEqual([
    ['210', 'Health', '264585384'],
    ['221', 'Housing security', '20067577'],
    ['208', 'Social security and employment', '15517039'],
  ]);
  const svg = (await download(page, dialog.getByRole('button', { name: 'SVG vector image' }))).bytes.toString('utf8');
  expect(svg).toContain(
    'Source: Shanghai Healthcare Security Administration, department budget 2026, table “Expenditure budget”',
  );
  expect(await dialog.getByLabel('Embed code', { exact: true }).inputValue()).toContain('lang=en');
});

test('the share dialog passes axe in both languages', async ({ page }) => {
  for (const [hash, lang] of [
    ['view=tables&year=2026', 'zh-CN'],
    ['view=explore&lang=en', 'en'],
  ] as const) {
    await openApp(page, hash);
    await openShareDialog(page, lang);
    const results = await new AxeBuilder({ page }).include('dialog').analyze();
    expect(results.violations).toEqual([]);
    await page.keyboard.press('Escape');
  }
});

test('any view prints on A4, portrait or landscape, with its source line, data version and link', async ({
  page,
  request,
}) => {
  await openApp(page, 'view=explore&year=2026&path=210');
  const footer = page.locator('.print-footer');
  await expect(footer).toBeHidden(); // on screen the view says it itself
  await page.emulateMedia({ media: 'print' });
  await expect(footer).toBeVisible();
  await expect(footer).toContainText(SOURCE_TABLE3);
  await expect(footer).toContainText(`数据版本 ${await dataVersion(request, 2026)}`);
  await expect(footer).toContainText('#view=explore&year=2026&path=210&lang=zh-CN');
  // Dated only while printing (the date format is built then, not on every page load).
  const today = await page.evaluate(() => new Intl.DateTimeFormat('zh-CN', { dateStyle: 'long' }).format(new Date()));
  await expect(footer).toContainText(`打印于 ${today}`);
  await expect(page.getByRole('navigation', { name: '视图' })).toBeHidden();
  await expect(page.getByRole('button', { name: /^分享与下载/ })).toBeHidden();
  // The printable width of A4 with 12 mm margins at 96 dpi: portrait 703 px, landscape 1032 px.
  for (const width of [703, 1032]) {
    await page.setViewportSize({ width, height: 1000 });
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  }
  for (const landscape of [false, true]) {
    const pdf = await page.pdf({ format: 'A4', landscape, printBackground: true });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  }

  // A long table is printed whole: no scroll box cuts it, in either orientation.
  await page.emulateMedia({ media: 'screen' });
  await openApp(page, 'view=tables&year=2026&lang=en');
  await page.emulateMedia({ media: 'print' });
  await expect(footer).toContainText(
    'Source: Shanghai Healthcare Security Administration, department budget 2026, table “Expenditure budget”',
  );
  for (const width of [703, 1032]) {
    await page.setViewportSize({ width, height: 600 });
    const scroll = page.locator('.hier-scroll').first();
    await expect.poll(() => scroll.evaluate((el) => el.scrollHeight - el.clientHeight)).toBeLessThanOrEqual(0);
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  }
});

test('every compare chart downloads under its own name, after the chart', async ({ page }) => {
  test.setTimeout(90_000);
  await openApp(page, 'view=compare');
  // The cards of the compare view (data-testid) with a share menu of their own: all but the line table.
  const COMPARE_CARDS = (await cardIds(page)).filter((card) => card !== 'lines');
  const names: string[] = [];
  for (const card of COMPARE_CARDS) {
    const section = page.getByTestId(card);
    await section.scrollIntoViewIfNeeded();
    await section.getByRole('button', { name: /^分享与下载/ }).click();
    const dialog = page.getByRole('dialog', { name: '分享与下载' });
    names.push((await download(page, dialog.getByRole('button', { name: 'CSV 数据' }))).name);
    await dialog.getByRole('button', { name: '关闭' }).click();
    await expect(dialog).toBeHidden();
  }
  expect(new Set(names).size).toBe(COMPARE_CARDS.length);
  for (const name of names) expect(name).toMatch(/^hsa-budget-compare-[A-Za-z0-9-]+-2021-2026\.csv$/);
  expect(names).toContain('hsa-budget-compare-waterfall-category-2021-2026.csv');
  expect(names).toContain('hsa-budget-compare-bars-2021-2026.csv'); // the embed's name, as before
});

test('a chart without an embed says so where the embed code would be, and points to the link', async ({ page }) => {
  for (const [card, lang] of [
    ['waterfall-category', 'zh-CN'],
    ['timeline-expenditure', 'en'],
    ['change-bars', 'en'],
  ] as const) {
    await openApp(page, `view=compare&lang=${lang}`);
    const section = page.getByTestId(card);
    await section.scrollIntoViewIfNeeded();
    await section.getByRole('button', { name: lang === 'en' ? /^Share and download/ : /^分享与下载/ }).click();
    const dialog = page.getByRole('dialog', { name: lang === 'en' ? 'Share and download' : '分享与下载' });
    const embed = dialog.getByRole('region', { name: lang === 'en' ? 'Embed in an article' : '嵌入到文章' });
    if (card === 'change-bars') {
      await expect(embed.getByLabel('Embed code', { exact: true })).toHaveValue(/chart=compare-bars&amp;/);
      await expect(embed).not.toContainText('cannot be embedded');
    } else {
      await expect(embed.getByRole('textbox')).toHaveCount(0);
      await expect(embed.locator('p')).toHaveText(
        lang === 'en'
          ? 'This chart cannot be embedded in an article; share the link above instead.'
          : '此图表不能嵌入文章，请改用上方的链接分享。',
      );
    }
    const results = await new AxeBuilder({ page }).include('dialog').analyze();
    expect(results.violations).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  }
});

test('the dialog’s buttons keep their label on one line at 360 and 390 px, in both languages', async ({ page }) => {
  for (const lang of ['zh-CN', 'en'] as const) {
    for (const width of [360, 390]) {
      await page.setViewportSize({ width, height: 844 });
      await openApp(page, `view=explore&year=2026&path=210&lang=${lang}`);
      const dialog = await openShareDialog(page, lang);
      const lines = await dialog.locator('button').evaluateAll((buttons) =>
        buttons.map((button) => {
          const range = document.createRange();
          range.selectNodeContents(button);
          const first = range.getClientRects()[0];
          const all = range.getBoundingClientRect();
          return { label: button.textContent?.trim(), lines: first ? Math.round(all.height / first.height) : 0 };
        }),
      );
      expect(lines.length).toBeGreaterThan(4);
      for (const button of lines) expect(button, `${lang} at ${width} px`).toEqual({ label: button.label, lines: 1 });
      expect(
        await dialog.evaluate((el) => el.scrollWidth - el.clientWidth),
        `${lang} at ${width} px`,
      ).toBeLessThanOrEqual(0);
      await page.keyboard.press('Escape');
    }
  }
});
