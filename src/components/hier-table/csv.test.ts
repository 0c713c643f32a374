import { describe, expect, it } from 'vitest';
import { BOM, csvField, csvPercent, tableCsvRows, toCsv } from './csv';
import type { HierColumn } from './types';

describe('csvField', () => {
  it('leaves plain text and numbers alone', () => {
    expect(csvField('卫生健康支出')).toBe('卫生健康支出');
    expect(csvField(300170000)).toBe('300170000');
    expect(csvField(-15000)).toBe('-15000');
    expect(csvField(null)).toBe('');
  });

  it('quotes separators, quotes and line breaks and doubles inner quotes', () => {
    expect(csvField('Health, other')).toBe('"Health, other"');
    expect(csvField('"三公"经费')).toBe('"""三公""经费"');
    expect(csvField('a\nb')).toBe('"a\nb"');
  });

  it('neutralises text that a spreadsheet would run as a formula', () => {
    expect(csvField('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvField('+1')).toBe("'+1");
  });
});

describe('toCsv', () => {
  it('starts with a UTF-8 byte-order mark and ends lines with CRLF', () => {
    const csv = toCsv([
      ['编码', '名称', '合计（元）'],
      ['210', '卫生健康支出', 264585384],
    ]);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv).toBe(`${BOM}编码,名称,合计（元）\r\n210,卫生健康支出,264585384\r\n`);
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });
});

describe('csvPercent', () => {
  it('writes a ratio as a percentage with two decimals', () => {
    expect(csvPercent(264_585_384 / 300_170_000)).toBe(88.15);
    expect(csvPercent(null)).toBeNull();
  });
});

describe('tableCsvRows', () => {
  type Line = { total: number; basic: number | null; status: string };
  const columns: HierColumn<Line>[] = [
    { id: 'total', header: '合计', kind: 'money', value: (r) => r.total },
    { id: 'basic', header: '基本支出', kind: 'money', value: (r) => r.basic },
    { id: 'status', header: '状态', kind: 'text', text: (r) => r.status },
  ];
  const base = {
    columns,
    headers: { code: '编码', name: '名称', share: '占比（%）', totals: '合计' },
    valueHeader: (c: HierColumn<Line>) => (c.kind === 'text' ? c.header : `${c.header}（元）`),
    lines: [
      {
        code: '210',
        name: '卫生健康支出',
        row: { total: 26_458_538_400, basic: 9_568_785_700, status: '新增, "待定"' },
      },
      { code: '21015', name: '医疗保障管理事务', row: { total: 25_856_650_000, basic: null, status: '' } },
    ],
  };

  it('writes the columns as shown, shares after their column, yuan from fen and the totals last', () => {
    const rows = tableCsvRows({
      ...base,
      showCode: true,
      share: { of: 'total', total: 30_017_000_000 },
      totals: { row: { total: 30_017_000_000, basic: 13_106_000_000, status: '' } },
    });
    expect(rows).toEqual([
      ['编码', '名称', '合计（元）', '占比（%）', '基本支出（元）', '状态'],
      ['210', '卫生健康支出', 264585384, 88.15, 95687857, '新增, "待定"'],
      ['21015', '医疗保障管理事务', 258566500, 86.14, null, ''],
      [null, '合计', 300170000, 100, 131060000, ''],
    ]);
    expect(toCsv(rows).split('\r\n')[1]).toBe('210,卫生健康支出,264585384,88.15,95687857,"新增, ""待定"""');
  });

  it('writes the fen of a document that prints them as yuan decimals', () => {
    const rows = tableCsvRows({
      ...base,
      lines: [{ code: '201', name: '一般公共服务支出', row: { total: 9_628_221_344, basic: -5, status: '' } }],
      showCode: true,
      share: null,
      totals: null,
    });
    expect(rows[1]).toEqual(['201', '一般公共服务支出', 96282213.44, -0.05, '']);
    expect(toCsv(rows).split('\r\n')[1]).toBe('201,一般公共服务支出,96282213.44,-0.05,');
  });

  it('leaves out the code column, share and totals when the table has none', () => {
    const rows = tableCsvRows({ ...base, showCode: false, share: null, totals: null });
    expect(rows[0]).toEqual(['名称', '合计（元）', '基本支出（元）', '状态']);
    expect(rows).toHaveLength(3);
  });
});
