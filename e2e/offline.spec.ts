// Issue 6, offline: after one visit the dashboard, data included, works with no network; it is
// installable; a new version waits for the prompt instead of replacing a running presentation;
// and the single-file kiosk runs from file:// with no server and no request errors.
import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { watchConsole } from './helpers/app';
import { position, waitForServiceWorkerControl } from './helpers/kiosk';
import { serveCopyOf } from './helpers/static-server';

test('after one visit the kiosk runs and advances with the network off', async ({ page, context }) => {
  await page.goto('./#kiosk&interval=2');
  await expect(position(page)).toHaveText('1 / 6');
  await waitForServiceWorkerControl(page);

  await context.setOffline(true);
  await page.reload();
  await expect(position(page)).toHaveText('1 / 6');
  // The data came from the cache: the 2026 total as the document gives it.
  await expect(page.getByTestId('total-2026')).toHaveText('30,017.00万元');
  await expect(position(page)).toHaveText('2 / 6', { timeout: 6_000 });
  await expect(page.getByRole('group', { name: /^树图/ })).toBeVisible();
  await expect(position(page)).toHaveText('3 / 6', { timeout: 6_000 });

  // The full app works offline too.
  await page.goto('./#view=tables&table=threePublic');
  await expect(page.getByRole('navigation', { name: '视图' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /三公/ }).first()).toBeVisible();
});

test('is installable: a manifest with its icons', async ({ page, request }) => {
  const console = watchConsole(page);
  await page.goto('./');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBeTruthy();
  const manifest = (await (await request.get(href!)).json()) as {
    name: string;
    start_url: string;
    display: string;
    icons: { src: string; sizes: string; purpose?: string }[];
  };
  expect(manifest.name).toBe('上海市医疗保障局部门预算看板');
  expect(manifest.display).toBe('standalone');
  expect(manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose ?? 'any'}`)).toEqual([
    '192x192 any',
    '512x512 any',
    '512x512 maskable',
  ]);
  for (const icon of manifest.icons) {
    const response = await request.get(icon.src);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
  }
  expect(console.errors).toEqual([]);
});

test('a new version waits: announced, used at the next start, or at once on request', async ({ page }) => {
  test.setTimeout(90_000);
  // A private copy of the build, so that publishing a new version here disturbs no other test.
  const site = await serveCopyOf(resolve(process.env.E2E_DIST ?? 'dist'));
  const publishNewVersion = (n: number) => appendFileSync(join(site.dir, 'sw.js'), `\n// version ${n}\n`);
  const checkForUpdate = () => page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
  // 'reloading' while the page reloads itself to take the new version.
  const waitingWorker = () =>
    page
      .evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.waiting?.state ?? null))
      .catch(() => 'reloading');
  const prompt = page.getByRole('complementary', { name: '更新' });
  try {
    await page.goto(`${site.url}#kiosk&interval=60`);
    await expect(position(page)).toHaveText('1 / 6');
    await waitForServiceWorkerControl(page);
    await page.keyboard.press('ArrowRight');
    await expect(position(page)).toHaveText('2 / 6');
    await page.evaluate(() => Object.assign(window, { samePage: true }));

    publishNewVersion(2);
    await checkForUpdate();
    await expect(prompt).toContainText('已有新版本', { timeout: 20_000 });
    // Nothing changed under the presenter's feet: same page, same slide.
    expect(await page.evaluate(() => 'samePage' in window)).toBe(true);
    await expect(position(page)).toHaveText('2 / 6');
    expect(await waitingWorker()).toBe('installed');
    await prompt.getByRole('button', { name: '稍后' }).click();
    // The offer is withdrawn (a late "ready offline" note may still show on a loaded machine).
    await expect(page.getByText('已有新版本')).toHaveCount(0);

    // The next start applies the waiting version before the tour gets going.
    await page.reload();
    await expect.poll(waitingWorker, { timeout: 20_000 }).toBeNull();
    await expect(position(page)).toHaveText('1 / 6');

    // Or at once, on request.
    publishNewVersion(3);
    await checkForUpdate();
    await expect(prompt).toContainText('已有新版本', { timeout: 20_000 });
    await page.evaluate(() => Object.assign(window, { samePage: true }));
    await prompt.getByRole('button', { name: '立即更新' }).click();
    // The reload destroys the page's context while we ask; that answer counts as "reloaded".
    const samePage = () => page.evaluate(() => 'samePage' in window).catch(() => false);
    await expect.poll(samePage, { timeout: 15_000 }).toBe(false);
    await expect(position(page)).toHaveText('1 / 6');
    expect(await waitingWorker()).toBeNull();
  } finally {
    await site.close();
  }
});

test.describe('single-file kiosk', () => {
  const file = resolve(process.env.E2E_KIOSK_FILE ?? 'test-results/kiosk-file/kiosk.html');

  test.beforeAll(() => {
    test.setTimeout(180_000);
    // Built here unless a prebuilt file is named, so the test never runs on a stale build.
    if (!process.env.E2E_KIOSK_FILE)
      execFileSync('npx', ['tsx', 'scripts/build-kiosk.ts', '--outDir', 'test-results/kiosk-file'], {
        stdio: 'inherit',
      });
    expect(existsSync(file)).toBe(true);
  });

  test('runs from file:// with the data inside: the treemap, no request errors', async ({ page }) => {
    const console = watchConsole(page);
    const requests: string[] = [];
    const failed: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('requestfailed', (request) => failed.push(`${request.url()} ${request.failure()?.errorText ?? ''}`));

    const url = pathToFileURL(file).href;
    await page.goto(`${url}#start=2&interval=60`);
    await expect(position(page)).toHaveText('2 / 6');
    const treemap = page.getByRole('group', { name: /^树图/ });
    await expect(treemap).toBeVisible();
    await expect(treemap.getByRole('button', { name: /^卫生健康支出[，,]/ })).toBeVisible();
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByTestId('total-2026')).toHaveText('30,017.00万元');

    expect(failed).toEqual([]);
    expect(console.errors).toEqual([]);
    // The only thing loaded is the file itself (and inline data: URLs, if any).
    expect(requests.filter((r) => !r.startsWith(url) && !r.startsWith('data:'))).toEqual([]);
    // file:// is a secure context in Chromium, so the content-hash check ran on the embedded data.
    expect(await page.evaluate(() => window.isSecureContext)).toBe(true);
  });
});
