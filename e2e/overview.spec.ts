// Issue 3, overview: each year's total with the change the document states, "三公" in the chosen
// unit, the one-sentence summary in both languages, glossary definitions on keyboard focus,
// links into the other views, and no axe violations.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openApp, watchConsole } from './helpers/app';

async function tabTo(page: Page, name: string): Promise<void> {
  for (let i = 0; i < 60; i += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    if (focused === name) return;
  }
  throw new Error(`could not reach "${name}" with Tab`);
}

test('shows the stated change, "三公" and the summary in Chinese', async ({ page }) => {
  const console = watchConsole(page);
  await openApp(page);
  // The document's own statement, with its wording, and marked as the document's.
  await expect(page.getByTestId('change-2026')).toHaveText('文件表述：▲ 财政拨款支出预算比2025年预算增加4,259万元');
  await expect(page.getByTestId('change-2021')).toContainText('比2020年预算减少10,046万元');
  // "三公" 2026: 1,937,000 yuan, printed 193.70万元.
  const threePublic2026 = page.getByTestId('three-public-total').locator('td[data-year="2026"]');
  await expect(threePublic2026).toHaveText('193.70万元');
  await expect(threePublic2026.locator('data')).toHaveAttribute('value', '1937000');
  await expect(page.getByTestId('three-public-agencyOperation').locator('td[data-year="2026"]')).toHaveText(
    '1,741.76万元',
  );
  await expect(page.getByTestId('summary-2026')).toHaveText(
    '2026年预算支出30,017.00万元，比2025年增加4,259万元；其中项目支出占56.3%，最大的一项是信息化建设（7,758.61万元）。',
  );
  await expect(page.getByTestId('summary-2021')).toContainText('比2020年减少10,046万元');
  await expect(page.getByTestId('personnel-public-2026')).toContainText('10,901.00万元');
  await expect(page.getByTestId('top-2026').getByRole('listitem').first()).toContainText('信息化建设');
  expect(console.errors).toEqual([]);
});

test('the chosen unit applies: "三公" in yuan', async ({ page }) => {
  await openApp(page, 'unit=yuan');
  await expect(page.getByTestId('three-public-total').locator('td[data-year="2026"]')).toHaveText('1,937,000元');
  // A stated change keeps its meaning in any unit: 4,259万元 is about 42,590,000 yuan. The
  // document gave no digit below 万, so in yuan the figure says it is approximate.
  await expect(page.getByTestId('change-2026')).toContainText('增加约42,590,000元');
  await expect(page.getByTestId('summary-2026')).toContainText('比2025年增加约42,590,000元');
  await expect(page.getByTestId('summary-2021')).toContainText('比2020年减少约100,460,000元');
  await openApp(page, 'unit=yuan&lang=en');
  await expect(page.getByTestId('change-2026')).toContainText('≈ CNY 42,590,000');
});

test('a new visit without a unit in its link uses the unit last chosen; a unit in the link wins, auto too', async ({
  page,
}) => {
  await openApp(page);
  await page.getByRole('combobox', { name: '单位' }).selectOption('yuan');
  await expect(page).toHaveURL(/unit=yuan/);
  const total2026 = page.getByTestId('three-public-total').locator('td[data-year="2026"]');
  await expect(total2026).toHaveText('1,937,000元');
  expect(await page.evaluate(() => localStorage.getItem('hsa-budget.unit'))).toBe('yuan');

  // A new visit: another document, not a change of the hash.
  const visit = async (hash: string) => {
    await page.goto('about:blank');
    await openApp(page, hash);
  };
  await visit('view=overview');
  await expect(total2026).toHaveText('1,937,000元');
  await expect(page.getByRole('combobox', { name: '单位' })).toHaveValue('yuan');
  await visit('view=overview&unit=large');
  await expect(total2026).toHaveText('0.0194亿元');
  await visit('view=overview&unit=auto');
  await expect(total2026).toHaveText('193.70万元');

  // Choosing auto is remembered too, and written to the link so it wins at once.
  await visit('view=overview');
  await page.getByRole('combobox', { name: '单位' }).selectOption('auto');
  await expect(page).toHaveURL(/unit=auto/);
  await expect(total2026).toHaveText('193.70万元');
  await visit('view=overview');
  await expect(total2026).toHaveText('193.70万元');
});

for (const lang of ['zh-CN', 'en'] as const) {
  test(`on a phone (390 px) the "三公" table fits, both years whole (${lang})`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openApp(page, `lang=${lang}`);
    const table = page.getByTestId('three-public-table');
    await table.scrollIntoViewIfNeeded();
    const box = table.locator('xpath=..');
    await expect.poll(() => box.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    // Nothing to scroll: no shadow and no extra tab stop.
    await expect(box.locator('xpath=..')).toHaveAttribute('data-more-end', 'false');
    await expect(box).not.toHaveAttribute('tabindex');
  });
}

test('on a phone with large text, the "三公" table scrolls inside its box, with a shadow and a tab stop', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openApp(page, 'lang=en&unit=yuan');
  // The reader's larger default text (through the CSSOM: the page's CSP allows no inline style).
  await page.evaluate(() => (document.documentElement.style.fontSize = '26px'));
  const box = page.getByRole('region', { name: '“Three public” expenses and agency operating expenses (scroll area)' });
  await expect.poll(() => box.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeGreaterThan(0);
  await expect(box).toHaveAttribute('tabindex', '0');
  await expect(box.locator('xpath=..')).toHaveAttribute('data-more-end', 'true');
  // The table scrolls in its box; the box stays within its card.
  expect(
    await box.evaluate((el) => el.getBoundingClientRect().right - el.closest('section')!.getBoundingClientRect().right),
  ).toBeLessThanOrEqual(0);
});

test('summary and stated change in English', async ({ page }) => {
  await openApp(page, 'lang=en');
  await expect(page.getByTestId('summary-2026')).toHaveText(
    'The 2026 budget spends CNY 300.17 million, CNY 42.59 million more than in 2025; project spending is 56.3% of it, and the largest item is Information systems development (CNY 77.59 million).',
  );
  await expect(page.getByTestId('change-2026')).toContainText(
    'Fiscal appropriation expenditure up CNY 42.59 million on the 2025 budget',
  );
  await expect(page.getByTestId('change-2026')).toContainText('增加4,259万元');
  await expect(page.getByTestId('three-public-total').locator('td[data-year="2026"]')).toHaveText('CNY 1.94 million');
});

test('a glossary term shows its definition on keyboard focus and Escape closes it', async ({ page }) => {
  await openApp(page);
  await page.getByRole('heading', { level: 1 }).click();
  await tabTo(page, '基本支出');
  const term = page.locator(':focus');
  const tooltip = page.getByRole('tooltip');
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText('包括人员经费和公用经费两部分');
  await expect(tooltip).toContainText('2026');
  await expect(term).toHaveAccessibleDescription(/为保障其机构正常运转/);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('tooltip')).toHaveCount(0);
  // Hover shows it too.
  await page.getByRole('article', { name: '2026 年预算' }).getByRole('button', { name: '项目支出' }).hover();
  await expect(page.getByRole('tooltip')).toContainText('在基本支出之外编制的年度支出计划');
  // The hover tooltip stays while the pointer rests on the term (WCAG 1.4.13); move away first.
  await page.mouse.move(0, 0);
  await expect(page.getByRole('tooltip')).toHaveCount(0);
  // In English the definition is the translation.
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByTestId('three-public-table').getByRole('button', { name: 'Agency operating expenses' }).focus();
  await expect(page.getByRole('tooltip')).toContainText('day-to-day public-use expenses');
});

test('links go on to explore, tables and projects of the year', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('top-2026').getByRole('link', { name: '信息化建设' }).click();
  await expect(page).toHaveURL(/view=explore&year=2026&path=210\.21015\.2101504/);
  await page.goBack();
  await page
    .getByRole('navigation', { name: '2021 年的更多内容' })
    .getByRole('link', { name: /项目说明/ })
    .click();
  await expect(page).toHaveURL(/view=projects&year=2021/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('2021');
});

test('overview has no axe violations in the dark theme, with a definition open', async ({ page }) => {
  await openApp(page, 'theme=dark');
  await page.getByTestId('three-public-table').getByRole('button').first().focus();
  await expect(page.getByRole('tooltip')).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations).toEqual([]);
});

for (const lang of ['zh-CN', 'en'] as const) {
  test(`overview has no axe violations (${lang})`, async ({ page }) => {
    await openApp(page, lang === 'en' ? 'lang=en' : '');
    await page.getByTestId('summary-2026').waitFor();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations).toEqual([]);
  });
}

test('two quick clicks in the nav: the later one wins, even when the first view is slower to load', async ({
  page,
}) => {
  await page.route('**/assets/ExploreView-*.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 800));
    await route.continue();
  });
  await openApp(page, 'view=compare'); // compare's chunk is here: its click switches at once
  const nav = page.getByRole('navigation', { name: '视图' });
  await nav.getByRole('link', { name: '概览', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('概览');
  // Two clicks a moment apart: explore's waits for its slow chunk, compare's switches at once.
  await page.evaluate(() => {
    const link = (href: string) => document.querySelector<HTMLAnchorElement>(`nav a[href="${href}"]`)!;
    link('#view=explore').click();
    link('#view=compare').click();
  });
  await expect(page.getByRole('heading', { level: 1 })).toContainText('相比有何变化');
  await page.waitForTimeout(1200); // the explore chunk has arrived meanwhile
  await expect(page).toHaveURL(/#view=compare$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('相比有何变化');
});
