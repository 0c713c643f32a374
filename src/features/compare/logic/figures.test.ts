// Splits, the other figures of the documents and the budget units, compared.
import { describe, expect, it } from 'vitest';
import { makeDocument, statedAmount } from '../../../domain/document-fixture';
import type { BudgetDocument } from '../../../domain/schema';
import { compareUnits, unitKey } from './budget-units';
import { performancePairs, procurementPairs, threePublicPairs } from './other-figures';
import { compareSplit } from './splits';

const base = makeDocument();
const doc2021: BudgetDocument = makeDocument({
  id: 'shanghai-hsa-2021',
  year: 2021,
  tables: {
    ...base.tables,
    expenditureByFunction: [
      { code: '208', name: '社会保障和就业支出', total: 772_781_100, basic: 758_721_100, project: 14_060_000 },
      { code: '210', name: '卫生健康支出', total: 22_551_147_300, basic: 7_247_365_300, project: 15_303_782_000 },
      { code: '221', name: '住房保障支出', total: 1_329_158_800, basic: 1_329_158_800, project: 0 },
    ],
    basicByEconomic: [
      { code: '301', name: '工资福利支出', total: 7_399_211_200, personnel: 7_399_211_200, publicUse: 0 },
      { code: '302', name: '商品和服务支出', total: 1_888_334_000, personnel: 0, publicUse: 1_888_334_000 },
      { code: '310', name: '资本性支出', total: 47_700_000, personnel: 0, publicUse: 47_700_000 },
    ],
    threePublic: {
      total: 208_700_000,
      overseas: 150_000_000,
      reception: 21_600_000,
      vehicles: 37_100_000,
      vehiclePurchase: 15_000_000,
      vehicleOperation: 22_100_000,
      agencyOperation: 1_668_260_000,
    },
  },
  otherNotes: {
    ...base.otherNotes,
    procurement: {
      total: statedAmount(6_775_420_000, '6775.42万元'),
      goods: statedAmount(192_940_000, '192.94万元'),
      works: statedAmount(0, '0万元'),
      services: statedAmount(6_582_480_000, '6582.48万元'),
      smeReserved: statedAmount(4_701_510_000, '4701.51万元'),
      smallMicroReserved: statedAmount(4_202_310_000, '4202.31万元'),
      paragraphs: [],
    },
    performance: { units: 4, projects: 37, amount: statedAmount(15_268_230_000, '15268.23万元'), paragraphs: [] },
  },
});
const doc2026: BudgetDocument = makeDocument({
  tables: {
    ...base.tables,
    expenditureByFunction: [
      { code: '208', name: '社会保障和就业支出', total: 1_551_703_900, basic: 1_530_456_600, project: 21_247_300 },
      { code: '210', name: '卫生健康支出', total: 26_458_538_400, basic: 9_568_785_700, project: 16_889_752_700 },
      { code: '221', name: '住房保障支出', total: 2_006_757_700, basic: 2_006_757_700, project: 0 },
    ],
  },
  otherNotes: {
    ...base.otherNotes,
    performance: { units: 3, projects: 36, amount: statedAmount(16_843_050_000, '16,843.05万元'), paragraphs: [] },
  },
});

describe('compareSplit', () => {
  it('compares basic and project spending; shares add up to 100%', () => {
    const split = compareSplit(doc2021, doc2026, 'basicProject');
    expect(split.fromTotal).toBe(24_653_087_200);
    expect(split.toTotal).toBe(30_017_000_000);
    const [basic, project] = split.parts;
    expect(basic).toMatchObject({ part: 'basic', from: 9_335_245_200, to: 13_106_000_000, change: 3_770_754_800 });
    expect(project).toMatchObject({ part: 'project', from: 15_317_842_000, to: 16_911_000_000, change: 1_593_158_000 });
    expect((basic?.fromShare ?? 0) + (project?.fromShare ?? 0)).toBeCloseTo(1, 12);
    expect((basic?.sharePoints ?? 0) + (project?.sharePoints ?? 0)).toBeCloseTo(0, 10);
    expect(basic?.sharePoints).toBeCloseTo(
      (13_106_000_000 / 30_017_000_000 - 9_335_245_200 / 24_653_087_200) * 100,
      10,
    );
  });

  it('compares personnel and public-use spending of basic spending, from the 类 rows only', () => {
    const split = compareSplit(doc2021, doc2026, 'personnelPublicUse');
    expect(split.parts.map((p) => [p.part, p.from, p.to])).toEqual([
      ['personnel', 7_399_211_200, 10_782_750_400],
      ['publicUse', 1_936_034_000, 2_159_000_000],
    ]);
  });
});

describe('other figures', () => {
  it('pairs 三公 and 机关运行经费 by part, in fen', () => {
    const pairs = Object.fromEntries(threePublicPairs(doc2021, doc2026).map((p) => [p.key, p]));
    expect(pairs['threePublic.total']).toMatchObject({ from: 208_700_000, to: 193_700_000, change: -15_000_000 });
    expect(pairs['threePublic.vehiclePurchase']).toMatchObject({
      from: 15_000_000,
      to: 0,
      change: -15_000_000,
      pct: -1,
    });
    expect(pairs['threePublic.agencyOperation']).toMatchObject({ change: 1_741_760_000 - 1_668_260_000, depth: 0 });
  });

  it('keeps a section one document lacks as not stated, with no change', () => {
    const pairs = procurementPairs(doc2021, doc2026); // the 2026 fixture has no procurement section
    expect(pairs.every((p) => p.to === null && p.change === null && p.pct === null)).toBe(true);
    const share = pairs.find((p) => p.key === 'procurement.smeShare');
    expect(share?.from).toBeCloseTo(4_701_510_000 / 6_775_420_000, 12);
    expect(pairs.find((p) => p.key === 'procurement.works')).toMatchObject({ from: 0, fromPrecision: 1_000_000 });
  });

  it('gives share changes in percentage points', () => {
    const self = procurementPairs(doc2021, doc2021).find((p) => p.key === 'procurement.smallMicroShare');
    expect(self).toMatchObject({ change: 0, pct: null, kind: 'share' });
  });

  it('pairs the performance targets', () => {
    expect(performancePairs(doc2021, doc2026).map((p) => [p.key, p.from, p.to, p.change])).toEqual([
      ['performance.units', 4, 3, -1],
      ['performance.projects', 37, 36, -1],
      ['performance.amount', 15_268_230_000, 16_843_050_000, 1_574_820_000],
    ]);
  });
});

describe('compareUnits', () => {
  const y2021 = [
    '上海市医疗保障局本部',
    '上海市医疗保险事业管理中心',
    '上海市医疗保险监督检查所',
    '上海市医药集中招标采购事务管理所',
  ];
  const y2026 = [
    '上海市医疗保障局本部',
    '上海市医疗保险事业管理中心',
    '上海市医药集中招标采购事务管理所（上海医药采购中心）',
  ];

  it('finds the unit no longer listed, and an added alias as the same unit', () => {
    const result = compareUnits(y2021, y2026);
    expect(result.map((u) => [u.name, u.status, u.renamed])).toEqual([
      ['上海市医疗保障局本部', 'both', false],
      ['上海市医疗保险事业管理中心', 'both', false],
      ['上海市医药集中招标采购事务管理所（上海医药采购中心）', 'both', true],
      ['上海市医疗保险监督检查所', 'removed', false],
    ]);
    expect(compareUnits(y2026, y2021).find((u) => u.status === 'new')?.name).toBe('上海市医疗保险监督检查所');
  });

  it('identifies a unit by its name without a trailing alias', () => {
    expect(unitKey('上海市医药集中招标采购事务管理所 (上海医药采购中心)')).toBe('上海市医药集中招标采购事务管理所');
    expect(unitKey('上海市医疗保障局本部')).toBe('上海市医疗保障局本部');
  });
});
