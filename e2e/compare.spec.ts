// Issue 4: compare two years. The totals and lines are computed in the browser from the two
// documents; new and removed lines are labelled, the change treemap drills, a link restores the
// comparison, a third document added to the data appears and compares, and axe is clean.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openApp, watchConsole } from './helpers/app';
import { allCardsDrawn } from './helpers/compare';

// page.route does not see requests a service worker answers; the fixture test needs it to.
test.use({ serviceWorkers: 'block' });

const lines = (page: Page) => page.locator('#compare-lines');
/** The row of a line by its name as shown (a line of one year only shows "name（新增）"). */
const lineRow = (page: Page, name: string) =>
  lines(page)
    .locator('tbody tr')
    .filter({ has: page.locator('th', { hasText: new RegExp(`^\\s*[▾▸]?\\s*${name}(（[^）]+）)?\\s*$`) }) });

test('shows the total change in the chosen unit, exact to the yuan', async ({ page }) => {
  const console = watchConsole(page);
  await openApp(page, 'view=compare');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('2021年与2026年相比有何变化');
  const change = page.getByTestId('change-total');
  await expect(change.locator('data')).toHaveText('+5,363.91万元');
  await expect(change.locator('data')).toHaveAttribute('value', '53639128');
  await expect(change).toContainText('+21.8%');
  await expect(page.getByTestId('headline-total')).toContainText('支出总额从246,530,872元增至300,170,000元，增长21.8%');
  await expect(page.getByTestId('change-basic').locator('data')).toHaveText('+3,770.75万元');
  await expect(page.getByTestId('change-project').locator('data')).toHaveText('+1,593.16万元');

  await page.getByRole('combobox', { name: /^单位/ }).selectOption('yuan');
  await expect(change.locator('data')).toHaveText('+53,639,128元');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What changed from 2021 to 2026');
  await expect(change.locator('data')).toHaveText('+CNY 53,639,128');
  expect(console.errors).toEqual([]);
});

test('compares line by line: 信息化建设 +42,176,621 yuan, with its sentence', async ({ page }) => {
  await openApp(page, 'view=compare&level=3');
  const row = lineRow(page, '信息化建设');
  await expect(row).toHaveCount(1);
  const cells = row.locator('td');
  await expect(row).toContainText('3,540.95');
  await expect(row).toContainText('7,758.61');
  await expect(row).toContainText('+4,217.66');
  await expect(row).toContainText('+119.1%');
  await expect(row.locator('td[data-exact="+42,176,621元"]')).toHaveCount(1);
  await expect(cells.first()).toBeVisible();
  await page.getByRole('button', { name: '逐行文字说明' }).click();
  await expect(row).toContainText('信息化建设从35,409,501元增至77,586,122元，增长119.1%');
});

test('labels lines of one year as new or no longer listed, never as a change from or to zero', async ({ page }) => {
  await openApp(page, 'view=compare&cls=economic');
  await expect(page.getByRole('button', { name: '按经济分类（基本支出）' })).toHaveAttribute('aria-pressed', 'true');
  for (const name of ['对个人和家庭的补助', '退休费']) {
    const row = lineRow(page, name);
    await expect(row.locator('th'), name).toContainText(`${name}（新增）`);
    await expect(row.locator('td.col-text').first()).toHaveText('新增');
    await expect(row.locator('td.col-signedMoney')).toHaveText('—');
    await expect(row.locator('td.col-signedPercent').first()).toHaveText('—');
  }
  for (const name of ['咨询费', '福利费']) {
    const row = lineRow(page, name);
    await expect(row.locator('th'), name).toContainText(`${name}（不再列示）`);
    await expect(row.locator('td.col-text').first()).toHaveText('不再列示');
    await expect(row.locator('td.col-signedMoney')).toHaveText('—');
  }
  // The bar chart's table says the same in words.
  const bars = page.getByTestId('change-bars');
  await bars.getByRole('button', { name: '显示表格' }).click();
  await expect(bars.getByRole('row', { name: /退休费/ })).toContainText('退休费为2026年新增，1,182,496元');
  await expect(bars.getByRole('row', { name: /咨询费/ })).toContainText('咨询费不再列示（2021年为65,000元）');
  // Ranked by percent, they have no bar and are listed apart.
  await bars.getByRole('button', { name: '按变化率' }).click();
  await expect(page).toHaveURL(/rank=rel/);
  await expect(bars.locator('.cmp-without-pct')).toContainText('福利费不再列示（2021年为1,006,560元）');
});

test('the change treemap drills like the explorer, by mouse and keyboard, and goes back', async ({ page }) => {
  await openApp(page, 'view=compare');
  const treemap = page.getByTestId('change-treemap');
  await expect(treemap.locator('[data-tile-id]')).toHaveCount(3);
  await treemap.locator('[data-tile-id="210"]').click();
  await expect(page).toHaveURL(/path=210(&|$)/);
  await expect(treemap.getByRole('navigation')).toContainText('卫生健康支出');
  await expect(treemap.locator('[data-tile-id="21015"]')).toBeVisible();
  // Focus moved to the largest tile of the new level; Enter opens it.
  await expect(treemap.locator('[data-tile-id="21015"]')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/path=210\.21015/);
  const tile = treemap.locator('[data-tile-id="2101504"]');
  await expect(tile).toHaveAttribute('aria-label', '信息化建设从35,409,501元增至77,586,122元，增长119.1%');
  await expect(treemap.getByRole('table')).toContainText('医疗保障经办事务');
  await treemap.getByRole('button', { name: '全部类' }).click();
  await expect(treemap.locator('[data-tile-id="208"]')).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(/path=210\.21015/);
  // Escape goes up a level, as in the explorer, and focuses the tile just left; so does Backspace.
  await tile.focus();
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/path=210(&|$)/);
  await expect(treemap.locator('[data-tile-id="21015"]')).toBeFocused();
  await page.keyboard.press('Backspace');
  await expect(page).not.toHaveURL(/path=/);
  await expect(treemap.locator('[data-tile-id="210"]')).toBeFocused();
});

test('a deep link restores years, level, sort and chart order', async ({ page }) => {
  await openApp(page, 'view=compare&from=2021&to=2026&level=3&sort=change.desc&rank=rel');
  await expect(page.getByRole('group', { name: '层级' }).getByRole('button', { name: '项' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(lines(page).locator('th[aria-sort="descending"]')).toContainText('变化');
  await expect(lines(page).locator('tbody tr').first()).toContainText('信息化建设');
  await expect(lines(page).locator('tbody tr').last()).toContainText('医疗保障经办事务');
  await expect(page.getByRole('button', { name: '按变化率' })).toHaveAttribute('aria-pressed', 'true');

  await openApp(page, 'view=compare&from=2026&to=2021&lang=en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What changed from 2026 to 2021');
  await expect(page.getByLabel('From', { exact: true })).toHaveValue('2026');
  await expect(page.getByTestId('change-total').locator('data')).toHaveAttribute('value', '-53639128');
});

test('a third document added to the data appears in the pickers and compares', async ({ page }) => {
  // 2027: the real 2026 document with 信息化建设 one million yuan higher (and its parents).
  const doc = JSON.parse(readFileSync('public/data/shanghai-hsa-2026.json', 'utf8'));
  doc.id = 'shanghai-hsa-2027';
  doc.year = 2027;
  const million = doc.schemaVersion === 1 ? 1_000_000 : 100_000_000; // money: yuan in contract version 1, fen from 2
  for (const row of doc.tables.expenditureByFunction) {
    if (['210', '21015', '2101504'].includes(row.code)) {
      row.total += million;
      row.project += million;
    }
  }
  doc.tableTotals.expenditureByFunction.total += million;
  const body = JSON.stringify(doc);
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 16);
  await page.route('**/data/departments/shanghai-hsa.json', async (route) => {
    const response = await route.fetch();
    const index = await response.json();
    const entry = {
      id: doc.id,
      year: 2027,
      department: doc.department,
      level: 'municipal',
      district: null,
      kind: 'department',
    };
    index.documents.push({ ...entry, file: 'shanghai-hsa-2027.json', hash, bytes: Buffer.byteLength(body) });
    await route.fulfill({ response, body: JSON.stringify(index) });
  });
  await page.route('**/data/shanghai-hsa-2027.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body }),
  );

  await openApp(page, 'view=compare');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('2021年与2027年相比有何变化');
  await expect(page.getByLabel('到', { exact: true })).toHaveValue('2027');
  await page.getByLabel('从', { exact: true }).selectOption('2026');
  await expect(page).toHaveURL(/from=2026&to=2027/);
  await expect(page.getByTestId('change-total').locator('data')).toHaveText('+100.00万元');
  await expect(page.getByTestId('change-total').locator('data')).toHaveAttribute('value', '1000000');
  const row = lineRow(page, '信息化建设');
  await expect(row.locator('td[data-exact="+1,000,000元"]')).toHaveCount(1);
  // Same projects: all continue by their title, the two 信息化运维 told apart by implementer.
  await expect(page.getByTestId('project-match')).toHaveCount(6);
  await expect(page.getByTestId('projects-ended')).toContainText('无');
  await expect(page.getByTestId('timeline-expenditure').getByRole('table')).toContainText('2027');
});

test('budget units, projects matched with their reason, 三公 and the timeline', async ({ page }) => {
  await openApp(page, 'view=compare');
  const units = page.getByTestId('budget-units');
  await expect(units).toContainText('2021年有4个预算单位，2026年有3个');
  await expect(units.getByRole('listitem').filter({ hasText: '上海市医疗保险监督检查所' })).toContainText(
    '2026年不再列示',
  );
  const hotline = page.getByTestId('project-match').filter({ hasText: '962218服务热线智能咨询平台' });
  await expect(hotline).toContainText('热线服务保障经费');
  await expect(hotline).toContainText('热线号码由962218改为12393');
  await expect(page.getByTestId('projects-ended')).toContainText('医疗保险监管档案整理费');
  await expect(page.getByTestId('projects-added')).toContainText('政府聘用辅助人员经费');
  await expect(page.getByTestId('figures-three-public')).toContainText('208.70万元');
  const timeline = page.getByTestId('timeline-expenditure').getByRole('table');
  await expect(timeline.getByRole('row', { name: /^2020/ })).toContainText('34,699万元');
  await expect(timeline.getByRole('row', { name: /^2020/ })).toContainText('由2021年文件推算');
  await expect(timeline.getByRole('row', { name: /^2025/ })).toContainText('25,758万元');
  const threePublic = page.getByTestId('timeline-threePublic').getByRole('table');
  await expect(threePublic.getByRole('row', { name: /^2025/ })).toContainText('208.70万元');

  // In English a project is named by our translation, its printed name beside it.
  await openApp(page, 'view=compare&lang=en');
  const hotlineEn = page.getByTestId('project-match').filter({ hasText: '962218服务热线智能咨询平台' });
  await expect(hotlineEn).toContainText('962218 service hotline smart enquiry platform (962218服务热线智能咨询平台)');
  await expect(hotlineEn).toContainText('Hotline service funding (热线服务保障经费)');
});

for (const lang of ['zh-CN', 'en'] as const) {
  test(`axe finds no violations (${lang}), with descriptions and tables open`, async ({ page }) => {
    test.slow(); // a long page with every table open: axe needs a while on a shared machine
    await openApp(page, `view=compare&lang=${lang}`);
    await allCardsDrawn(page);
    const describe = page.getByRole('button', { name: lang === 'en' ? 'Describe' : '文字描述', exact: true });
    await expect(describe).toHaveCount(13);
    for (const button of await describe.all()) await button.click();
    // Each click renames the button ("Hide table"), so take the first remaining one each time.
    const show = page.getByRole('button', { name: lang === 'en' ? 'Show table' : '显示表格', exact: true });
    while ((await show.count()) > 0) await show.first().click();
    await page.waitForTimeout(200);
    const results = await new AxeBuilder({ page }).analyze();
    expect(
      results.violations.map(
        (v) =>
          `${v.id}: ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(' | ')}`,
      ),
    ).toEqual([]);
  });
}

test('the timelines show exact table totals, and derived years only as precise as printed', async ({ page }) => {
  await openApp(page, 'view=compare&unit=yuan');
  const timeline = page.getByTestId('timeline-expenditure');
  // Its chart is drawn as the reader nears it (src/components/deferred/use-near.ts).
  await timeline.scrollIntoViewIfNeeded();
  const table = timeline.getByRole('table');
  // 2021: the table total to the yuan, with the text's rounded 24,653万元 quoted as printed.
  await expect(table.getByRole('row', { name: /^2021/ })).toContainText('246,530,872元');
  await expect(table.getByRole('row', { name: /^2021/ })).toContainText('文件表述：24,653万元');
  // 2020 is derived from "减少10,046万元": approximate, never with invented exact digits.
  await expect(table.getByRole('row', { name: /^2020/ })).toContainText('约346,990,000元');
  await expect(timeline.locator('svg.recharts-surface')).toContainText('约346,990,000元');
  await expect(timeline.locator('svg.recharts-surface')).toContainText('246,530,872元');
  await expect(timeline).not.toContainText('246,530,000元');
  await expect(page.getByTestId('timeline-threePublic').getByRole('row', { name: /^2025/ })).toContainText(
    '约2,087,000元',
  );

  await openApp(page, 'view=compare&lang=en&unit=mid');
  const en = page.getByTestId('timeline-expenditure').getByRole('table');
  await expect(en.getByRole('row', { name: /^2020/ })).toContainText('≈ CNY 346,990 thousand');
  await expect(en.getByRole('row', { name: /^2021/ })).toContainText('CNY 246,530.9 thousand');
});

test('stated figures keep their printed precision: 754.813万元, zero read the same in both years', async ({ page }) => {
  await openApp(page, 'view=compare');
  await expect(page.getByTestId('projects-added')).toContainText('754.813万元');
  const works = page.getByTestId('figures-procurement').getByRole('row', { name: /^工程/ });
  await expect(works.locator('td').nth(0)).toHaveText('0.00万元');
  await expect(works.locator('td').nth(1)).toHaveText('0.00万元');
});

test('shares of tiny change read "+0.04个百分点" or "约0个百分点", never "+<0.1"', async ({ page }) => {
  await openApp(page, 'view=compare&level=all');
  const points = page.locator('#compare-lines td.col-signedPoints');
  await expect(points.filter({ hasText: '约0个百分点' }).first()).toBeVisible();
  await expect(points.filter({ hasText: '+0.04个百分点' }).first()).toBeVisible();
  expect((await points.allTextContents()).filter((text) => text.includes('<'))).toEqual([]);
  await openApp(page, 'view=compare&level=all&lang=en');
  await expect(points.filter({ hasText: 'about 0 pp' }).first()).toBeVisible();
});

test('the same year on both sides: a notice says what is shown instead, and the pickers do not offer it', async ({
  page,
}) => {
  await openApp(page, 'view=compare&from=2026&to=2026');
  await expect(page.getByTestId('same-year-notice')).toBeVisible();
  await expect(page.getByTestId('same-year-notice')).toHaveText(
    '同一年份不能与自身比较：链接要求比较2026年与2026年，现显示2026年与2021年的比较。',
  );
  await expect(page.getByLabel('从', { exact: true }).locator('option[value="2021"]')).toBeDisabled();
  await expect(page.getByLabel('到', { exact: true }).locator('option[value="2026"]')).toBeDisabled();
  await openApp(page, 'view=compare&from=2021&to=2021&lang=en');
  await expect(page.getByTestId('same-year-notice')).toContainText('A year cannot be compared with itself');
  await openApp(page, 'view=compare');
  await expect(page.getByTestId('same-year-notice')).toHaveCount(0);
});

test('English uses the overview’s terms for “three public” expenses', async ({ page }) => {
  await openApp(page, 'view=compare&lang=en');
  await expect(page.getByRole('navigation', { name: 'Sections of the comparison' })).toContainText(
    '“Three public” expenses, procurement, performance',
  );
  await expect(page.getByRole('navigation', { name: 'Sections of the comparison' })).not.toContainText('三公');
  const figures = page.getByTestId('figures-three-public');
  for (const term of [
    '“Three public” expenses, total',
    'Official trips abroad',
    'Official hospitality',
    'Agency operating expenses',
  ])
    await expect(figures).toContainText(term);
});

for (const lang of ['zh-CN', 'en'] as const) {
  test(`no sideways scrolling on a 390 px phone (${lang}), labels of the timeline kept whole`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openApp(page, `view=compare&lang=${lang}`);
    await expect(page.getByTestId('change-treemap').locator('.tm-list')).toBeVisible();
    await allCardsDrawn(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // Every value label of the timeline lies within the chart.
    await page.getByTestId('timeline-expenditure').scrollIntoViewIfNeeded();
    const chart = page.getByTestId('timeline-expenditure').locator('svg.recharts-surface');
    // A chart draws its axes before its bars (charts/stages.ts): wait for the labels, one per year at least.
    await expect.poll(() => chart.locator('.cmp-bar-value').count()).toBeGreaterThanOrEqual(2);
    const box = (await chart.boundingBox())!;
    for (const label of await chart.locator('.cmp-bar-value').all()) {
      const b = (await label.boundingBox())!;
      expect(b.x).toBeGreaterThanOrEqual(box.x - 1);
      expect(b.x + b.width).toBeLessThanOrEqual(box.x + box.width + 1);
      expect(b.y).toBeGreaterThanOrEqual(box.y - 1);
    }
  });
}

test('a compare chart shares CSV, JSON, embed code, a unit line and a link naming the comparison', async ({ page }) => {
  await openApp(page, 'view=compare&cls=economic&rank=rel');
  const bars = page.getByTestId('change-bars');
  // The share menu is offered once the chart is drawn, and the chart is drawn as the reader nears it.
  await bars.scrollIntoViewIfNeeded();
  await bars.getByRole('button', { name: /^分享与下载/ }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('textbox', { name: /^链接/ })).toHaveValue(/from=2021&to=2026&cls=economic.*rank=rel/);
  await expect(dialog.getByLabel('嵌入代码')).toHaveValue(/chart=compare-bars-economic&amp;years=2021,2026/);
  const csv = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'CSV 数据' }).click();
  const text = readFileSync((await (await csv).path())!, 'utf8');
  expect(text.split('\r\n')[0]).toBe('\uFEFF编码,科目,状态,2021年（元）,2026年（元）,变化（元）,变化率（%）');
  expect(text).toContain('30302,退休费,新增,,1182496,,');
  const svg = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'SVG 矢量图' }).click();
  const picture = readFileSync((await (await svg).path())!, 'utf8');
  expect(picture).toContain('2021年与2026年 · 单位：%');
  await dialog.getByRole('button', { name: '关闭' }).click();

  const timeline = page.getByTestId('timeline-expenditure');
  await timeline.scrollIntoViewIfNeeded();
  await timeline.getByRole('button', { name: /^分享与下载/ }).click();
  const json = page.waitForEvent('download');
  await page.getByRole('dialog').getByRole('button', { name: 'JSON 数据' }).click();
  const data = JSON.parse(readFileSync((await (await json).path())!, 'utf8'));
  expect(data.rows).toContainEqual(expect.objectContaining({ year: '2021', amount: 246530872, printed: '24,653万元' }));
  expect(data.rows).toContainEqual(expect.objectContaining({ year: '2020', amount: 346990000, precision: 10000 }));
  const picture2 = page.waitForEvent('download');
  await page.getByRole('dialog').getByRole('button', { name: 'SVG 矢量图' }).click();
  expect(readFileSync((await (await picture2).path())!, 'utf8')).toContain('单位：万元');
});
