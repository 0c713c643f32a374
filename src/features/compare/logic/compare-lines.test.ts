import { describe, expect, it } from 'vitest';
import { makeDocument } from '../../../domain/document-fixture';
import type { EconomicRow } from '../../../domain/schema';
import { effectiveLevel, effectiveMeasure } from '../../../domain/classifications';
import { compareLines, leafRows, rowsAtLevel } from './compare-lines';

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
      { code: '210', name: '卫生健康支出', total: 22_551_147_300, basic: 7_247_365_300, project: 15_303_782_000 },
      { code: '21015', name: '医疗保障管理事务', total: 22_551_147_300, basic: 7_247_365_300, project: 15_303_782_000 },
      { code: '2101504', name: '信息化建设', total: 3_540_950_100, basic: 0, project: 3_540_950_100 },
      {
        code: '2101599',
        name: '其他医疗保障管理事务支出',
        total: 19_010_197_200,
        basic: 7_247_365_300,
        project: 11_762_831_900,
      },
    ],
    basicByEconomic: [
      eco('301', '工资福利支出', 7_399_211_200, 0),
      eco('302', '商品和服务支出', 0, 107_156_000),
      eco('30203', '咨询费', 0, 6_500_000),
      eco('30229', '福利费', 0, 100_656_000),
    ],
  },
});
const doc2026 = makeDocument();

describe('compareLines', () => {
  it('matches the function classification by code: 信息化建设 +42,176,621 yuan', () => {
    const rows = compareLines(doc2021, doc2026, 'function', 'total');
    expect(rows.find((r) => r.code === '2101504')).toMatchObject({
      status: 'changed',
      from: 3_540_950_100,
      to: 7_758_612_200,
      change: 4_217_662_100,
    });
    expect(rows.find((r) => r.code === '208')).toMatchObject({ status: 'new', from: null, change: null });
  });

  it('compares basic spending by economic classification, new and removed lines marked', () => {
    const rows = compareLines(doc2021, doc2026, 'economic', 'total');
    const status = Object.fromEntries(rows.map((r) => [r.code, r.status]));
    expect(status).toMatchObject({
      '30203': 'removed',
      '30229': 'removed',
      '30101': 'new',
      '30217': 'new',
      '301': 'changed',
    });
  });

  it('falls back to the total for a measure the classification does not have', () => {
    expect(effectiveMeasure('economic', 'basic')).toBe('total');
    expect(effectiveMeasure('function', 'project')).toBe('project');
    const rows = compareLines(doc2021, doc2026, 'economic', 'project');
    expect(rows.find((r) => r.code === '301')?.to).toBe(10_782_750_400);
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
