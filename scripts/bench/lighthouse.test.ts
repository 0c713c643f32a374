import { describe, expect, it } from 'vitest';
import { medianRun } from './lighthouse';

const run = (performance: number, tbtMs: number) => ({ page: 'compare', performance, accessibility: 100, bestPractices: 100, lcpMs: 1000, tbtMs, cls: 0 });

describe('medianRun', () => {
  it('reports the run with the median performance score, with the range of all runs', () => {
    const runs = [run(87, 496), run(95, 268), run(93, 316)];
    expect(medianRun(runs)).toEqual({ ...run(93, 316), performanceRange: [87, 95], run: runs[2] });
    expect(medianRun(runs).run).toBe(runs[2]); // the very run, for its saved report
  });

  it('takes the lower middle of an even count, and a single run as it is', () => {
    expect(medianRun([run(99, 10), run(90, 400)]).performance).toBe(90);
    expect(medianRun([run(96, 100)])).toMatchObject({ ...run(96, 100), performanceRange: [96, 96] });
  });

  it('refuses no runs at all', () => {
    expect(() => medianRun([])).toThrow(/no Lighthouse runs/);
  });
});
