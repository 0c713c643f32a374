import { describe, expect, it } from 'vitest';
import { makeDocument } from '../../../domain/document-fixture';
import type { EconomicRow } from '../../../domain/schema';
import { compareLines, effectiveLevel, effectiveMeasure, leafRows, rowsAtLevel } from './compare-lines';

const eco = (code: string, name: string, personnel: number, publicUse: number): EconomicRow => ({
  code,
  name,
  total: personnel + publicUse,
  personnel,
  publicUse,
});

// 2021 as printed in 表8, shortened: 30203 咨询费 and 30229 福利费 only exist there.
const doc2021 = makeDocument({
  id: 'shanghai-hsa-2021',
  year: 2021,
  tables: {
    ...makeDocument().tables,
    expenditureByFunction: [
      { code: '210', name: '卫生健康支出', total: 225_511_473, basic: 72_473_653, project: 153_037_820 },
      { code: '21015', name: '医疗保障管理事务', total: 225_511_473, basic: 72_473_653, project: 153_037_820 },
      { code: '2101504', name: '信息化建设', total: 35_409_501, basic: 0, project: 35_409_501 },
      { code: '2101599', name: '其他医疗保障管理事务支出', total: 190_101_972, basic: 72_473_653, project: 117_628_319 },
    ],
    basicByEconomic: [
      eco('301', '工资福利支出', 73_992_112, 0),
      eco('302', '商品和服务支出', 0, 1_071_560),
      eco('30203', '咨询费', 0, 65_000),
      eco('30229', '福利费', 0, 1_006_560),
    ],
  },
});
const doc2026 = makeDocument();

describe('compareLines', () => {
  it('matches the function classification by code: 信息化建设 +42,176,621 yuan', () => {
    const rows = compareLines(doc2021, doc2026, 'function', 'total');
    expect(rows.find((r) => r.code === '2101504')).toMatchObject({ status: 'changed', from: 35_409_501, to: 77_586_122, change: 42_176_621 });
    expect(rows.find((r) => r.code === '208')).toMatchObject({ status: 'new', from: null, change: null });
  });

  it('compares basic spending by economic classification, new and removed lines marked', () => {
    const rows = compareLines(doc2021, doc2026, 'economic', 'total');
    const status = Object.fromEntries(rows.map((r) => [r.code, r.status]));
    expect(status).toMatchObject({ '30203': 'removed', '30229': 'removed', '30101': 'new', '30217': 'new', '301': 'changed' });
  });

  it('falls back to the total for a measure the classification does not have', () => {
    expect(effectiveMeasure('economic', 'basic')).toBe('total');
    expect(effectiveMeasure('function', 'project')).toBe('project');
    const rows = compareLines(doc2021, doc2026, 'economic', 'project');
    expect(rows.find((r) => r.code === '301')?.to).toBe(107_827_504);
    expect(effectiveLevel('economic', '3')).toBe('2');
    expect(effectiveLevel('function', '3')).toBe('3');
  });
});

describe('levels', () => {
  const rows = compareLines(doc2021, doc2026, 'function', 'total');

  it('selects one level or all, and the leaves', () => {
    expect(rowsAtLevel(rows, '1').map((r) => r.code)).toEqual(['208', '210']);
    expect(rowsAtLevel(rows, '3').map((r) => r.code)).toEqual(['2080505', '2101501', '2101504', '2101599']);
    expect(rowsAtLevel(rows, 'all')).toHaveLength(rows.length);
    expect(leafRows(rows).map((r) => r.code)).toEqual(['2080505', '2101501', '2101504', '2101599']);
  });
});
