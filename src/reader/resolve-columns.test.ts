import { describe, expect, it } from 'vitest';
import { resolveColumns } from './resolve-columns.ts';
import type { RawRow } from './types.ts';

const L = ['合计', '基本支出', '项目支出'];
const row = (code: string, ...figures: number[]): RawRow => ({ code, name: code, figures, positional: false, line: 1 });

describe('resolve-columns (2021 excerpts)', () => {
  it('208 05 01 "8,640 8,640" is 项目支出: the parent prints 7,587,211 basic / 57,600 project', () => {
    const t = resolveColumns(
      {
        rows: [
          row('208', 7644811, 7587211, 57600), row('20805', 7644811, 7587211, 57600), row('2080501', 8640, 8640), row('2080502', 34560, 34560),
          row('2080505', 5057761, 5057761), row('2080506', 2529450, 2529450), row('2080599', 14400, 14400),
        ],
        total: row('', 7644811, 7587211, 57600),
      },
      L,
      'test',
    );
    const v = Object.fromEntries(t.rows.map((r) => [r.code, r.values]));
    expect(v['2080501']).toEqual([8640, 0, 8640]);
    expect(v['2080505']).toEqual([5057761, 5057761, 0]);
    expect(v['2080506']).toEqual([2529450, 2529450, 0]);
    expect(v['2080502']).toEqual([34560, 0, 34560]);
    expect(t.resolved.find((r) => r.code === '2080501')?.columns).toEqual(['合计', '项目支出']);
  });
  it('"58,727,992 58,677,992 50,000" is all three columns; its siblings follow from the parent', () => {
    const t = resolveColumns(
      { rows: [row('210', 68101525, 68051525, 50000), row('21015', 68101525, 68051525, 50000), row('2101501', 58727992, 58677992, 50000), row('2101550', 9373533, 9373533)], total: row('', 68101525, 68051525, 50000) },
      L,
      'test',
    );
    expect(t.rows.find((r) => r.code === '2101501')?.values).toEqual([58727992, 58677992, 50000]);
    expect(t.rows.find((r) => r.code === '2101550')?.values).toEqual([9373533, 9373533, 0]);
  });
  it('fails when several placements satisfy every sum, unless another table decides', () => {
    const table = { rows: [row('221', 100, 100), row('22102', 100, 100)], total: row('', 100, 100) };
    expect(() => resolveColumns(table, L, 'doc · 表3')).toThrow(/doc · 表3: the columns of rows 221 221, 22102 22102, 合计 cannot be decided/);
    const t = resolveColumns(table, L, 'doc · 表3', new Map([['', [null, 100, null]]]));
    expect(t.usedHints).toBe(true);
    expect(t.rows.map((r) => r.values)).toEqual([[100, 100, 0], [100, 100, 0]]);
  });
  it('fails, naming the row and the numbers, when no placement works', () => {
    const table = { rows: [row('221', 100, 60, 40), row('22102', 100, 100)], total: row('', 100, 60, 40) };
    expect(() => resolveColumns(table, L, 'doc · 表3')).toThrow(/row 221 221 \(line 1\): no placement of the children's figures \(22102\) adds up to the printed 基本支出 60 \/ 项目支出 40/);
    expect(() => resolveColumns({ rows: [row('221', 100, 90)], total: row('', 100, 90) }, L, 'doc')).toThrow(/row 221 221 \(line 1\): 合计 printed 100 but its parts 90 = 90/);
  });
});
