import { describe, expect, it } from 'vitest';
import { medianRun } from './lighthouse';

/** The parts of a Lighthouse result the bench reads. */
const lhr = (performance: number, fcp: number, tti: number, tbt: number) =>
  ({
    categories: {
      performance: { score: performance / 100 },
      accessibility: { score: 1 },
      'best-practices': { score: 1 },
    },
    audits: {
      'first-contentful-paint': { numericValue: fcp },
      interactive: { numericValue: tti },
      'largest-contentful-paint': { numericValue: 1000.4 },
      'total-blocking-time': { numericValue: tbt },
      'cumulative-layout-shift': { numericValue: 0.0004 },
    },
  }) as unknown as Parameters<typeof medianRun>[1][number];

describe('medianRun', () => {
  it('reports the run nearest the median FCP and TTI (not the median score), with the range of the scores', () => {
    const runs = [
      lhr(99, 900, 3000, 40),
      lhr(87, 1000, 5200, 496),
      lhr(98, 960, 3900, 268),
      lhr(96, 950, 3800, 210),
      lhr(90, 990, 4600, 400),
    ];
    const median = medianRun('compare', runs);
    expect(median.lhr).toBe(runs[2]); // FCP 960 and TTI 3900 are the medians; its very result, for the saved report
    expect(median).toMatchObject({
      page: 'compare',
      performance: 98,
      accessibility: 100,
      bestPractices: 100,
      lcpMs: 1000,
      tbtMs: 268,
      cls: 0,
      performanceRange: [87, 99],
    });
  });

  it('takes a single run as it is', () => {
    expect(medianRun('overview', [lhr(100, 800, 1500, 10)])).toMatchObject({
      performance: 100,
      performanceRange: [100, 100],
    });
  });

  it('refuses no runs at all', () => {
    expect(() => medianRun('embed', [])).toThrow(/no Lighthouse runs/);
  });
});
