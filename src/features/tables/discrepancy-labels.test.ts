import { describe, expect, it } from 'vitest';
import type { Discrepancy } from '../../domain/schema';
import { discrepanciesOf, parseRow, replaceTerms, tableOfDiscrepancy } from './discrepancy-labels';

const d = (table: string, row = 'row 合计'): Discrepancy => ({
  check: '合计 = 人员经费 + 公用经费',
  table,
  row,
  page: null,
  printed: 100,
  expected: 200,
  note: 'n',
});

describe('discrepancies by table', () => {
  it('reads the table number the ingest prints, or a table id', () => {
    expect(tableOfDiscrepancy(d('表8 一般公共预算基本支出经济分类预算表'))).toBe('basicByEconomic');
    expect(tableOfDiscrepancy(d('表1 部门财务收支预算总表'))).toBe('financialSummary');
    expect(tableOfDiscrepancy(d('expenditureByFunction'))).toBe('expenditureByFunction');
    expect(tableOfDiscrepancy(d('其他相关情况说明'))).toBeNull();
  });

  it('keeps only those of the table asked for', () => {
    const list = [d('表8 一般公共预算基本支出经济分类预算表'), d('表3 部门支出预算总表'), d('机构设置')];
    expect(discrepanciesOf(list, 'basicByEconomic')).toEqual([list[0]]);
    expect(discrepanciesOf(list, 'threePublic')).toEqual([]);
  });
});

describe('parseRow', () => {
  it('splits a coded row into code and printed name', () => {
    expect(parseRow('row 302 商品和服务支出')).toEqual({ kind: 'code', code: '302', printed: '商品和服务支出' });
    expect(parseRow('row 2101504 信息化建设')).toEqual({ kind: 'code', code: '2101504', printed: '信息化建设' });
  });
  it('keeps other rows as labels', () => {
    expect(parseRow('row 合计')).toEqual({ kind: 'label', label: '合计' });
    expect(parseRow('row “三公”经费')).toEqual({ kind: 'label', label: '“三公”经费' });
  });
});

describe('replaceTerms', () => {
  it('replaces the longest known term first', () => {
    const terms = new Map([
      ['项目', 'Item'],
      ['项目支出', 'Project expenditure'],
      ['合计', 'Total'],
      ['sum of children', 'sum of its sub-items'],
    ]);
    expect(replaceTerms('合计 = 基本支出 + 项目支出', terms)).toBe('Total = 基本支出 + Project expenditure');
    expect(replaceTerms('项目支出 = sum of children', terms)).toBe('Project expenditure = sum of its sub-items');
    expect(replaceTerms('a (b)', new Map())).toBe('a (b)');
  });
});
