import { describe, expect, it } from 'vitest';
import { parsePdfRows } from './layout-pdf.ts';

const lines = (s: string) => s.split('\n').map((text, i) => ({ no: i + 1, text, page: null }));

describe('layout-pdf', () => {
  it('joins wrapped names, skips furniture and headers, reads the glued 合计 row', () => {
    const excerpt = [
      '单位：元',
      '',
      '类 款 项',
      '',
      '208 01 人力资源和社会保障管理事务 83,000 83,000',
      '',
      '208 01 99',
      '其他人力资源和社会保障管理事务支',
      '出',
      '',
      '83,000 83,000',
      '',
      '编制部门：上海市医疗保障局 ',
      '项目 收入预算',
      '其他收入事业收入',
      '事业单位',
      '经营收入',
      '功能分类科目名称 合计 财政拨款收入',
      '210 15 01 行政运行 58,727,992 58,677,992 50,000',
      '',
      '246,530,872 93,352,452 153,178,420合计',
    ].join('\n');
    const t = parsePdfRows(lines(excerpt), { levels: 3, columns: 3, where: 'test' });
    expect(t.rows.map((r) => [r.code, r.name, r.figures])).toEqual([
      ['20801', '人力资源和社会保障管理事务', [8300000, 8300000]],
      ['2080199', '其他人力资源和社会保障管理事务支出', [8300000, 8300000]],
      ['2101501', '行政运行', [5872799200, 5867799200, 5000000]],
    ]);
    expect(t.total?.figures).toEqual([24653087200, 9335245200, 15317842000]);
    expect(t.rows.every((r) => !r.positional)).toBe(true);
  });
  it('reports text that is not a row, and a row without figures', () => {
    expect(() => parsePdfRows(lines('上海 83,000'), { levels: 3, columns: 3, where: 'doc · 表3' })).toThrow(
      /doc · 表3, line 1: unexpected line in table/,
    );
    expect(() => parsePdfRows(lines('208 01 名称'), { levels: 3, columns: 3, where: 'doc' })).toThrow(
      /row 20801 名称 has no figures/,
    );
  });
});
