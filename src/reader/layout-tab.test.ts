import { describe, expect, it } from 'vitest';
import { parseTabRows } from './layout-tab.ts';

const lines = (s: string) => s.split('\n').map((text, i) => ({ no: i + 1, text, page: null }));
const shape = { levels: 3 as const, columns: 3, where: 'test' };

describe('layout-tab', () => {
  it('reads rows with empty cells kept, rows without names, and the 合计 row', () => {
    const t = parseTabRows(
      lines(
        [
          '项目\t\t\t支出预算\t\t\t',
          '功能分类科目编码\t\t\t功能分类科目名称\t合计\t基本支出\t项目支出',
          '类\t款\t项\t\t\t\t',
          '208\t05\t\t行政事业单位养老支出\t15,304,566\t15,304,566\t',
          '208\t01\t99\t212,473\t\t212,473',
          '合计\t\t\t\t300,170,000\t131,060,000\t169,110,000',
        ].join('\n'),
      ),
      shape,
    );
    expect(t.rows).toEqual([
      {
        code: '20805',
        name: '行政事业单位养老支出',
        figures: [1530456600, 1530456600, null],
        positional: true,
        line: 4,
      },
      { code: '2080199', name: '', figures: [21247300, null, 21247300], positional: true, line: 5 },
    ]);
    expect(t.total).toMatchObject({ figures: [30017000000, 13106000000, 16911000000], positional: true });
  });
  it('falls back to arithmetic when cells were dropped, and rejects bad codes', () => {
    const t = parseTabRows(lines('204\t公共安全支出\t87267272.44'.replace('.44', '')), shape);
    expect(t.rows[0]).toMatchObject({ code: '204', name: '公共安全支出', figures: [8726727200], positional: false });
    expect(() => parseTabRows(lines('20\t8\t\t名\t1\t1\t'), shape)).toThrow(/bad code/);
  });
});
