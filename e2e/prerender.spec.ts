// Issue 7: the first screens (the overview, explore) are rendered into index.html at build time,
// so the first figures paint before any script runs. Each must equal what the app then shows,
// appear only for a visit that starts on its view, never outlive a failed data load, and break no
// Content-Security-Policy rule.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { openApp, watchConsole } from './helpers/app';
import { holdAppScripts } from './helpers/embed';

test('paints the overview before the app script runs, and the app shows the same figures', async ({
  page,
  browser,
}) => {
  await holdAppScripts(page);
  await page.goto('./', { waitUntil: 'domcontentloaded' });
  const prerendered = page.locator('#prerendered');
  await expect(prerendered.getByRole('heading', { level: 1 })).toBeVisible();
  const ids = ['total-2026', 'total-2021', 'basic-2026', 'project-2026', 'basic-2021', 'project-2021'];
  const before = await Promise.all(ids.map((id) => prerendered.getByTestId(id).textContent()));
  const sentence = await prerendered.locator('.view').innerText();

  const live = await browser.newPage();
  await openApp(live);
  const after = await Promise.all(ids.map((id) => live.getByTestId(id).textContent()));
  expect(before).toEqual(after);
  expect(before.every((text) => /\d/.test(text ?? ''))).toBe(true);
  expect(await live.locator('main#main .view').innerText()).toBe(sentence);
  await live.close();
});

test('a link to explore paints its first screen before the app runs: the same list, and only one copy of each id', async ({
  page,
  browser,
}) => {
  await holdAppScripts(page);
  await page.goto('./#view=explore', { waitUntil: 'domcontentloaded' });
  const prerendered = page.locator('#prerendered');
  await expect(prerendered.getByRole('heading', { level: 1 })).toHaveText('探索预算');
  await expect(prerendered.getByTestId('total-2026')).toHaveCount(0); // not the overview's markup
  // Cell by cell (text, not layout: the two pages need not be laid out at the same moment).
  const cells = (table: Locator) =>
    table.evaluate((element) => [...element.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim()));
  const list = await cells(prerendered.locator('table.tm-list'));
  const duplicates = await page.evaluate(() => {
    const ids = [...document.querySelectorAll('[id]')].map((element) => element.id);
    return ids.filter((id, i) => ids.indexOf(id) !== i);
  });
  expect(duplicates).toEqual([]);

  const live = await browser.newPage();
  await openApp(live, '#view=explore');
  expect(await cells(live.locator('main#main table.tm-list'))).toEqual(list);
  expect(list).toEqual(expect.arrayContaining(['卫生健康支出›', '26,458.54万元']));
  await live.close();
});

test('a link to compare paints its headline before the app runs, with the figures the app then shows', async ({
  page,
  browser,
}) => {
  await holdAppScripts(page);
  await page.goto('./#view=compare', { waitUntil: 'domcontentloaded' });
  const prerendered = page.locator('#prerendered');
  await expect(prerendered.getByRole('heading', { level: 1 })).toContainText('相比有何变化');
  const ids = ['headline-total', 'headline-basic', 'headline-project'];
  for (const id of ids) await expect(prerendered.getByTestId(id)).toBeVisible();
  // The text, not its layout: innerText's line breaks depend on whether the stylesheet has applied
  // yet, which on a loaded machine it may not have at this moment.
  const text = (id: string) => (page: Page) =>
    page
      .getByTestId(id)
      .first()
      .evaluate((element) => element.textContent?.replace(/\s+/g, ' ').trim());
  const before = await Promise.all(ids.map((id) => text(id)(page)));
  // Each card not drawn yet holds its height at this width, as in the app (compare.css).
  // (Polled: it is the stylesheet that gives the height, and it may still be on its way.)
  const held = () =>
    prerendered.locator('[data-deferred="lines"]').evaluate((element) => element.getBoundingClientRect().height);
  await expect.poll(held).toBeGreaterThan(500);

  const live = await browser.newPage();
  await openApp(live, '#view=compare');
  expect(await Promise.all(ids.map((id) => text(id)(live)))).toEqual(before);
  expect(before.join(' ')).toMatch(/\d/);
  await live.close();
});

test('the links the app writes for explore show its stand-in too, also over a remembered language when they name theirs', async ({
  page,
}) => {
  await holdAppScripts(page);
  await page.goto('./#view=explore&year=2026&unit=auto&lang=zh-CN', { waitUntil: 'domcontentloaded' });
  await expect(page.locator('#prerendered').getByRole('heading', { level: 1 })).toHaveText('探索预算');
  await page.evaluate(() => localStorage.setItem('hsa-budget.lang', 'en'));
  await page.goto('about:blank');
  await page.goto('./#view=explore&year=2026&unit=auto&lang=zh-CN', { waitUntil: 'domcontentloaded' });
  await expect(page.locator('#prerendered').getByRole('heading', { level: 1 })).toHaveText('探索预算');
  await page.goto('about:blank');
  await page.goto('./#view=explore&year=2026', { waitUntil: 'domcontentloaded' }); // no language named: the remembered English rules
  await expect(page.locator('#prerendered')).toBeHidden();
});

test('when the app cannot start, a message in both languages replaces the stand-in', async ({ page }) => {
  await page.route('**/assets/main-*.js', (route) => route.fulfill({ status: 404, body: 'gone' }));
  await page.goto('./#view=compare', { waitUntil: 'domcontentloaded' });
  const alerts = page.getByRole('alert');
  await expect(alerts.getByRole('heading', { name: '看板未能启动' })).toBeVisible();
  await expect(alerts.getByRole('heading', { name: 'The dashboard could not start' })).toBeVisible();
  await expect(page.locator('#prerendered')).toHaveCount(0);
  await expect(page.getByText('+5,363.91万元')).toHaveCount(0);
});

test('the app takes over: one page, nothing left of the stand-in, no console error or CSP violation', async ({
  page,
}) => {
  const { errors } = watchConsole(page);
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`CSP violation: ${event.violatedDirective}`),
    );
  });
  await openApp(page);
  await expect(page.locator('main#main')).toHaveCount(1);
  await expect(page.locator('html')).not.toHaveAttribute('data-prerender', /.*/);
  await page.getByRole('navigation').getByRole('link', { name: '探索', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('探索');
  expect(errors).toEqual([]);
});

test('a visit that starts elsewhere never sees it: another view, a remembered language or unit', async ({ page }) => {
  await holdAppScripts(page);
  for (const hash of ['#view=tables', '#view=explore&year=2021', '#view=overview&lang=en']) {
    await page.goto('about:blank'); // a new document each time, not a jump within one
    await page.goto(`./${hash}`, { waitUntil: 'domcontentloaded' });
    await expect(page.locator('#prerendered')).toBeHidden();
  }
  await page.evaluate(() => localStorage.setItem('hsa-budget.lang', 'en'));
  await page.goto('about:blank');
  await page.goto('./#view=explore', { waitUntil: 'domcontentloaded' });
  await expect(page.locator('#prerendered')).toBeHidden();
  await page.goto('./', { waitUntil: 'domcontentloaded' });
  await expect(page.locator('#prerendered')).toBeHidden();
  await page.evaluate(() => {
    localStorage.removeItem('hsa-budget.lang');
    localStorage.setItem('hsa-budget.unit', 'yuan');
  });
  await page.goto('./', { waitUntil: 'domcontentloaded' });
  await expect(page.locator('#prerendered')).toBeHidden();
  await page.evaluate(() => localStorage.removeItem('hsa-budget.unit'));
  await page.goto('./', { waitUntil: 'domcontentloaded' });
  await expect(page.locator('#prerendered')).toBeVisible();
});

test('when the data fail to load, the error screen replaces it: no prerendered figure stays', async ({ page }) => {
  await page.route('**/data/departments/shanghai-hsa.json', (route) => route.fulfill({ status: 500, body: 'down' }));
  await page.goto('./', { waitUntil: 'domcontentloaded' });
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(page.locator('#prerendered')).toHaveCount(0);
  await expect(page.getByText('30,017.00万元')).toHaveCount(0);
});

test('follows the system dark theme from the first paint', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'dark' });
  const page = await context.newPage();
  await holdAppScripts(page);
  await page.goto('./', { waitUntil: 'domcontentloaded' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('#prerendered')).toBeVisible();
  await context.close();
});
