import { describe, expect, it } from 'vitest';
import { readableTable, toCsv, toJson, withUnitHeaders, type ShareTable } from './share-table';

const table: ShareTable = {
  columns: [
    { key: 'code', label: '编码', kind: 'code' },
    { key: 'name', label: '名称', kind: 'text' },
    { key: 'total', label: '合计', kind: 'money' },
  ],
  rows: [
    { code: '210', name: '卫生健康支出', total: 28_465_296_100 },
    { code: '208', name: 'Social security, "pensions"', total: -1_500 },
    { code: '201', name: '一般公共服务支出', total: 9_628_221_344 },
    { code: '299', name: '=HYPERLINK("x")', total: null },
  ],
};

describe('toCsv', () => {
  it('writes a BOM, the header, the rows in yuan, CRLF, quoting and formula guards', () => {
    const csv = toCsv(withUnitHeaders(table, (label) => `${label}（元）`));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      '编码,名称,合计（元）',
      '210,卫生健康支出,284652961',
      '208,"Social security, ""pensions""",-15',
      '201,一般公共服务支出,96282213.44',
      `299,"'=HYPERLINK(""x"")",`,
      '',
    ]);
  });
});

describe('toJson', () => {
  it('puts the citation first and writes money as yuan numbers, exact from fen', () => {
    const json = JSON.parse(
      toJson(table, {
        title: 'T',
        sourceLine: 'S',
        dataVersions: ['abc'],
        link: 'L',
        generated: '2026-01-01T00:00:00.000Z',
        lang: 'zh-CN',
      }),
    );
    expect(Object.keys(json).slice(0, 3)).toEqual(['title', 'source', 'dataVersions']);
    expect(json.unit).toBe('yuan');
    expect(json.columns[2]).toEqual({ key: 'total', label: '合计', unit: 'yuan' });
    expect(json.rows[0]).toEqual({ code: '210', name: '卫生健康支出', total: 284652961 });
    expect(json.rows[2].total).toBe(96282213.44);
    expect(json.rows[3]).toEqual({ code: '299', name: '=HYPERLINK("x")', total: null });
  });
});

describe('readableTable', () => {
  it('formats money for the picture and aligns numbers right', () => {
    const out = readableTable(table, { money: (fen) => `${(fen / 1_000_000).toFixed(2)}`, number: String });
    expect(out.columns.map((c) => c.align)).toEqual(['start', 'start', 'end']);
    expect(out.rows[0]).toEqual(['210', '卫生健康支出', '28465.30']);
    expect(out.rows[3]?.[2]).toBe('');
  });
});
