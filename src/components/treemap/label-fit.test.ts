import { describe, expect, it } from 'vitest';
import { DEFAULT_METRICS, estimateTextWidth, fitLabel, truncateToWidth, wrapText } from './label-fit';

const M = DEFAULT_METRICS;

describe('estimateTextWidth', () => {
  it('counts a CJK character as one em and Latin narrower', () => {
    expect(estimateTextWidth('信息化建设', 12)).toBe(60);
    expect(estimateTextWidth('Health', 12)).toBeLessThan(estimateTextWidth('卫生健康', 12));
    expect(estimateTextWidth('abc', 12, true)).toBeGreaterThan(estimateTextWidth('abc', 12));
  });
});

describe('truncateToWidth', () => {
  it('keeps text that fits and cuts text that does not, with an ellipsis', () => {
    expect(truncateToWidth('行政运行', 100, 12)).toBe('行政运行');
    const cut = truncateToWidth('医疗保障管理事务', 50, 12);
    expect(cut).toBe('医疗保…');
    expect(estimateTextWidth(cut, 12)).toBeLessThanOrEqual(50);
    expect(truncateToWidth('医疗', 5, 12)).toBe('');
  });
});

describe('wrapText', () => {
  it('breaks English at spaces and Chinese anywhere', () => {
    expect(wrapText('Healthcare security administration', 130, 12, 2)).toEqual([
      'Healthcare security',
      'administration',
    ]);
    expect(wrapText('医疗保障管理事务', 50, 12, 2)).toEqual(['医疗保障', '管理事务']);
    expect(wrapText('其他医疗保障管理事务支出', 50, 12, 2)).toEqual(['其他医疗', '保障管…']);
  });

  it('never returns more lines than asked and never a line wider than the width', () => {
    for (const text of ['Other healthcare security administration expenditure', '其他医疗保障管理事务支出']) {
      for (const width of [30, 60, 120, 400]) {
        const lines = wrapText(text, width, 12, 2);
        expect(lines.length).toBeLessThanOrEqual(2);
        for (const line of lines) expect(estimateTextWidth(line, 12)).toBeLessThanOrEqual(width);
      }
    }
    expect(wrapText('anything', 100, 12, 0)).toEqual([]);
  });
});

describe('fitLabel', () => {
  const lines = ['7,758.61万元', '30.0%'];

  it('shows everything on a large tile', () => {
    expect(fitLabel('信息化建设', lines, 300, 200)).toEqual({ title: ['信息化建设'], lines });
  });

  it('drops the share before the amount when height is short', () => {
    const height = 2 * M.padding + M.titleSize * M.lineHeight + M.textSize * M.lineHeight + 1;
    expect(fitLabel('信息化建设', lines, 300, height)).toEqual({ title: ['信息化建设'], lines: ['7,758.61万元'] });
  });

  it('never cuts a figure: one that is too wide is left out with those after it', () => {
    expect(fitLabel('行政运行', lines, 70, 200)).toEqual({ title: ['行政运行'], lines: [] });
  });

  it('uses a second title line before the remaining lines', () => {
    const fit = fitLabel(
      'Healthcare security administration',
      ['CNY 258.57 million', '97.7%'],
      160,
      2 * M.padding + 2 * 16.9 + 15.6 + 8,
    );
    expect(fit.title).toEqual(['Healthcare security', 'administration']);
    expect(fit.lines).toEqual(['CNY 258.57 million']);
  });

  it('writes nothing on a tile too small for a readable name', () => {
    expect(fitLabel('信息化建设', lines, 20, 200)).toEqual({ title: [], lines: [] });
    expect(fitLabel('信息化建设', lines, 300, 10)).toEqual({ title: [], lines: [] });
    expect(fitLabel('医疗保障管理事务', lines, 2 * M.padding + 30, 200)).toEqual({ title: [], lines: [] });
    // Three Latin letters and an ellipsis are not a name; two Chinese characters are one.
    expect(fitLabel('Housing security', [], 2 * M.padding + 34, 30)).toEqual({ title: [], lines: [] });
    expect(fitLabel('住房保障支出', [], 2 * M.padding + 42, 30).title).toEqual(['住房…']);
  });

  it('keeps every line inside the tile', () => {
    for (const [w, h] of [
      [40, 30],
      [80, 50],
      [120, 90],
      [500, 300],
    ] as const) {
      const fit = fitLabel(
        'Other healthcare security administration expenditure',
        ['CNY 31.69 million', '12.3%'],
        w,
        h,
      );
      for (const line of fit.title)
        expect(estimateTextWidth(line, M.titleSize, true)).toBeLessThanOrEqual(w - 2 * M.padding);
      const used = fit.title.length * M.titleSize * M.lineHeight + fit.lines.length * M.textSize * M.lineHeight;
      expect(used).toBeLessThanOrEqual(h - 2 * M.padding);
    }
  });
});
