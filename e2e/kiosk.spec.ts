// Issue 6, kiosk: a full-screen tour of view links that runs by itself. It advances without the
// app's chrome and without touching the address or the history; clicker keys move it; input
// pauses it and idle brings it back to the first slide; a slide that throws or hangs is skipped;
// languages alternate per round; after load nothing more is requested.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { openApp, watchConsole } from './helpers/app';
import { openKiosk, position, waitForServiceWorkerControl } from './helpers/kiosk';

test('runs without the app chrome and advances by itself, leaving the URL and history alone', async ({ page }) => {
  const console = watchConsole(page);
  await openKiosk(page, 'interval=2');
  await expect(position(page)).toHaveText('1 / 6');
  await expect(page.getByText('自动播放')).toBeVisible();
  await expect(page.getByRole('navigation', { name: '视图' })).toHaveCount(0);
  await expect(page.getByRole('contentinfo')).toHaveCount(0);
  const url = page.url();
  const historyLength = await page.evaluate(() => history.length);

  await expect(position(page)).toHaveText('2 / 6', { timeout: 6_000 });
  // The second slide is the treemap of the latest year (2026), drawn by the explore view itself.
  await expect(page.getByRole('group', { name: /^树图/ })).toBeVisible();
  await expect(position(page)).toHaveText('3 / 6', { timeout: 6_000 });
  expect(page.url()).toBe(url);
  expect(await page.evaluate(() => history.length)).toBe(historyLength);
  expect(console.errors).toEqual([]);
});

test('clicker and arrow keys move between slides; moving pauses the tour', async ({ page }) => {
  await openKiosk(page, 'interval=60');
  await page.keyboard.press('ArrowRight');
  await expect(position(page)).toHaveText('2 / 6');
  await expect(page.getByText(/已暂停/)).toBeVisible();
  await page.keyboard.press('PageDown');
  await expect(position(page)).toHaveText('3 / 6');
  await page.keyboard.press('Space');
  await expect(position(page)).toHaveText('4 / 6');
  await page.keyboard.press('ArrowLeft');
  await expect(position(page)).toHaveText('3 / 6');
  await page.keyboard.press('PageUp');
  await expect(position(page)).toHaveText('2 / 6');
  await page.keyboard.press('End');
  await expect(position(page)).toHaveText('6 / 6');
  await page.keyboard.press('ArrowRight');
  await expect(position(page)).toHaveText('1 / 6');
  await page.keyboard.press('ArrowLeft');
  await expect(position(page)).toHaveText('6 / 6');
});

test('after the idle time a paused tour returns to the first slide and plays again', async ({ page }) => {
  await openKiosk(page, 'interval=60&idle=2');
  await page.keyboard.press('ArrowRight');
  await expect(position(page)).toHaveText('2 / 6');
  await page.keyboard.press('ArrowRight');
  await expect(position(page)).toHaveText('3 / 6');
  await expect(page.getByText(/已暂停/)).toBeVisible();
  await expect(position(page)).toHaveText('1 / 6', { timeout: 5_000 });
  await expect(page.getByText('自动播放')).toBeVisible();
});

test('a touch or click pauses the tour and the controls work', async ({ page }) => {
  await openKiosk(page, 'interval=2&idle=30');
  await page.mouse.click(5, 5);
  await expect(page.getByText(/已暂停/)).toBeVisible();
  await page.waitForTimeout(2_500);
  await expect(position(page)).toHaveText('1 / 6');
  const controls = page.getByRole('toolbar', { name: '播放控制' });
  await controls.getByRole('button', { name: '下一页' }).click();
  await expect(position(page)).toHaveText('2 / 6');
  await controls.getByRole('button', { name: '继续播放' }).click();
  await expect(page.getByText('自动播放')).toBeVisible();
  await expect(position(page)).toHaveText('3 / 6', { timeout: 5_000 });
});

test('lists every value of the link it did not understand, as many as it counts', async ({ page }) => {
  await openKiosk(page, 'interval=0&start=99&idle=-1&lang=xx&tour=view=banana|year=1999');
  const notices = page.getByRole('toolbar', { name: '播放控制' }).locator('.kiosk-notices');
  await expect(notices).toContainText('链接中有 5 个参数无法识别');
  await expect(notices.locator('code')).toHaveText([
    'tour: view=banana',
    'interval=0',
    'idle=-1',
    'start=99',
    'lang=xx',
  ]);
});

test('a slide that throws is skipped at once and the tour goes on', async ({ page }) => {
  const tour = 'view=overview|view=explore;kiosk-test-throw|view=tables;table=threePublic';
  await openKiosk(page, `interval=2&tour=${encodeURIComponent(tour)}`);
  await expect(position(page)).toHaveText('1 / 3');
  // 2 s on slide 1, then slide 2 throws and slide 3 shows straight away (not 2 s later).
  await expect(position(page)).toHaveText('3 / 3', { timeout: 3_500 });
  await expect(page.locator('.kiosk')).toHaveAttribute('data-failures', '1');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: /三公/ }).first()).toBeVisible();
  // And it goes round again.
  await expect(position(page)).toHaveText('1 / 3', { timeout: 4_000 });
});

test('a slide that never finishes rendering is skipped by the watchdog', async ({ page }) => {
  test.setTimeout(40_000);
  const tour = 'view=overview;kiosk-test-hang|view=about';
  await openKiosk(page, `interval=60&tour=${encodeURIComponent(tour)}`);
  await expect(position(page)).toHaveText('1 / 2');
  await expect(position(page)).toHaveText('2 / 2', { timeout: 12_000 });
  await expect(page.locator('.kiosk')).toHaveAttribute('data-failures', '1');
});

test('alternates Chinese and English, one whole round each', async ({ page }) => {
  await openKiosk(page, `interval=1&lang=alt&tour=${encodeURIComponent('view=overview|view=about')}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByText('自动播放')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en', { timeout: 6_000 });
  await expect(page.getByText('Playing')).toBeVisible();
  await expect(position(page)).toHaveText('1 / 2');
});

test('requests nothing after load, through a whole round of slides', async ({ page }) => {
  await openKiosk(page, 'interval=60');
  await waitForServiceWorkerControl(page);
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  const kiosk = page.locator('.kiosk');
  for (let step = 1; step <= 6; step += 1) {
    const before = Number(await kiosk.getAttribute('data-transitions'));
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => Number(await kiosk.getAttribute('data-transitions'))).toBeGreaterThan(before);
    await expect(page.locator('.kiosk-slide-loading')).toHaveCount(0);
  }
  await expect(position(page)).toHaveText('1 / 6');
  expect(requests).toEqual([]);
});

test('has no accessibility violations, in Chinese and in English', async ({ page }) => {
  for (const lang of ['zh-CN', 'en']) {
    await openKiosk(page, `interval=60&lang=${lang}`);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    // skip-link: axe takes any link whose href starts with '#' and that lies outside the page's
    // own scroll area for a skip link. In the kiosk the slide scrolls inside a full-screen stage,
    // and the views' links are view-state hashes (#view=explore…), not fragment targets.
    const results = await new AxeBuilder({ page }).disableRules(['skip-link']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
});

test.describe('on a 1920x1080 hall screen', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('slides show no controls an audience cannot use, and keep the figures, units and notes', async ({ page }) => {
    // Slide 5: the "three public" table, with its unit and headers but without share, CSV or expand.
    await openKiosk(page, 'interval=600&lang=en&start=5', '5 / ');
    const slide = page.getByRole('group', { name: 'Slide 5 of 6' });
    await expect(slide.getByRole('columnheader', { name: /Budget/ })).toBeVisible();
    await expect(slide.getByText(/^Unit: /)).toBeVisible();
    for (const name of [/^Share/, /Download CSV/, /Expand all/, /Collapse all/])
      await expect(slide.getByRole('button', { name })).toHaveCount(0);
    // In the page (so the check cannot pass on a renamed text), but not shown.
    await expect(slide.getByText(/Sort, filter, expand or collapse/)).toHaveCount(1);
    await expect(slide.getByText(/Sort, filter, expand or collapse/)).toBeHidden();

    // Slide 2: the treemap without its "click a tile or press Enter" how-to.
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    await expect(position(page)).toHaveText('2 / 6');
    await expect(page.getByRole('group', { name: /^Treemap/ })).toBeVisible();
    await expect(page.getByText(/Click a tile or press Enter/)).toHaveCount(1);
    await expect(page.getByText(/Click a tile or press Enter/)).toBeHidden();
    await expect(page.getByRole('button', { name: /^Share/ })).toHaveCount(0);

    // Slide 6: the projects without their search box; the count and the language note stay.
    await page.keyboard.press('End');
    await expect(position(page)).toHaveText('6 / 6');
    await expect(page.getByText(/^\d+ projects$/)).toBeVisible();
    await expect(page.getByText(/published in Chinese only/)).toBeVisible();
    await expect(page.getByRole('searchbox')).toHaveCount(0);

    // The ordinary views keep all of them.
    await openApp(page, 'view=projects&lang=en');
    await expect(page.getByRole('searchbox', { name: 'Search projects' })).toBeVisible();
    await openApp(page, 'view=tables&table=threePublic&lang=en');
    await expect(page.getByRole('button', { name: 'Download CSV' })).toBeVisible();
  });

  test("treemap labels grow with the kiosk's large text and still fit their tiles", async ({ page }) => {
    await openKiosk(page, 'interval=600&lang=en&start=3', '3 / ');
    await expect(page.locator('.kiosk-slide .tm-tile text').first()).toBeVisible();
    const found = await page.locator('.kiosk-slide').evaluate((slide) => {
      const body = parseFloat(getComputedStyle(slide).fontSize);
      const svg = slide.querySelector<SVGSVGElement>('svg.treemap-svg')!;
      const box = svg.parentElement!.getBoundingClientRect();
      const drawn = svg.getBoundingClientRect();
      const zoom = drawn.width / svg.viewBox.baseVal.width;
      const labels = [...svg.querySelectorAll('.tm-tile')].flatMap((tile) => {
        const rect = tile.querySelector('.tm-rect')!.getBoundingClientRect();
        return [...tile.querySelectorAll('tspan')].map((line) => {
          const r = line.getBoundingClientRect();
          const px = parseFloat(getComputedStyle(line).fontSize) * zoom;
          const inside =
            r.left >= rect.left - 1 &&
            r.right <= rect.right + 1 &&
            r.top >= rect.top - 1 &&
            r.bottom <= rect.bottom + 1;
          return { px, inside, text: line.textContent };
        });
      });
      return { body, labels, chartInBox: drawn.right <= box.right + 1 && drawn.width <= box.width + 1 };
    });
    expect(found.chartInBox).toBe(true);
    expect(found.labels.length).toBeGreaterThan(3);
    // 12 and 13 px labels beside 28 px text are unreadable from 3 m; they grow as the text does.
    expect(Math.min(...found.labels.map((l) => l.px))).toBeGreaterThanOrEqual(found.body * 0.7);
    expect(found.labels.filter((l) => !l.inside)).toEqual([]);
  });

  test("compare charts' text grows with the kiosk's large text and every chart stays in its card", async ({ page }) => {
    await openKiosk(page, 'interval=600&lang=en&start=4', '4 / ');
    const slide = page.locator('.kiosk-slide');
    // The kiosk draws every card and chart whole: wait until no chart is loading and they are all there.
    await expect(slide.locator('.recharts-surface').first()).toBeVisible();
    await expect(slide.locator('.cmp-placeholder')).toHaveCount(0);
    await expect(slide.locator('.cmp-chart-loading')).toHaveCount(0);
    await expect(slide.locator('.recharts-surface')).toHaveCount(
      await slide.locator('.cmp-waterfall, .cmp-split-chart, .cmp-bars-chart, .cmp-timeline').count(),
    );
    const found = await slide.evaluate((slide) => {
      const body = parseFloat(getComputedStyle(slide).fontSize);
      const charts = [...slide.querySelectorAll<SVGSVGElement>('svg.recharts-surface')].map((svg) => {
        const card = svg
          .closest('.cmp-waterfall, .cmp-split-chart, .cmp-bars-chart, .cmp-timeline')!
          .getBoundingClientRect();
        const drawn = svg.getBoundingClientRect();
        // The drawing may be scaled up: its text then reads that much larger than its font size.
        const zoom = drawn.width / svg.width.baseVal.value;
        const texts = [...svg.querySelectorAll('text')]
          .filter((text) => (text.textContent ?? '').trim() !== '')
          .map((text) => ({ px: parseFloat(getComputedStyle(text).fontSize) * zoom, text: text.textContent }));
        const inside =
          drawn.left >= card.left - 1 &&
          drawn.right <= card.right + 1 &&
          drawn.top >= card.top - 1 &&
          drawn.bottom <= card.bottom + 1;
        return { title: svg.getAttribute('aria-label'), inside, texts };
      });
      return { body, charts };
    });
    expect(found.charts.length).toBeGreaterThanOrEqual(4);
    expect(found.charts.filter((c) => !c.inside).map((c) => c.title)).toEqual([]);
    const texts = found.charts.flatMap((c) => c.texts);
    expect(texts.length).toBeGreaterThan(20);
    // 11 and 12 px axis labels and values beside 28 px text are unreadable from 3 m.
    expect(texts.filter((t) => t.px < found.body * 0.7)).toEqual([]);
  });
});
