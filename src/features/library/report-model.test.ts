import { describe, expect, it } from 'vitest';
import type { TableReading } from '../../reader/api';
import { checkTotals, difference, pageList, rowLabel, tableOf, tableRows, textLang } from './report-model';

const table = (over: Partial<TableReading>): TableReading => ({
  number: 1,
  title: '部门财务收支预算总表',
  kind: 'financialSummary',
  pages: [5],
  unit: '元',
  rows: 12,
  state: 'read',
  placedBy: 'printed',
  placedRows: 0,
  ...over,
});

describe('report model', () => {
  it('lists printed pages in runs', () => {
    expect(pageList([])).toBe('');
    expect(pageList([7])).toBe('7');
    expect(pageList([8, 7, 9, 12, 12])).toBe('7–9, 12');
  });
  it('turns the tables into rows in the template order', () => {
    const rows = tableRows([
      table({ number: 3, kind: 'expenditureByFunction', title: '部门支出预算总表', pages: [7, 8], rows: 40 }),
      table({ number: 6, kind: 'governmentFundByFunction', state: 'printed empty', rows: 0 }),
      table({ number: 1 }),
      table({ number: 7, kind: 'somethingNew', state: 'absent', pages: [] }),
    ]);
    expect(rows.map((r) => [r.number, r.kind, r.pages, r.rows, r.state])).toEqual([
      [1, 'financialSummary', '5', 12, 'read'],
      [3, 'expenditureByFunction', '7–8', 40, 'read'],
      [6, 'governmentFundByFunction', '5', 0, 'printedEmpty'],
      [7, null, '', 12, 'absent'],
    ]);
  });
  it('sums the checks', () => {
    expect(checkTotals([])).toEqual({ run: 0, passed: 0, failed: 0 });
    expect(
      checkTotals([
        { check: 'a', run: 10, failed: 0 },
        { check: 'b', run: 5, failed: 2 },
      ]),
    ).toEqual({ run: 15, passed: 13, failed: 2 });
  });
  it('names the table of a failure by its number', () => {
    expect(tableOf('表3 部门支出预算总表')).toEqual({ number: 3, kind: 'expenditureByFunction' });
    expect(tableOf(' 表 9 “三公”经费')).toEqual({ number: 9, kind: 'threePublic' });
    expect(tableOf('表0')).toBeNull();
    expect(tableOf('summary')).toBeNull();
  });
  it('reads rows, languages and differences', () => {
    expect(rowLabel('row 2101504 医疗保障经办事务')).toBe('2101504 医疗保障经办事务');
    expect(rowLabel('合计')).toBe('合计');
    expect(textLang('parent = sum of children')).toBe('en');
    expect(textLang('款 codes have two digits; 30202 印刷费')).toBe('zh-CN');
    expect(difference(1000, 900)).toBe(100);
    expect(difference(null, 900)).toBeNull();
  });
});
