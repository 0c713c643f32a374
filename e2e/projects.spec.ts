// Issue 3, projects and about: find a project by a word of its description and see its amount in
// the chosen unit, a project without an amount says so, a link opens one project, the budget
// units of each year, and no axe violations in either language.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { openApp, watchConsole } from './helpers/app';

test('search "12393" finds the hotline project with its amount, in 万元 and in yuan', async ({ page }) => {
  const console = watchConsole(page);
  await openApp(page, 'view=projects&year=2026');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('2026 年项目经费情况说明');
  await page.getByRole('searchbox', { name: '搜索项目' }).fill('12393');
  await expect(page).toHaveURL(/q=12393/);
  const items = page.locator('.project-list > li');
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText('热线服务保障经费');
  await expect(items.first().locator('.project-amount data')).toHaveText('2,408.84万元');
  await expect(items.first().locator('.project-amount data')).toHaveAttribute('value', '24088400');
  await expect(page.locator('#projects-count')).toHaveText(/6 个项目中有 1 个符合“12393”/);
  // Open it: the URL remembers the project, the body shows the published text.
  await items.first().locator('summary').click();
  await expect(page).toHaveURL(/project=p\d+/);
  await expect(items.first()).toContainText('坐席租赁费');
  // The unit switch applies here too.
  await page.getByLabel('单位').selectOption('yuan');
  // The document printed 2408.84万元: in yuan the last two digits are not its own, so "约".
  await expect(items.first().locator('.project-amount data')).toHaveText('约24,088,400元');
  await expect(items.first().locator('.project-printed')).toContainText('2408.84万元');
  expect(console.errors).toEqual([]);
});

test('in English, "hotline" finds 热线服务保障经费 by our English name, shown over the published name', async ({
  page,
}) => {
  const console = watchConsole(page);
  await openApp(page, 'view=projects&year=2026&lang=en');
  await page.getByRole('searchbox', { name: 'Search projects' }).fill('hotline');
  const items = page.locator('.project-list > li');
  await expect(items).toHaveCount(1);
  await expect(items.first().locator('.project-name')).toHaveText('Hotline service funding (our translation)');
  await expect(items.first().locator('.project-name-published [lang="zh-CN"]')).toHaveText('热线服务保障经费');
  await expect(page.locator('#projects-count')).toHaveText('1 of 6 projects match “hotline”');
  await expect(page.getByRole('note')).toContainText('English name is our translation');
  // 2021 has the 962218 hotline; any case finds it.
  await page.getByRole('group', { name: 'Budget year' }).getByRole('button', { name: '2021' }).click();
  await page.getByRole('searchbox', { name: 'Search projects' }).fill('HOTLINE');
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText('962218 service hotline');
  await expect(items.first()).toContainText('962218服务热线智能咨询平台');
  // In Chinese the English name still finds it; the title is the published name.
  await page.getByRole('button', { name: '中文' }).click();
  await expect(items).toHaveCount(1);
  await expect(items.first().locator('.project-name')).toHaveText('962218服务热线智能咨询平台');
  expect(console.errors).toEqual([]);
});

test('a project amount is as precise as printed: 754.813万元, not rounded to the unit', async ({ page }) => {
  await openApp(page, 'view=projects&year=2026');
  const amounts = page.locator('.project-list > li .project-amount data');
  await expect(amounts.filter({ hasText: '754.813万元' })).toHaveCount(1);
  await expect(amounts.filter({ hasText: '754.81万元' })).toHaveCount(0);
});

test('a project whose document gives no amount says so, in both languages', async ({ page }) => {
  await openApp(page, 'view=projects&year=2026');
  const item = page.locator('.project-list > li').filter({ hasText: '政府聘用辅助人员经费' });
  await expect(item).toContainText('文件未给出本项目的年度预算金额');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(item).toContainText('The document gives no annual amount for this project');
  await expect(page.getByRole('note')).toContainText('published in Chinese only');
});

test('a link to a project opens it and scrolls it into view; its function line links to explore', async ({ page }) => {
  await openApp(page, 'view=projects&year=2026');
  const last = page.locator('.project-list > li details').last();
  const id = await last.getAttribute('id');
  const project = id!.replace('project-', '');
  await openApp(page, `view=projects&year=2026&project=${project}`);
  const details = page.locator(`#project-${project}`);
  await expect(details).toHaveAttribute('open', '');
  await expect(details.locator('summary')).toBeInViewport();
  // The 2026 信息化建设 project belongs to 2101504 (the document allows it); its link goes to explore there.
  await openApp(page, 'view=projects&year=2026&q=信息化建设');
  const build = page.locator('.project-list > li').filter({ hasText: '信息化建设' }).first();
  await build.locator('summary').click();
  const line = build.locator('.project-line');
  await expect(line).toContainText('2101504');
  await line.getByRole('link', { name: '在探索视图中查看' }).click();
  await expect(page).toHaveURL(/view=explore&year=2026&path=210\.21015\.2101504/);
});

test("about lists each year's budget units: 监督检查所 in 2021, not in 2026", async ({ page }) => {
  await openApp(page, 'view=about');
  await expect(page.getByTestId('units-2021')).toContainText('上海市医疗保险监督检查所');
  await expect(page.getByTestId('units-2021').getByRole('listitem')).toHaveCount(4);
  await expect(page.getByTestId('units-2026')).not.toContainText('上海市医疗保险监督检查所');
  await expect(page.getByTestId('units-2026').getByRole('listitem')).toHaveCount(3);
  await expect(page.getByTestId('glossary-2026')).toContainText('机关运行经费');
  await page.getByRole('group', { name: '预算年度' }).getByRole('button', { name: '2021 年' }).click();
  await expect(page).toHaveURL(/year=2021/);
  await expect(page.getByTestId('glossary-2021')).toContainText('基本支出预算');
});

for (const lang of ['zh-CN', 'en'] as const) {
  for (const view of ['projects', 'about'] as const) {
    test(`${view} has no axe violations (${lang})`, async ({ page }) => {
      const extra = view === 'projects' ? '&project=p01' : '';
      await openApp(page, `view=${view}${extra}${lang === 'en' ? '&lang=en' : ''}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations).toEqual([]);
    });
  }
}
