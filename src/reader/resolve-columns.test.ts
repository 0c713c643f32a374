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
          row('208', 764481100, 758721100, 5760000),
          row('20805', 764481100, 758721100, 5760000),
          row('2080501', 864000, 864000),
          row('2080502', 3456000, 3456000),
          row('2080505', 505776100, 505776100),
          row('2080506', 252945000, 252945000),
          row('2080599', 1440000, 1440000),
        ],
        total: row('', 764481100, 758721100, 5760000),
      },
      L,
      'test',
    );
    const v = Object.fromEntries(t.rows.map((r) => [r.code, r.values]));
    expect(v['2080501']).toEqual([864000, 0, 864000]);
    expect(v['2080505']).toEqual([505776100, 505776100, 0]);
    expect(v['2080506']).toEqual([252945000, 252945000, 0]);
    expect(v['2080502']).toEqual([3456000, 0, 3456000]);
    expect(t.resolved.find((r) => r.code === '2080501')?.columns).toEqual(['合计', '项目支出']);
  });
  it('"58,727,992 58,677,992 50,000" is all three columns; its siblings follow from the parent', () => {
    const t = resolveColumns(
      {
        rows: [
          row('210', 6810152500, 6805152500, 5000000),
          row('21015', 6810152500, 6805152500, 5000000),
          row('2101501', 5872799200, 5867799200, 5000000),
          row('2101550', 937353300, 937353300),
        ],
        total: row('', 6810152500, 6805152500, 5000000),
      },
      L,
      'test',
    );
    expect(t.rows.find((r) => r.code === '2101501')?.values).toEqual([5872799200, 5867799200, 5000000]);
    expect(t.rows.find((r) => r.code === '2101550')?.values).toEqual([937353300, 937353300, 0]);
  });
  it('fails when several placements satisfy every sum, unless another table decides', () => {
    const table = { rows: [row('221', 10000, 10000), row('22102', 10000, 10000)], total: row('', 10000, 10000) };
    expect(() => resolveColumns(table, L, 'doc · 表3')).toThrow(
      /doc · 表3: the columns of rows 221 221, 22102 22102, 合计 cannot be decided/,
    );
    const t = resolveColumns(table, L, 'doc · 表3', new Map([['', [null, 10000, null]]]));
    expect(t.usedHints).toBe(true);
    expect(t.rows.map((r) => r.values)).toEqual([
      [10000, 10000, 0],
      [10000, 10000, 0],
    ]);
  });
  it('fails, naming the row and the numbers, when no placement works', () => {
    const table = {
      rows: [row('221', 10000, 6000, 4000), row('22102', 10000, 10000)],
      total: row('', 10000, 6000, 4000),
    };
    expect(() => resolveColumns(table, L, 'doc · 表3')).toThrow(
      /doc · 表3, row 221 221 \(line 1\): no placement of the children's figures \(22102\) adds up to the printed 基本支出 60 \/ 项目支出 40/,
    );
    expect(() => resolveColumns({ rows: [row('221', 10000, 9000)], total: row('', 10000, 9000) }, L, 'doc')).toThrow(
      /doc, row 221 221 \(line 1\): 合计 printed 100 but its parts 90 = 90/,
    );
  });
});
