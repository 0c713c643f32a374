import { describe, expect, it } from 'vitest';
import { shareFileName } from './file-name';

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

  it('falls back to the view for a chart that names nothing else', () => {
    expect(shareFileName({ view: 'projects', years: [2026], path: [] }, 'json')).toBe('hsa-budget-projects-2026.json');
  });
});
