// Lighthouse (mobile, simulated throttling: its default profile) on the production build, in
// Debian's Chromium. Scores are 0-100; LCP and TBT in ms; CLS unitless. Each page is measured
// five times and the median run is reported the way Lighthouse's variability guide says
// (docs/variability.md: five runs, its own computeMedianRun, the run nearest the median FCP and
// TTI), with the range of the scores: on a shared two-core machine one run's TBT can be off by
// hundreds of ms.
import { mkdirSync, writeFileSync } from 'node:fs';
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM_ARGS } from '../../e2e/helpers/find-chromium';

export interface LighthouseRow {
  page: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** lowest and highest performance score over the runs */
  performanceRange: [number, number];
}

type Lhr = Parameters<typeof computeMedianRun>[0][number];

/** A run's figures. */
export function rowOf(page: string, lhr: Lhr): Omit<LighthouseRow, 'performanceRange'> {
  const { categories, audits } = lhr;
  const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
  return {
    page,
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    lcpMs: Math.round(audits['largest-contentful-paint']?.numericValue ?? Number.NaN),
    tbtMs: Math.round(audits['total-blocking-time']?.numericValue ?? Number.NaN),
    cls: Number((audits['cumulative-layout-shift']?.numericValue ?? Number.NaN).toFixed(3)),
  };
}

/** Lighthouse's median run of a page's runs, with the range of the performance scores over all of them. */
export function medianRun(page: string, runs: readonly Lhr[]): LighthouseRow & { lhr: Lhr } {
  if (runs.length === 0) throw new Error('no Lighthouse runs');
  const lhr = computeMedianRun([...runs]);
  const scores = runs.map((run) => rowOf(page, run).performance);
  return { ...rowOf(page, lhr), performanceRange: [Math.min(...scores), Math.max(...scores)], lhr };
}

const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_ARGS];

export async function runLighthouse(
  pages: { name: string; url: string }[],
  chromePath: string,
  runs = 5,
): Promise<LighthouseRow[]> {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROME_FLAGS });
  const rows: LighthouseRow[] = [];
  try {
    for (const { name, url } of pages) {
      const results: { lhr: Lhr; report: string }[] = [];
      for (let run = 0; run < runs; run++) {
        const result = await lighthouse(url, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices'],
        });
        if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
        results.push({ lhr: result.lhr, report: String(result.report) });
      }
      const { lhr, ...row } = medianRun(
        name,
        results.map((r) => r.lhr),
      );
      // The reported run's full report, to see which element was the LCP and what delayed it.
      mkdirSync('reports', { recursive: true });
      writeFileSync(`reports/lighthouse-${name}.json`, results.find((r) => r.lhr === lhr)!.report);
      rows.push(row);
    }
  } finally {
    chrome.kill();
  }
  return rows;
}
