// Issue 7: embed.html carries the function treemap of the latest year, prerendered at build time
// for the embed codes the share dialog writes (src/prerender/build/stand-ins.ts), so an article's frame
// paints its title, list and source line before any script runs. It must equal what the embed
// then shows, appear only for those codes, and give way to an error message, never outlive one.
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { watchConsole } from './helpers/app';
import { holdAppScripts, openEmbed, publishedDocuments } from './helpers/embed';
import { articleHtml, hostPage } from './helpers/share';

async function latest(request: APIRequestContext): Promise<{ year: number; hash: string }> {
  return (await publishedDocuments(request)).reduce((a, b) => (a.year >= b.year ? a : b));
}

/** The frame's text without the chart's tiles (drawn only once the app has measured the width). */
const frameText = (page: Page, within: string) =>
  page.locator(`${within} main.embed`).evaluate((main) => {
    const copy = main.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('svg').forEach((svg) => svg.remove());
    return copy.textContent ?? '';
  });

for (const lang of ['zh-CN', 'en'] as const) {
  test(`the share dialog's code (${lang}, pinned) paints before the embed's script runs, and the embed shows the same`, async ({
    page,
    browser,
    request,
  }) => {
    const { year, hash } = await latest(request);
    const code = `chart=treemap-function&year=${year}${lang === 'en' ? '&lang=en' : ''}&data=${hash}`;
    await holdAppScripts(page);
    await openEmbed(page, code);
    const standIn = page.locator('#prerendered');
    await expect(standIn.getByRole('heading', { level: 1 })).toContainText(String(year));
    await expect(standIn.locator('.embed-source')).toBeVisible();
    if (lang === 'en') await expect(standIn.locator('[lang="en"]')).toContainText('Source');
    const before = await frameText(page, '#prerendered');
    expect(before).toContain(hash);

    const live = await browser.newPage();
    const { errors } = watchConsole(live);
    await openEmbed(live, code);
    await expect(live.locator('#prerendered')).toHaveCount(0);
    await expect(live.locator('main.embed svg [data-tile-id]').first()).toBeVisible();
    expect(await frameText(live, '#root')).toBe(before);
    await expect(live.locator('main.embed')).toHaveCount(1);
    expect(errors).toEqual([]);
    await live.close();
  });
}

test('other embed codes wait for the embed as before: another year, a drill path, static, a table', async ({
  page,
  request,
}) => {
  const { year } = await latest(request);
  await holdAppScripts(page);
  for (const code of [
    `chart=treemap-function&year=${year - 1}`,
    'chart=treemap-function&path=210',
    'chart=treemap-function&static=1',
    'chart=table-expenditureByFunction',
  ]) {
    await openEmbed(page, code);
    await expect(page.locator('#prerendered')).toBeHidden();
  }
  await openEmbed(page, `chart=treemap-function&year=${year}&theme=dark`);
  await expect(page.locator('#prerendered')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('a pinned version that fails to load: the error replaces the stand-in, no figure stays', async ({
  page,
  request,
}) => {
  const { year, hash } = await latest(request);
  await page.route(`**/data/v/${hash}/**`, (route) => route.fulfill({ status: 404, body: 'gone' }));
  await openEmbed(page, `chart=treemap-function&year=${year}&data=${hash}`);
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(page.locator('#prerendered')).toHaveCount(0);
  await expect(page.locator('.tm-list')).toHaveCount(0);
});

test('a chart that fails to draw says so and links to the dashboard: no blank frame, no stand-in left', async ({
  page,
}) => {
  await page.route('**/assets/TreemapEmbed-*.js', (route) =>
    route.fulfill({ contentType: 'text/javascript', body: 'throw new Error("broken chart")' }),
  );
  await openEmbed(page, 'chart=treemap-function');
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading')).toHaveText('此图表无法显示');
  await expect(alert.getByRole('link')).toHaveAttribute('target', '_blank');
  await expect(page.locator('#prerendered')).toHaveCount(0);
});

test('in an article the frame keeps a height through the handoff: never collapsed to nothing', async ({ page }) => {
  await page.goto('./', { waitUntil: 'domcontentloaded' });
  const appOrigin = new URL(page.url()).origin;
  const host = await hostPage(
    articleHtml(
      `<iframe src="${appOrigin}/embed.html#chart=treemap-function" width="600" height="640" data-hsa-embed></iframe>\n<script src="${appOrigin}/embed-resize.js"></script>`,
    ),
  );
  try {
    // Every height the frame takes, from the moment it is in the article to after the handoff.
    await page.addInitScript(() => {
      if (window !== window.top) return;
      const record = ((window as unknown as { heights: number[] }).heights = [] as number[]);
      new MutationObserver((_, observer) => {
        const frame = document.querySelector('iframe');
        if (!frame) return;
        observer.disconnect();
        new ResizeObserver(([entry]) => record.push(entry?.contentRect.height ?? -1)).observe(frame);
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(host.url);
    const frame = page.frameLocator('iframe');
    await expect(frame.locator('#root .tm-list tbody tr')).toHaveCount(3);
    await expect(frame.locator('#prerendered')).toHaveCount(0);
    const heights = () => page.evaluate(() => (window as unknown as { heights: number[] }).heights);
    await expect.poll(async () => (await heights()).length).toBeGreaterThan(0);
    expect(Math.min(...(await heights()))).toBeGreaterThan(300);
  } finally {
    await host.close();
  }
});

test("when the embed's script cannot load, the frame says so instead of keeping a chart that never comes alive", async ({
  page,
}) => {
  await page.route('**/assets/embed-*.js', (route) => route.fulfill({ status: 404, body: 'gone' }));
  await openEmbed(page, 'chart=treemap-function');
  await expect(page.getByRole('alert').getByRole('heading', { name: '看板未能启动' })).toBeVisible();
  await expect(page.locator('#prerendered')).toHaveCount(0);
  await expect(page.getByRole('link', { name: '重新加载页面' })).toBeVisible();
});
