// Reliability and security: hostile links, broken data, the Content-Security-Policy, other origins.
import { expect, test, type Page } from '@playwright/test';
import { openApp, watchConsole } from './helpers/app';
import { fuzzCases } from './helpers/fuzz';

async function expectAlive(page: Page, label: string) {
  const state = await page.evaluate(() => ({
    xss: (window as unknown as { __xss?: unknown }).__xss,
    text: document.body.innerText.trim().length,
    main: !!document.querySelector('main'),
  }));
  expect(state.xss, `script executed for ${label}`).toBeUndefined();
  expect(state.main && state.text > 20, `blank page for ${label}`).toBe(true);
}

test('500 hostile links: never an uncaught error, a blank page or executed script', async ({ page }) => {
  test.setTimeout(240_000);
  const { errors } = watchConsole(page);
  page.on('dialog', (dialog) => {
    errors.push(`dialog opened: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await openApp(page);
  const cases = fuzzCases(500);
  for (const { hash, invalid } of cases) {
    await page.evaluate((h) => {
      window.location.hash = h;
    }, hash);
    await page.waitForTimeout(5);
    await expectAlive(page, `#${hash.slice(0, 120)}`);
    if (invalid) {
      // Every link with a value outside what the app accepts says so.
      await expect(
        page.locator('.notice, [data-url-notice]').first(),
        `no notice for #${hash.slice(0, 120)}`,
      ).toBeVisible();
    }
    expect(errors, `after #${hash.slice(0, 120)}`).toEqual([]);
  }
});

test('hostile links opened directly load a working page', async ({ page }) => {
  test.setTimeout(120_000);
  const { errors } = watchConsole(page);
  for (const { hash } of fuzzCases(25, 7)) {
    await page.goto(`./#${hash}`);
    await expect(page.locator('main#main')).toBeVisible();
    await expectAlive(page, hash.slice(0, 120));
  }
  expect(errors).toEqual([]);
});

const faults: [string, (body: string) => { status?: number; body: string }, RegExp][] = [
  ['404', () => ({ status: 404, body: 'missing' }), /HTTP 404/],
  ['truncated JSON', (body) => ({ body: body.slice(0, 1000) }), /不是有效的 JSON/],
  [
    'a wrong schema version',
    (body) => ({ body: body.replace(/"schemaVersion": \d+/, '"schemaVersion": 99') }),
    /数据格式版本/,
  ],
  ['numbers as strings', (body) => ({ body: body.replace(/"total": (\d+)/, '"total": "$1"') }), /不符合数据规范/],
  [
    'a missing table',
    (body) => ({
      body: JSON.stringify({ ...JSON.parse(body), tables: { ...JSON.parse(body).tables, basicByEconomic: undefined } }),
    }),
    /不符合数据规范/,
  ],
];

for (const [name, mutate, message] of faults) {
  test(`data fault: ${name} gives the error screen naming the file`, async ({ page }) => {
    await page.route('**/data/shanghai-hsa-2021.json', async (route) => {
      const response = await route.fetch();
      const { status, body } = mutate(await response.text());
      await route.fulfill({ status: status ?? 200, body, contentType: 'application/json' });
    });
    await page.goto('./');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('data/shanghai-hsa-2021.json');
    await expect(alert).toContainText(message);
    await expect(alert.getByRole('button', { name: '重试' })).toBeVisible();
  });
}

test('no network at all gives the error screen, not a blank page', async ({ page }) => {
  await page.route('**/data/**', (route) => route.abort('internetdisconnected'));
  await page.goto('./#lang=en');
  await expect(page.getByRole('alert')).toContainText('Could not fetch data/departments/shanghai-hsa.json');
});

test('every view: no console error, no CSP violation, no request to another origin', async ({ page }) => {
  test.setTimeout(90_000);
  const { errors } = watchConsole(page);
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['127.0.0.1', 'localhost'].includes(url.hostname) && url.protocol.startsWith('http'))
      foreign.push(request.url());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  const csp = await page.request.get('./').then((r) => r.text());
  expect(csp).toContain("script-src 'self'");
  for (const lang of ['zh-CN', 'en']) {
    for (const view of ['overview', 'explore', 'tables', 'compare', 'projects', 'about']) {
      await openApp(page, `view=${view}&lang=${lang}`);
      await expect(page.locator('main#main')).not.toBeEmpty();
      await page.waitForTimeout(200);
    }
  }
  expect(errors).toEqual([]);
  expect(foreign).toEqual([]);
});
