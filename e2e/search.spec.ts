// Issue 3, header search: one box finds a line of either year (by name or code) or a project, and
// goes to it; operated entirely by keyboard as an ARIA combobox.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { openApp } from './helpers/app';

test('"信息化建设" offers both years; Enter goes to explore at 2101504', async ({ page }) => {
  await openApp(page);
  const box = page.getByRole('combobox', { name: '搜索科目、编码或项目' });
  await box.fill('信息化建设');
  await expect(box).toHaveAttribute('aria-expanded', 'true');
  const options = page.getByRole('listbox', { name: '搜索结果' }).getByRole('option');
  await expect(options.nth(0)).toContainText('2026 年');
  await expect(options.nth(0)).toContainText('2101504');
  await expect(options.nth(0)).toContainText('7,758.61万元');
  await expect(options.nth(1)).toContainText('2021 年');
  await expect(options.nth(1)).toContainText('2101504');
  await expect(options.nth(1)).toContainText('3,540.95万元');
  await box.press('Enter');
  await expect(page).toHaveURL(/view=explore&year=2026&path=210\.21015\.2101504/);
  await expect(box).toHaveValue('');
});

test('arrow keys choose another result; Escape closes, then clears', async ({ page }) => {
  await openApp(page);
  const box = page.getByRole('combobox', { name: '搜索科目、编码或项目' });
  await box.fill('信息化建设');
  await box.press('ArrowDown');
  await box.press('ArrowDown');
  const second = page.getByRole('option').nth(1);
  await expect(second).toHaveAttribute('aria-selected', 'true');
  await expect(box).toHaveAttribute('aria-activedescendant', (await second.getAttribute('id'))!);
  await box.press('Escape');
  await expect(box).toHaveAttribute('aria-expanded', 'false');
  await expect(box).toHaveValue('信息化建设');
  await box.press('Escape');
  await expect(box).toHaveValue('');
  await box.fill('信息化建设');
  await box.press('ArrowDown');
  await box.press('ArrowDown');
  await box.press('Enter');
  await expect(page).toHaveURL(/view=explore&year=2021&path=210\.21015\.2101504/);
});

test('finds a code, an economic line and a project, and goes to the project', async ({ page }) => {
  await openApp(page);
  const box = page.getByRole('combobox', { name: '搜索科目、编码或项目' });
  await box.fill('30217');
  await expect(page.getByRole('option').first()).toContainText('公务接待费');
  await expect(page.getByRole('option').first()).toContainText('经济分类');
  await box.fill('热线服务保障经费');
  const option = page.getByRole('option').filter({ hasText: '热线服务保障经费' });
  await expect(option).toContainText('2,408.84万元');
  // A project's amount as precise as printed, as in the Projects view: 754.813万元, not 754.81万元.
  await box.fill('少儿学生');
  await expect(page.getByRole('option').filter({ hasText: '少儿学生基本医疗保障工作专项' })).toContainText(
    '754.813万元',
  );
  await box.fill('热线服务保障经费');
  await option.click();
  await expect(page).toHaveURL(/view=projects&year=2026&project=p\d+/);
  await expect(page.locator('.project-list details[open]')).toContainText('热线服务保障经费');
});

test('English names are searchable and shown in English', async ({ page }) => {
  await openApp(page, 'lang=en');
  const box = page.getByRole('combobox', { name: 'Search lines, codes or projects' });
  await box.fill('information systems');
  await expect(page.getByRole('option').first()).toContainText('Information systems development');
  await expect(page.getByRole('option').first()).toContainText('CNY 77.59 million');
  await box.press('Enter');
  await expect(page).toHaveURL(/view=explore&year=2026&path=210\.21015\.2101504/);
});

test('in English, "hotline" finds the projects by our English name and goes to 热线服务保障经费', async ({ page }) => {
  await openApp(page, 'lang=en');
  const box = page.getByRole('combobox', { name: 'Search lines, codes or projects' });
  await box.fill('hotline');
  const options = page.getByRole('listbox', { name: 'Search results' }).getByRole('option');
  const first = options.first();
  await expect(first).toContainText('2026');
  await expect(first).toContainText('Hotline service funding');
  await expect(first.locator('[lang="zh-CN"]').first()).toHaveText('热线服务保障经费');
  await expect(options.filter({ hasText: '962218 service hotline' })).toContainText('2021');
  await box.press('Enter');
  await expect(page).toHaveURL(/view=projects&year=2026&project=p\d+/);
  await expect(page.locator('.project-list details[open]')).toContainText('Hotline service funding');
});

for (const lang of ['zh-CN', 'en'] as const) {
  test(`the open result list has no axe violations (${lang})`, async ({ page }) => {
    await openApp(page, lang === 'en' ? 'lang=en' : '');
    const box = page.getByRole('combobox', {
      name: lang === 'en' ? 'Search lines, codes or projects' : '搜索科目、编码或项目',
    });
    await box.fill(lang === 'en' ? 'information' : '信息化');
    await box.press('ArrowDown');
    await expect(page.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations).toEqual([]);
  });
}
