// Interaction times in Chromium on the production build: from the input event to the new state
// painted (the condition holds, then one animation frame has passed). Repeated runs; median and
// spread are reported, not tested (timings are not deterministic).
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../e2e/helpers/find-chromium';
import { spread } from './stats';

export interface InteractionRow {
  interaction: string;
  runs: number;
  medianMs: number;
  p25Ms: number;
  p75Ms: number;
  maxMs: number;
}

interface Scenario {
  name: string;
  /** the view to open before each run */
  hash: string;
  /** ready when this selector is present */
  ready: string;
  /** in the page: perform the input */
  act: string;
  /** in the page: true once the new state is rendered */
  done: string;
}

// Selectors follow what a person sees: tiles by their code, headers by their sort buttons.
export const SCENARIOS: Scenario[] = [
  {
    name: 'drill-down (treemap tile -> children painted)',
    hash: 'view=explore&year=2026',
    ready: '[data-tile-id="210"]',
    act: `document.querySelector('[data-tile-id="210"]').dispatchEvent(new MouseEvent('click', { bubbles: true }))`,
    done: `!!document.querySelector('[data-tile-id="21015"]')`,
  },
  {
    name: 'sort (table header -> rows reordered)',
    hash: 'view=tables&year=2026',
    ready: 'table thead button',
    act: `[...document.querySelectorAll('table thead button')].find((b) => /合计|Total/.test(b.textContent)).click()`,
    done: `(() => { const th = [...document.querySelectorAll('table thead th')].find((h) => /合计|Total/.test(h.textContent)); return th && th.getAttribute('aria-sort') !== 'none' && th.getAttribute('aria-sort') !== null; })()`,
  },
  {
    name: 'language switch (zh-CN -> en)',
    hash: 'view=overview',
    ready: '[data-testid="total-2026"]',
    act: `[...document.querySelectorAll('button')].find((b) => b.textContent === 'English').click()`,
    done: `document.documentElement.lang === 'en' && /CNY/.test(document.querySelector('[data-testid="total-2026"]').textContent)`,
  },
  {
    name: 'unit switch (万元 -> 元)',
    hash: 'view=overview',
    ready: '[data-testid="total-2026"]',
    act: `(() => { const s = [...document.querySelectorAll('select')].find((el) => [...el.options].some((o) => o.value === 'yuan')); s.value = 'yuan'; s.dispatchEvent(new Event('change', { bubbles: true })); })()`,
    done: `document.querySelector('[data-testid="total-2026"]').textContent.includes('300,170,000')`,
  },
  {
    name: 'open the compare view',
    hash: 'view=overview',
    ready: '[data-testid="total-2026"]',
    act: `[...document.querySelectorAll('nav a')].find((a) => a.getAttribute('href').includes('view=compare')).click()`,
    done: `!!document.querySelector('[data-compare-ready]') || /\\+5,363\\.91万元/.test(document.querySelector('main').textContent)`,
  },
];

async function timeOnce(page: Page, scenario: Scenario): Promise<number> {
  // One string, evaluated by the browser's debugger protocol: no eval inside the page (the app's
  // Content-Security-Policy forbids it) and no helpers injected by the TypeScript runner.
  const script = `new Promise((resolve, reject) => {
    const isDone = () => (${scenario.done});
    const start = performance.now();
    (() => { ${scenario.act}; })();
    const deadline = start + 10000;
    const poll = () => {
      if (isDone()) requestAnimationFrame(() => resolve(performance.now() - start));
      else if (performance.now() > deadline) reject(new Error('timed out'));
      else requestAnimationFrame(poll);
    };
    poll();
  })`;
  return (await page.evaluate(script)) as number;
}

export async function runInteractions(baseUrl: string, executablePath: string, runs = 15): Promise<InteractionRow[]> {
  const browser = await chromium.launch({
    executablePath,
    args: CHROMIUM_ARGS,
  });
  const rows: InteractionRow[] = [];
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    // Each run starts from the defaults: no remembered language.
    await page.addInitScript(() => localStorage.clear());
    for (const scenario of SCENARIOS) {
      const times: number[] = [];
      for (let i = 0; i < runs + 2; i++) {
        await page.goto('about:blank');
        await page.goto(`${baseUrl}#${scenario.hash}`);
        await page.waitForSelector(scenario.ready, { timeout: 15_000 });
        const ms = await timeOnce(page, scenario);
        if (i >= 2) times.push(ms); // the first two warm the caches and the lazy chunks
      }
      const s = spread(times);
      rows.push({
        interaction: scenario.name,
        runs,
        medianMs: round(s.median),
        p25Ms: round(s.p25),
        p75Ms: round(s.p75),
        maxMs: round(s.max),
      });
    }
  } finally {
    await browser.close();
  }
  return rows;
}

const round = (n: number) => Math.round(n * 10) / 10;
