// Issue 4 and issue 7: the order in which the compare view draws itself. The headline first;
// the cards after it (near the viewport first, the rest in idle time), each chart as the reader
// nears it; a section jump and print draw what they need at once.
import { expect, test } from '@playwright/test';
import { openApp } from './helpers/app';
import { allCardsDrawn, neverIdle } from './helpers/compare';

test.use({ serviceWorkers: 'block' });

test('a section jump lands its heading below the sticky header (1280×800)', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openApp(page, 'view=compare');
  const header = (await page.locator('.app-header').boundingBox())!;
  await page.getByRole('navigation', { name: '比较的各部分' }).getByRole('button', { name: '历年总额' }).click();
  await expect(page.locator('#cmp-timeline')).toBeFocused();
  await expect
    .poll(async () => (await page.locator('#cmp-timeline h2').first().boundingBox())!.y)
    .toBeGreaterThanOrEqual(header.y + header.height);
});

test('the headline comes first; every card heading is there at once, and the cards follow without scrolling', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openApp(page, 'view=compare');
  await expect(page.getByTestId('change-total').locator('data')).toHaveText('+5,363.91万元');
  // A card not drawn yet is a section named by its heading, so the outline is whole from the start.
  for (const name of [
    '从2021年到2026年：按类',
    '基本支出与项目支出',
    '各科目的变化',
    '历年支出总额',
    '预算单位',
    '项目',
  ])
    await expect(page.getByRole('heading', { level: 2, name, exact: true })).toHaveCount(1);
  // Nobody scrolls: the cards far below the first screen are drawn in idle time all the same.
  await allCardsDrawn(page);
  await expect(page.getByTestId('projects-ended')).toContainText('医疗保险监管档案整理费');
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});

test('a chart far down is drawn as the reader nears it: until then its place is held and its words are there', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openApp(page, 'view=compare');
  await allCardsDrawn(page);
  // Just below the first screen: drawn without scrolling.
  await expect(page.getByTestId('waterfall-category').locator('svg.recharts-surface')).toBeVisible();
  // Far below: the card is there (heading, sentence, table), its chart waits, and its picture is not offered yet.
  const timeline = page.getByTestId('timeline-expenditure');
  await expect(timeline.locator('.cmp-chart-loading')).toHaveCount(1);
  await expect(timeline.locator('svg.recharts-surface')).toHaveCount(0);
  await expect(timeline.getByRole('table').getByRole('row', { name: /^2021/ })).toContainText('24,653万元');
  await expect(timeline.getByRole('button', { name: /^分享与下载/ })).toBeDisabled();
  const before = (await timeline.boundingBox())!.height;
  expect(await page.evaluate(() => window.scrollY)).toBe(0);

  await timeline.scrollIntoViewIfNeeded();
  await expect(timeline.locator('svg.recharts-surface .cmp-bar-value').first()).toBeVisible();
  await expect(timeline.getByRole('button', { name: /^分享与下载/ })).toBeEnabled();
  // The held place was the chart's: nothing moved when it came.
  expect((await timeline.boundingBox())!.height).toBe(before);
});

test('with the page never idle, a jump draws its section before scrolling to it, and print draws everything', async ({
  page,
}) => {
  await neverIdle(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await openApp(page, 'view=compare');
  await expect(page.getByTestId('change-total').locator('data')).toHaveText('+5,363.91万元');
  const timeline = page.locator('#cmp-timeline');
  await expect(timeline.locator('[data-deferred]')).toHaveCount(2);
  await expect(timeline.getByRole('heading', { level: 2, name: '历年支出总额' })).toBeVisible();

  // Clicked and measured in one go: the section is drawn by the click itself, before the scroll.
  const jump = await page.evaluate(() => {
    const button = [...document.querySelectorAll<HTMLButtonElement>('.cmp-nav button')].find(
      (b) => b.textContent === '历年总额',
    )!;
    button.click();
    const section = document.getElementById('cmp-timeline')!;
    return {
      waiting: section.querySelectorAll('[data-deferred]').length,
      charts: section.querySelectorAll('svg.recharts-surface').length,
      focused: document.activeElement === section,
      headingTop: section.querySelector('h2')!.getBoundingClientRect().top,
      headerBottom: document.querySelector('.app-header')!.getBoundingClientRect().bottom,
    };
  });
  expect(jump).toMatchObject({ waiting: 0, charts: 2, focused: true });
  expect(jump.headingTop).toBeGreaterThanOrEqual(jump.headerBottom);
  expect(jump.headingTop).toBeLessThan(800);
  await expect(
    page.getByTestId('timeline-expenditure').getByRole('table').getByRole('row', { name: /^2021/ }),
  ).toContainText('24,653万元');
  // The sections after the one jumped to are still waiting; print needs them all.
  await expect(page.locator('#cmp-units [data-deferred]')).toHaveCount(2);
  await page.emulateMedia({ media: 'print' });
  await allCardsDrawn(page);
  await expect(page.getByTestId('projects-ended')).toContainText('医疗保险监管档案整理费');
  await expect(page.getByTestId('budget-units')).toContainText('2021年有4个预算单位，2026年有3个');
});

test('beforeprint draws every card at once, before the print dialog lays out the page', async ({ page }) => {
  await neverIdle(page);
  await openApp(page, 'view=compare');
  await expect(page.getByTestId('change-total').locator('data')).toHaveText('+5,363.91万元');
  // Synchronously: what is in the page right after the event is what gets printed.
  const waiting = await page.evaluate(() => {
    const before = document.querySelectorAll('[data-deferred]').length;
    window.dispatchEvent(new Event('beforeprint'));
    return {
      before,
      after: document.querySelectorAll('[data-deferred]').length,
      charts: document.querySelectorAll('.compare svg.recharts-surface').length,
    };
  });
  // At least the timelines, figures, units and projects, far below the first screen.
  expect(waiting.before).toBeGreaterThanOrEqual(7);
  expect(waiting.after).toBe(0);
  // Both waterfalls, both splits, the change bars and both timelines are drawn.
  expect(waiting.charts).toBeGreaterThanOrEqual(7);
});
