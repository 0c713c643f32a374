// Issue: the first screen shows both years' totals exactly as the documents give them, the language
// switch changes the text and <html lang>, and a corrupted data file brings up the error screen.
import { expect, test } from '@playwright/test';
import { openApp, watchConsole } from './helpers/app';

test('shows both years in Chinese, in 万元 by default', async ({ page }) => {
  const console = watchConsole(page);
  await openApp(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('上海市医疗保障局');
  // 300,170,000 yuan and 246,530,872 yuan as the documents give them, in 万元.
  await expect(page.getByTestId('total-2026')).toHaveText('30,017.00万元');
  await expect(page.getByTestId('total-2021')).toHaveText('24,653.09万元');
  await expect(page.getByTestId('total-2026').locator('data')).toHaveAttribute('value', '300170000');
  await expect(page.getByTestId('total-2021').locator('data')).toHaveAttribute('value', '246530872');
  await expect(page.getByTestId('basic-2026')).toHaveText('13,106.00万元');
  await expect(page.getByTestId('project-2026')).toHaveText('16,911.00万元');
  await expect(page.getByTestId('basic-2021')).toHaveText('9,335.25万元');
  await expect(page.getByTestId('project-2021')).toHaveText('15,317.84万元');
  expect(console.errors).toEqual([]);
});

test('switches to English: text, figures in CNY million, <html lang> and the URL', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Shanghai Healthcare Security Administration');
  await expect(page.getByTestId('total-2026')).toHaveText('CNY 300.17 million');
  await expect(page.getByTestId('total-2021')).toHaveText('CNY 246.53 million');
  await expect(page).toHaveURL(/lang=en/);
  // Remembered: a fresh visit without the parameter stays in English.
  await page.goto('./');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('button', { name: '中文' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByTestId('total-2026')).toHaveText('30,017.00万元');
});

test('a corrupted data file brings up the error screen, and retry recovers', async ({ page }) => {
  let corrupt = true;
  await page.route('**/data/shanghai-hsa-2026.json', async (route) => {
    if (!corrupt) return route.continue();
    const response = await route.fetch();
    const body = await response.text();
    await route.fulfill({ response, body: body.slice(0, body.length / 2) });
  });
  await page.goto('./');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('预算数据无法加载');
  await expect(alert).toContainText('data/shanghai-hsa-2026.json');
  await expect(alert).toContainText('不是有效的 JSON');
  corrupt = false;
  await alert.getByRole('button', { name: '重试' }).click();
  await expect(page.getByTestId('total-2026')).toHaveText('30,017.00万元');
});

test('a missing data file names the file, in English too', async ({ page }) => {
  await page.route('**/data/departments/shanghai-hsa.json', (route) =>
    route.fulfill({ status: 404, body: 'not found' }),
  );
  await page.goto('./#lang=en');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The budget data could not be loaded');
  await expect(alert).toContainText('data/departments/shanghai-hsa.json');
  await expect(alert).toContainText('HTTP 404');
});
