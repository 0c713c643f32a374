import { describe, expect, it } from 'vitest';
import { shareFileName } from './file-name';
import { DEFERRED_CARDS } from '../../features/compare/deferred/placeholder-height';

// The cards of the compare view with a share menu (all but the line table), by the ids their
// ChartCard gives it; the change bars also have an embed chart id.
const COMPARE_CARDS = DEFERRED_CARDS.filter((card) => card !== 'lines' && card !== 'change-bars');

describe('shareFileName', () => {
  it('keeps the names of charts that have an embed chart id', () => {
    expect(
      shareFileName({ embedChart: 'treemap-function', view: 'explore', years: [2026], path: ['210'] }, 'png'),
    ).toBe('hsa-budget-treemap-function-2026-210.png');
    expect(shareFileName({ embedChart: 'table-threePublic', view: 'tables', years: [2026], path: [] }, 'csv')).toBe(
      'hsa-budget-table-threePublic-2026.csv',
    );
    // The change bars have both: the embed id wins, so their name is what it was.
    expect(
      shareFileName(
        { embedChart: 'compare-bars', exportId: 'compare-change-bars', view: 'compare', years: [2021, 2026], path: [] },
        'svg',
      ),
    ).toBe('hsa-budget-compare-bars-2021-2026.svg');
  });

  it('names each compare chart differently, after the chart, in ASCII', () => {
    const names = COMPARE_CARDS.map((card) =>
      shareFileName({ exportId: `compare-${card}`, view: 'compare', years: [2021, 2026], path: [] }, 'png'),
    );
    names.push(
      shareFileName(
        { embedChart: 'compare-bars', exportId: 'compare-change-bars', view: 'compare', years: [2021, 2026], path: [] },
        'png',
      ),
    );
    expect(new Set(names).size).toBe(13);
    expect(names[0]).toBe('hsa-budget-compare-waterfall-category-2021-2026.png');
    for (const name of names) expect(name).toMatch(/^hsa-budget-compare-[A-Za-z0-9-]+-2021-2026\.png$/);
  });

  it('falls back to the view for a chart that names nothing else', () => {
    expect(shareFileName({ view: 'projects', years: [2026], path: [] }, 'json')).toBe('hsa-budget-projects-2026.json');
  });
});
