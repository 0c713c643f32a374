// Issue 5, embeds: an article on another origin pastes the embed code from the share dialog; the
// frame shows the chart, is exactly as tall as its content, follows a drill-down, never touches
// the article's URL, loads nothing from another origin, accepts only messages of the documented
// shape, shows the pinned data version (or says it is missing), and fits 300 to 1200 px.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type FrameLocator, type Locator, type Page } from '@playwright/test';
import { openApp, watchConsole } from './helpers/app';
import { articleHtml, embedCodeFrom, hostPage, openShareDialog } from './helpers/share';
import { openEmbed, publishedDocuments } from './helpers/embed';
import { brokenWords } from './helpers/text';

async function hashOf(request: APIRequestContext, year: number): Promise<string> {
  return (await publishedDocuments(request)).find((d) => d.year === year)!.hash;
}

const contentHeight = (frame: FrameLocator) =>
  frame.locator('#root .embed').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
// The iframe's inner height: what the resize script sets (a host's border comes on top).
const frameHeight = (iframe: Locator) => iframe.evaluate((el) => el.clientHeight);

async function expectSizedToContent(iframe: Locator, frame: FrameLocator): Promise<number> {
  await expect
    .poll(async () => Math.abs((await frameHeight(iframe)) - (await contentHeight(frame))))
    .toBeLessThanOrEqual(1);
  return frameHeight(iframe);
}

/** Every request the embed's frame makes (not the article's own). */
function frameRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => {
    if (request.frame() !== page.mainFrame()) urls.push(request.url());
  });
  return urls;
}

test('an article on another origin shows the embed from the share dialog, sized to its content through a drill-down', async ({
  page,
  context,
  request,
}) => {
  await openApp(page, 'view=explore&year=2026');
  const appOrigin = new URL(page.url()).origin;
  const code = await embedCodeFrom(await openShareDialog(page));
  expect(code).toContain(`data=${await hashOf(request, 2026)}`); // pinned by default
  const host = await hostPage(articleHtml(code));
  try {
    const article = await context.newPage();
    const console = watchConsole(article);
    const requests = frameRequests(article);
    await article.goto(host.url);
    expect(new URL(article.url()).origin).not.toBe(appOrigin);
    const iframe = article.locator('iframe[data-hsa-embed]');
    const frame = article.frameLocator('iframe[data-hsa-embed]');
    await expect(frame.getByRole('heading', { name: '2026年部门支出（按功能分类）' })).toBeVisible();
    await expect(frame.locator('#root .tm-list tbody tr')).toHaveCount(3);
    await expect(frame.locator('svg.treemap-svg [data-tile-id]')).toHaveCount(3);
    await expect(frame.locator('.embed-foot')).toContainText('来源：上海市医疗保障局2026年部门预算，部门支出预算总表');
    const top = await expectSizedToContent(iframe, frame);
    expect(top).not.toBe(640); // not the fallback height of the code

    const historyBefore = await article.evaluate(() => history.length);
    await frame.getByRole('button', { name: '卫生健康支出', exact: true }).click();
    await frame.getByRole('button', { name: '医疗保障管理事务', exact: true }).click();
    await expect(frame.locator('#root .tm-list tbody tr')).toHaveCount(7);
    const drilled = await expectSizedToContent(iframe, frame);
    expect(drilled).toBeGreaterThan(top); // seven lines instead of three: the host followed
    await frame.getByRole('navigation', { name: '钻取路径' }).getByRole('button', { name: '全部支出' }).click();
    await expect(frame.locator('#root .tm-list tbody tr')).toHaveCount(3);
    expect(await expectSizedToContent(iframe, frame)).toBe(top);

    // The article's address and history are untouched by the embed's navigation.
    expect(article.url()).toBe(host.url);
    expect(await article.evaluate(() => history.length)).toBe(historyBefore);
    // Nothing from another origin: every request of the frame goes to the app's origin.
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((url) => new URL(url).origin !== appOrigin)).toEqual([]);
    expect(requests.some((url) => /\/data\/v\/[0-9a-f]{16}\/shanghai-hsa-2026\.json$/.test(url))).toBe(true);
    expect(console.errors).toEqual([]);
  } finally {
    await host.close();
  }
});

test('fits 300 to 1200 px wide without overflow, still sized to its content', async ({ page }) => {
  await openApp(page, 'view=explore');
  const appOrigin = new URL(page.url()).origin;
  const real = await hostPage(
    `<!doctype html><meta charset="utf-8"><body style="margin:0"><iframe src="${appOrigin}/embed.html#chart=treemap-function&year=2026&path=210.21015" style="border:0;width:300px" height="640" data-hsa-embed></iframe><script src="${appOrigin}/embed-resize.js"></script></body>`,
  );
  try {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(real.url);
    const iframe = page.locator('iframe[data-hsa-embed]');
    const frame = page.frameLocator('iframe[data-hsa-embed]');
    for (const width of [300, 420, 760, 1200]) {
      await iframe.evaluate((el, w) => ((el as HTMLElement).style.width = `${w}px`), width);
      await expect(frame.locator('#root .tm-list tbody tr')).toHaveCount(7);
      await expectSizedToContent(iframe, frame);
      const overflow = await frame.locator('html').evaluate((html) => html.scrollWidth - html.clientWidth);
      expect(overflow, `horizontal overflow at ${width} px`).toBeLessThanOrEqual(0);
    }
    // In English (longer words) the list keeps every word whole, beside the chart or under it.
    await iframe.evaluate(
      (el, src) => ((el as HTMLIFrameElement).src = src),
      `${appOrigin}/embed.html#chart=treemap-function&year=2026&path=210.21015&lang=en`,
    );
    for (const width of [360, 1000, 1100, 1200]) {
      await iframe.evaluate((el, w) => ((el as HTMLElement).style.width = `${w}px`), width);
      await expect(frame.locator('#root .tm-list tbody tr').first()).toContainText('Information systems development');
      await expectSizedToContent(iframe, frame);
      expect(await brokenWords(frame.locator('#root .tm-list')), `words broken at ${width} px`).toEqual([]);
    }
  } finally {
    await real.close();
  }
});

test('accepts only messages of the documented shape, on both sides', async ({ page }) => {
  await openApp(page, 'view=explore');
  const appOrigin = new URL(page.url()).origin;
  const host = await hostPage(
    articleHtml(
      `<iframe src="${appOrigin}/embed.html#chart=treemap-function&year=2026" width="100%" height="640" data-hsa-embed></iframe>\n<script src="${appOrigin}/embed-resize.js"></script>`,
    ),
  );
  try {
    await page.goto(host.url);
    const iframe = page.locator('iframe[data-hsa-embed]');
    const frame = page.frameLocator('iframe[data-hsa-embed]');
    await expect(frame.locator('#root .tm-list tbody tr')).toHaveCount(3); // the chart, not the loading line
    const sized = await expectSizedToContent(iframe, frame);
    const settle = () => page.waitForTimeout(300);
    const embedWindow = page.frames().find((f) => f.url().includes('/embed.html'))!;

    // Host side: a height from the article itself (wrong origin and source) is ignored, as is a
    // message from the embed's window with an extra key, a string height or another version.
    await page.evaluate(() => window.postMessage({ type: 'hsa-embed:height', version: 1, height: 50 }, '*'));
    for (const message of [
      { type: 'hsa-embed:height', version: 1, height: 50, extra: true },
      { type: 'hsa-embed:height', version: 1, height: '50' },
      { type: 'hsa-embed:height', version: 2, height: 50 },
      { type: 'hsa-embed:height', version: 1, height: 50.5 },
      { type: 'hsa-embed:height', version: 1, height: 99999 },
    ]) {
      await embedWindow.evaluate((m) => parent.postMessage(m, '*'), message);
    }
    await settle();
    expect(await frameHeight(iframe)).toBe(sized);
    // The documented message from the embed's window is obeyed (so the checks above are real).
    await embedWindow.evaluate(() => parent.postMessage({ type: 'hsa-embed:height', version: 1, height: 333 }, '*'));
    await expect.poll(() => frameHeight(iframe)).toBe(333);

    // Embed side: a malformed request is ignored; the documented one gets the height back.
    await page.evaluate((origin) => {
      const target = document.querySelector('iframe')!.contentWindow!;
      target.postMessage({ type: 'hsa-embed:request-height', version: 1, please: true }, origin);
      target.postMessage('hsa-embed:request-height', origin);
    }, appOrigin);
    await settle();
    expect(await frameHeight(iframe)).toBe(333);
    await page.evaluate(
      (origin) =>
        document
          .querySelector('iframe')!
          .contentWindow!.postMessage({ type: 'hsa-embed:request-height', version: 1 }, origin),
      appOrigin,
    );
    await expect.poll(() => frameHeight(iframe)).toBe(sized);
  } finally {
    await host.close();
  }
});

test('a pinned version is loaded from data/v/<hash>/; an unknown one says so; without data it follows the latest', async ({
  page,
  request,
}) => {
  const hash = await hashOf(request, 2021);
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await openEmbed(page, `chart=treemap-function&data=${hash}`);
  await expect(page.getByRole('heading', { name: '2021年部门支出（按功能分类）' })).toBeVisible();
  await expect(page.locator('.embed-foot')).toContainText(`数据版本 ${hash}（固定版本）`);
  expect(requests).toContain(`/data/v/${hash}/shanghai-hsa-2021.json`);
  expect(requests).not.toContain('/data/index.json');

  await openEmbed(page, 'chart=treemap-function&data=0123456789abcdef');
  await expect(page.getByRole('alert')).toContainText('找不到此数据版本');
  await expect(page.getByRole('alert')).toContainText('0123456789abcdef');

  await openEmbed(page, 'chart=treemap-function&lang=en');
  await expect(page.getByRole('heading', { name: 'Department spending 2026 by function' })).toBeVisible();
  await expect(page.locator('.embed-foot')).toContainText(`Data version ${await hashOf(request, 2026)} (latest data)`);
});

test('static embeds do not drill; options set language and theme; tables and comparisons embed too', async ({
  page,
}) => {
  await openEmbed(page, 'chart=treemap-function&year=2026&static=1&theme=dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('.embed-path')).toHaveText('全部支出');
  await page.locator('svg.treemap-svg [data-tile-id="210"]').click({ force: true });
  await page.waitForTimeout(200);
  await expect(page.locator('#root .tm-list tbody tr')).toHaveCount(3);
  await expect(page.locator('.embed-path')).toHaveText('全部支出');

  await openEmbed(page, 'chart=table-expenditureByFunction&year=2026&lang=en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('table.hier tbody tr')).toHaveCount(27);
  await expect(page.locator('.embed-foot')).toContainText(
    'Source: Shanghai Healthcare Security Administration, department budget 2026',
  );

  await openEmbed(page, 'chart=compare-bars&years=2021,2026');
  await expect(page.locator('.embed-foot')).toContainText('来源：上海市医疗保障局2021年、2026年部门预算');
  await expect(page.locator('.embed figure svg').first()).toBeVisible();

  await openEmbed(page, 'chart=pie&year=26');
  await expect(page.getByRole('status').filter({ hasText: '嵌入参数中有 2 项无法识别' })).toContainText('chart=pie');
});

test('a year without a document is listed with the options that were not understood', async ({ page }) => {
  await openEmbed(page, 'chart=pie&year=1999&data=deadbeef&unit=zz');
  const notice = page.getByRole('status').filter({ hasText: '嵌入参数中有 4 项无法识别' });
  await expect(notice).toContainText('chart=pie, data=deadbeef, unit=zz, year=1999');
  await expect(page.locator('.embed-foot')).toContainText('2026');
});

test('the embed passes axe in both languages', async ({ page }) => {
  for (const lang of ['zh-CN', 'en']) {
    await openEmbed(page, `chart=treemap-function&year=2026&path=210&lang=${lang}`);
    await expect(page.locator('#root .tm-list tbody tr')).toHaveCount(3);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations).toEqual([]);
  }
});

test('two embeds on an article from another origin: each sized to its content, no message posted to a frame not yet loaded', async ({
  page,
}) => {
  await openApp(page, 'view=explore');
  const appOrigin = new URL(page.url()).origin;
  const iframe = (hash: string) =>
    `<iframe src="${appOrigin}/embed.html#${hash}" title="embed" width="100%" height="640" style="border:0;width:100%" loading="lazy" data-hsa-embed></iframe>`;
  // The second embed is far below the first: it loads (lazily) only when the reader scrolls to it.
  const host = await hostPage(
    articleHtml(
      `${iframe('chart=treemap-function&year=2026')}\n<div style="height:6000px"></div>\n${iframe('chart=treemap-function&year=2026&path=210.21015')}\n<script src="${appOrigin}/embed-resize.js" async></script>`,
    ),
  );
  try {
    const console = watchConsole(page);
    // Chromium reports a message posted to a frame of another origin as a warning, not an error.
    const warnings: string[] = [];
    page.on('console', (message) => void (message.type() === 'warning' && warnings.push(message.text())));
    await page.goto(host.url);
    const [first, second] = [
      page.locator('iframe[data-hsa-embed]').first(),
      page.locator('iframe[data-hsa-embed]').last(),
    ];
    const [firstFrame, secondFrame] = [
      page.frameLocator('iframe[data-hsa-embed] >> nth=0'),
      page.frameLocator('iframe[data-hsa-embed] >> nth=1'),
    ];
    await expect(firstFrame.locator('#root .tm-list tbody tr')).toHaveCount(3);
    await expectSizedToContent(first, firstFrame);
    await second.scrollIntoViewIfNeeded();
    await expect(secondFrame.locator('#root .tm-list tbody tr')).toHaveCount(7);
    expect(await expectSizedToContent(second, secondFrame)).not.toBe(640);
    expect(console.errors).toEqual([]);
    expect(warnings.filter((text) => /postMessage/.test(text))).toEqual([]);
  } finally {
    await host.close();
  }
});

test('the embed’s link to the full dashboard leaves defaults out, and keeps a unit the embed was given', async ({
  page,
}) => {
  const openFull = () => page.getByRole('link', { name: /^在完整看板中打开/ });
  await openEmbed(page, 'chart=treemap-function&year=2026&path=210');
  await expect(openFull()).toHaveAttribute('href', /\/#view=explore&year=2026&path=210&lang=zh-CN$/);
  await openEmbed(page, 'chart=treemap-function&year=2026&unit=yuan');
  await expect(openFull()).toHaveAttribute('href', /\/#view=explore&year=2026&unit=yuan&lang=zh-CN$/);
});

/** The address an embed code's iframe opens, as the browser reads its src attribute. */
function srcOf(code: string): string {
  const src = /<iframe src="([^"]*)"/.exec(code)?.[1] ?? '';
  return src
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The "Change by line" card as a reader sees it: the ranking chosen, the note on level and unit, the lines in order. */
async function changeBarsShown(page: Page): Promise<{ rank: string; note: string; lines: string[] }> {
  const bars = page.getByTestId('change-bars');
  await bars.scrollIntoViewIfNeeded();
  await bars.getByRole('button', { name: 'Show table' }).click();
  await expect(bars.locator('table tbody tr').first()).toBeVisible();
  return {
    rank: await bars.getByRole('group', { name: 'Rank bars by' }).getByRole('button', { pressed: true }).innerText(),
    note: await bars.locator('.cmp-chart-note').innerText(),
    lines: await bars
      .locator('table tbody tr')
      .evaluateAll((rows) => rows.map((row) => (row.firstElementChild as HTMLElement | null)?.innerText.trim() ?? '')),
  };
}

test('the embed code of a comparison keeps its ranking and level', async ({ page }) => {
  await openApp(page, 'view=compare&cls=economic&rank=rel&level=2&unit=mid&lang=en');
  const app = await changeBarsShown(page);
  const bars = page.getByTestId('change-bars');
  await bars.getByRole('button', { name: /^Share and download/ }).click();
  const code = await embedCodeFrom(page.getByRole('dialog', { name: 'Share and download' }), 'en');

  await page.goto('about:blank');
  await page.goto(srcOf(code));
  const embedded = await changeBarsShown(page);
  expect(embedded.rank).toBe('Change in %');
  await expect(page.locator('.embed-subtitle')).toHaveText('2026 compared with 2021 · unit: %');
  expect(embedded.note).toBe('Lines at level: Item. Bars in percent of the earlier year.');
  expect(embedded.lines[0]).toBe('31099 Other capital expenditure');
  expect(embedded.lines).toHaveLength(36);
  expect(embedded).toEqual(app);
  expect(srcOf(code)).toMatch(/#chart=compare-bars-economic&years=2021,2026&level=2&rank=rel&unit=mid&lang=en&data=/);
});

/** Code of each line of the table, top to bottom. */
const tableCodes = (page: Page) =>
  page
    .locator('table.hier tbody tr')
    .evaluateAll((rows) => rows.map((row) => row.querySelector('td.col-code')?.textContent?.trim() ?? ''));

test('the embed code of a table keeps its sort and filter', async ({ page }) => {
  await openApp(page, 'view=tables&year=2021&table=basicByEconomic&sort=total.desc&q=30');
  await expect(page.locator('table.hier tbody tr').first()).toBeVisible();
  const app = await tableCodes(page);
  const code = await embedCodeFrom(await openShareDialog(page));

  await page.goto('about:blank');
  await page.goto(srcOf(code));
  await expect(page.locator('table.hier tbody tr').first()).toBeVisible();
  const embedded = await tableCodes(page);
  // Largest first within each level, and only the lines matching "30" (类 301, 302 and their 款).
  expect(embedded.slice(0, 3)).toEqual(['301', '30102', '30101']);
  expect(embedded).toHaveLength(35);
  expect(embedded).toEqual(app);
  await expect(page.getByRole('searchbox')).toHaveValue('30');
  expect(srcOf(code)).toMatch(/#chart=table-basicByEconomic&year=2021&sort=total\.desc&q=30&data=/);
});
