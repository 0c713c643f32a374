import { describe, expect, it } from 'vitest';
import { nodesFromCodedRows } from './tree';
import type { HierColumn } from './types';
import { hierShareTable, type HierSection } from './hier-share';

type Row = { code: string; name: string; total: number; basic: number | null };
const rows: Row[] = [
  { code: '208', name: '社会保障和就业支出', total: 100, basic: 100 },
  { code: '20805', name: '行政事业单位养老支出', total: 100, basic: 100 },
  { code: '210', name: '卫生健康支出', total: 900, basic: null },
  { code: '21015', name: '医疗保障管理事务', total: 900, basic: null },
];
const columns: HierColumn<Row>[] = [
  { id: 'total', header: '合计', kind: 'money', value: (r) => r.total },
  { id: 'basic', header: '基本支出', kind: 'money', value: (r) => r.basic },
];
const section: HierSection<Row> = {
  heading: null,
  rows: nodesFromCodedRows(rows, (r) => r.name),
  columns,
  share: { of: 'total', total: 1000, header: '占合计比重' },
  totals: { label: '合计', row: { code: '', name: '', total: 1000, basic: 100 } },
  labels: { code: '科目编码', name: '科目名称' },
};
const labels = {
  section: '部分',
  code: '编码',
  name: '名称',
  share: '占比',
  totals: '合计',
  percent: (h: string) => `${h}（%）`,
};

describe('hierShareTable', () => {
  it('gives every line in document order, the share in percent and the total line last', () => {
    const table = hierShareTable([section], { query: '', sort: null, lang: 'zh-CN', labels });
    expect(table.columns.map((c) => `${c.key}:${c.label}:${c.kind}`)).toEqual([
      'code:科目编码:code',
      'name:科目名称:text',
      'total:合计:money',
      'share:占合计比重（%）:number',
      'basic:基本支出:money',
    ]);
    expect(table.rows.map((r) => r.code ?? r.name)).toEqual(['208', '20805', '210', '21015', '合计']);
    expect(table.rows[2]).toEqual({ code: '210', name: '卫生健康支出', total: 900, share: 90, basic: null });
  });

  it('applies the filter and the sort of the table, missing figures last', () => {
    expect(
      hierShareTable([section], { query: '21015', sort: null, lang: 'zh-CN', labels }).rows.map((r) => r.code),
    ).toEqual(['210', '21015', null]);
    const byBasic = hierShareTable([section], {
      query: '',
      sort: { column: 'basic', desc: false },
      lang: 'zh-CN',
      labels,
    });
    expect(byBasic.rows.map((r) => r.code)).toEqual(['208', '20805', '210', '21015', null]);
    const byTotal = hierShareTable([section], {
      query: '',
      sort: { column: 'total', desc: true },
      lang: 'zh-CN',
      labels,
    });
    expect(byTotal.rows.map((r) => r.code)).toEqual(['210', '21015', '208', '20805', null]);
  });

  it('names the section when a table has two', () => {
    const two = hierShareTable(
      [
        { ...section, heading: '收入' },
        { ...section, heading: '支出' },
      ],
      { query: '', sort: null, lang: 'zh-CN', labels },
    );
    expect(two.columns[0]?.key).toBe('section');
    expect(two.rows.filter((r) => r.section === '支出')).toHaveLength(5);
  });
});
