// Lighthouse (mobile, simulated throttling: its default profile) on the production build, in
// Debian's Chromium. Scores are 0-100; LCP and TBT in ms; CLS unitless. Each page is measured
// several times and the run with the median performance score is reported, with the range of
// the scores: on a shared two-core machine one run's TBT can be off by hundreds of ms.
import { mkdirSync, writeFileSync } from 'node:fs';
import lighthouse from 'lighthouse';
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

/** The run with the median performance score (of an even count, the lower middle), with the range over all runs. */
export function medianRun<Run extends Omit<LighthouseRow, 'performanceRange'>>(runs: readonly Run[]): LighthouseRow & { run: Run } {
  if (runs.length === 0) throw new Error('no Lighthouse runs');
  const sorted = [...runs].sort((a, b) => a.performance - b.performance);
  const median = sorted[Math.floor((sorted.length - 1) / 2)]!;
  return { ...median, performanceRange: [sorted[0]!.performance, sorted[sorted.length - 1]!.performance], run: median };
}

const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_ARGS];

export async function runLighthouse(pages: { name: string; url: string }[], chromePath: string, runs = 3): Promise<LighthouseRow[]> {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROME_FLAGS });
  const rows: LighthouseRow[] = [];
  try {
    for (const { name, url } of pages) {
      const results: { row: Omit<LighthouseRow, 'performanceRange'>; report: string }[] = [];
      for (let run = 0; run < runs; run++) {
        const result = await lighthouse(url, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices'],
        });
        if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
        const { categories, audits } = result.lhr;
        const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
        results.push({
          report: String(result.report),
          row: {
            page: name,
            performance: score('performance'),
            accessibility: score('accessibility'),
            bestPractices: score('best-practices'),
            lcpMs: Math.round(audits['largest-contentful-paint']?.numericValue ?? Number.NaN),
            tbtMs: Math.round(audits['total-blocking-time']?.numericValue ?? Number.NaN),
            cls: Number((audits['cumulative-layout-shift']?.numericValue ?? Number.NaN).toFixed(3)),
          },
        });
      }
      const reported = medianRun(results.map((r) => r.row));
      // The reported run's full report, to see which element was the LCP and what delayed it.
      mkdirSync('reports', { recursive: true });
      writeFileSync(`reports/lighthouse-${name}.json`, results.find((r) => r.row === reported.run)!.report);
      const { run: _run, ...row } = reported;
      rows.push(row);
    }
  } finally {
    chrome.kill();
  }
  return rows;
}
