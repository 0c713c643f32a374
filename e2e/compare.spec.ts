// Issue 4: compare two years. The totals and lines are computed in the browser from the two
// documents; new and removed lines are labelled, the change treemap drills, a link restores the
// comparison, a third document added to the data appears and compares, and axe is clean.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openApp, watchConsole } from './helpers/app';

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
});

test('a deep link restores years, level, sort and chart order', async ({ page }) => {
  await openApp(page, 'view=compare&from=2021&to=2026&level=3&sort=change.desc&rank=rel');
  await expect(page.getByRole('group', { name: '层级' }).getByRole('button', { name: '项' })).toHaveAttribute('aria-pressed', 'true');
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
  for (const row of doc.tables.expenditureByFunction) {
    if (['210', '21015', '2101504'].includes(row.code)) {
      row.total += 1_000_000;
      row.project += 1_000_000;
    }
  }
  doc.tableTotals.expenditureByFunction.total += 1_000_000;
  const body = JSON.stringify(doc);
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 16);
  await page.route('**/data/index.json', async (route) => {
    const response = await route.fetch();
    const index = await response.json();
    index.documents.push({ id: doc.id, year: 2027, department: doc.department, file: 'shanghai-hsa-2027.json', hash, bytes: Buffer.byteLength(body) });
    await route.fulfill({ response, body: JSON.stringify(index) });
  });
  await page.route('**/data/shanghai-hsa-2027.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));

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
  await expect(units.getByRole('listitem').filter({ hasText: '上海市医疗保险监督检查所' })).toContainText('2026年不再列示');
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
});

for (const lang of ['zh-CN', 'en'] as const) {
  test(`axe finds no violations (${lang}), with descriptions and tables open`, async ({ page }) => {
    test.slow(); // a long page with every table open: axe needs a while on a shared machine
    await openApp(page, `view=compare&lang=${lang}`);
    const describe = page.getByRole('button', { name: lang === 'en' ? 'Describe' : '文字描述', exact: true });
    for (const button of await describe.all()) await button.click();
    // Each click renames the button ("Hide table"), so take the first remaining one each time.
    const show = page.getByRole('button', { name: lang === 'en' ? 'Show table' : '显示表格', exact: true });
    while ((await show.count()) > 0) await show.first().click();
    await page.waitForTimeout(200);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
  });
}
