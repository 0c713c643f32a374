// Rows and cells from text runs: the gap and baseline rules on made-up runs (font size 10), and
// the text form.
import { describe, expect, it } from 'vitest';
import { buildRows, compose, placeRuns, rowCells } from './layout.ts';
import { pagesToText } from './text.ts';
import type { TextRun } from './types.ts';

const run = (text: string, x: number, width: number, y = 100, size = 10): TextRun => ({
  text,
  x,
  right: x + width,
  y,
  size,
});
const texts = (runs: TextRun[]): string[] => rowCells(runs).map((c) => c.text);

describe('cells of a row', () => {
  it('joins runs that touch, and keeps the space pdf.js reported between two items', () => {
    expect(texts([run('上海', 0, 20), run('市', 20, 10)])).toEqual(['上海市']);
    expect(texts([run('96,282,213.44', 0, 60), run(' ', 60, 0), run('一、公共安全支出', 64, 80)])).toEqual([
      '96,282,213.44 一、公共安全支出',
    ]);
  });

  it('starts a new cell where the gap exceeds 0.78 font sizes, keeping each cell’s extent', () => {
    expect(texts([run('156,211,123', 0, 60), run(' ', 60, 0), run('一、一般公共服务支出', 67.6, 100)])).toEqual([
      '156,211,123 一、一般公共服务支出',
    ]);
    const cells = rowCells([run('1,710,062.00', 0, 60), run(' ', 60, 0), run('351,684,000.00', 68, 70)]);
    expect(cells).toEqual([
      { text: '1,710,062.00', x: 0, right: 60 },
      { text: '351,684,000.00', x: 68, right: 138 },
    ]);
  });

  it('reads a clear gap without a pdf.js space item as a space, and sorts runs by x', () => {
    expect(texts([run('b', 14, 5), run('a', 0, 10)])).toEqual(['a b']);
  });

  it('sizes the gap by the larger font of the two neighbours', () => {
    expect(texts([run('标题', 0, 36, 100, 18), run('x', 48, 5, 100, 10)])).toEqual(['标题 x']);
  });
});

describe('rows', () => {
  it('puts runs within half a font size of the row’s first baseline on one row, top to bottom', () => {
    const rows = buildRows([
      run('经营收入', 400, 32, 112.2),
      run('类', 0, 8, 115),
      run('事业单位', 400, 32, 98.9),
      run('功能分类科目编码', 0, 64, 96.2),
      run('功能分类科目名称', 100, 64, 104.4),
    ]);
    expect(rows.map((r) => r.cells.map((c) => c.text).join('|'))).toEqual([
      '功能分类科目编码|事业单位',
      '功能分类科目名称',
      '类|经营收入',
    ]);
    expect(rows.map((r) => r.y)).toEqual([96.2, 104.4, 112.2]);
  });

  it('drops rows of whitespace only', () => {
    expect(buildRows([run(' ', 0, 100), run('a', 0, 5, 200)])).toHaveLength(1);
  });
});

describe('placing pdf.js items', () => {
  const portrait = [1, 0, 0, -1, 0, 842]; // viewport of an unrotated A4 page at scale 1

  it('skips empty and marked-content items, flips y to the top, normalises to NFC and removes TABs', () => {
    const items = [
      { str: '', transform: [10, 0, 0, 10, 50, 700], width: 0, hasEOL: true },
      { type: 'beginMarkedContent' },
      { str: 'Cafe\u0301\t1', transform: [10, 0, 0, 10, 50, 700], width: 30, hasEOL: false },
      { str: '  ', transform: [10, 0, 0, 10, 80, 700], width: 5000 },
    ];
    expect(placeRuns(items, portrait)).toEqual([
      { text: 'Café 1', x: 50, right: 80, y: 142, size: 10 },
      { text: ' ', x: 80, right: 5080, y: 142, size: 10 },
    ]);
  });

  it('applies the viewport of a rotated page', () => {
    const rotated90 = [0, 1, 1, 0, 0, 0]; // pdf.js viewport transform for /Rotate 90
    const [r] = placeRuns([{ str: 'x', transform: [0, 12, -12, 0, 300, 100], width: 6 }], rotated90);
    expect(r).toMatchObject({ x: 100, y: 300, size: 12, right: 106 });
    expect(compose([2, 0, 0, 2, 1, 1], [1, 0, 0, 1, 5, 5])).toEqual([2, 0, 0, 2, 11, 11]);
  });
});

describe('text form', () => {
  it('writes [pages: N], a marker per page (empty pages too) and TABs between cells', () => {
    const cell = (text: string, x: number) => ({ text, x, right: x + 10 });
    const text = pagesToText([
      { number: 1, width: 842, height: 595, rows: [{ y: 10, cells: [cell('项目', 0), cell('合计', 50)] }] },
      { number: 2, width: 842, height: 595, rows: [] },
      { number: 3, width: 842, height: 595, rows: [{ y: 10, cells: [cell('完', 0)] }] },
    ]);
    expect(text).toBe('[pages: 3]\n\n=== 第1页 ===\n项目\t合计\n\n=== 第2页 ===\n\n=== 第3页 ===\n完\n');
  });
});
