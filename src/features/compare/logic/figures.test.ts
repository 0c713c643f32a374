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
      { code: '208', name: '社会保障和就业支出', total: 7_727_811, basic: 7_587_211, project: 140_600 },
      { code: '210', name: '卫生健康支出', total: 225_511_473, basic: 72_473_653, project: 153_037_820 },
      { code: '221', name: '住房保障支出', total: 13_291_588, basic: 13_291_588, project: 0 },
    ],
    basicByEconomic: [
      { code: '301', name: '工资福利支出', total: 73_992_112, personnel: 73_992_112, publicUse: 0 },
      { code: '302', name: '商品和服务支出', total: 18_883_340, personnel: 0, publicUse: 18_883_340 },
      { code: '310', name: '资本性支出', total: 477_000, personnel: 0, publicUse: 477_000 },
    ],
    threePublic: { total: 2_087_000, overseas: 1_500_000, reception: 216_000, vehicles: 371_000, vehiclePurchase: 150_000, vehicleOperation: 221_000, agencyOperation: 16_682_600 },
  },
  otherNotes: {
    ...base.otherNotes,
    procurement: {
      total: statedAmount(67_754_200, '6775.42万元'),
      goods: statedAmount(1_929_400, '192.94万元'),
      works: statedAmount(0, '0万元'),
      services: statedAmount(65_824_800, '6582.48万元'),
      smeReserved: statedAmount(47_015_100, '4701.51万元'),
      smallMicroReserved: statedAmount(42_023_100, '4202.31万元'),
      paragraphs: [],
    },
    performance: { units: 4, projects: 37, amount: statedAmount(152_682_300, '15268.23万元'), paragraphs: [] },
  },
});
const doc2026: BudgetDocument = makeDocument({
  tables: {
    ...base.tables,
    expenditureByFunction: [
      { code: '208', name: '社会保障和就业支出', total: 15_517_039, basic: 15_304_566, project: 212_473 },
      { code: '210', name: '卫生健康支出', total: 264_585_384, basic: 95_687_857, project: 168_897_527 },
      { code: '221', name: '住房保障支出', total: 20_067_577, basic: 20_067_577, project: 0 },
    ],
  },
  otherNotes: { ...base.otherNotes, performance: { units: 3, projects: 36, amount: statedAmount(168_430_500, '16,843.05万元'), paragraphs: [] } },
});

describe('compareSplit', () => {
  it('compares basic and project spending; shares add up to 100%', () => {
    const split = compareSplit(doc2021, doc2026, 'basicProject');
    expect(split.fromTotal).toBe(246_530_872);
    expect(split.toTotal).toBe(300_170_000);
    const [basic, project] = split.parts;
    expect(basic).toMatchObject({ part: 'basic', from: 93_352_452, to: 131_060_000, change: 37_707_548 });
    expect(project).toMatchObject({ part: 'project', from: 153_178_420, to: 169_110_000, change: 15_931_580 });
    expect((basic?.fromShare ?? 0) + (project?.fromShare ?? 0)).toBeCloseTo(1, 12);
    expect((basic?.sharePoints ?? 0) + (project?.sharePoints ?? 0)).toBeCloseTo(0, 10);
    expect(basic?.sharePoints).toBeCloseTo((131_060_000 / 300_170_000 - 93_352_452 / 246_530_872) * 100, 10);
  });

  it('compares personnel and public-use spending of basic spending, from the 类 rows only', () => {
    const split = compareSplit(doc2021, doc2026, 'personnelPublicUse');
    expect(split.parts.map((p) => [p.part, p.from, p.to])).toEqual([
      ['personnel', 73_992_112, 107_827_504],
      ['publicUse', 19_360_340, 21_590_000],
    ]);
  });
});

describe('other figures', () => {
  it('pairs 三公 and 机关运行经费 by part, in yuan', () => {
    const pairs = Object.fromEntries(threePublicPairs(doc2021, doc2026).map((p) => [p.key, p]));
    expect(pairs['threePublic.total']).toMatchObject({ from: 2_087_000, to: 1_937_000, change: -150_000 });
    expect(pairs['threePublic.vehiclePurchase']).toMatchObject({ from: 150_000, to: 0, change: -150_000, pct: -1 });
    expect(pairs['threePublic.agencyOperation']).toMatchObject({ change: 17_417_600 - 16_682_600, depth: 0 });
  });

  it('keeps a section one document lacks as not stated, with no change', () => {
    const pairs = procurementPairs(doc2021, doc2026); // the 2026 fixture has no procurement section
    expect(pairs.every((p) => p.to === null && p.change === null && p.pct === null)).toBe(true);
    const share = pairs.find((p) => p.key === 'procurement.smeShare');
    expect(share?.from).toBeCloseTo(47_015_100 / 67_754_200, 12);
    expect(pairs.find((p) => p.key === 'procurement.works')).toMatchObject({ from: 0, fromPrecision: 10_000 });
  });

  it('gives share changes in percentage points', () => {
    const self = procurementPairs(doc2021, doc2021).find((p) => p.key === 'procurement.smallMicroShare');
    expect(self).toMatchObject({ change: 0, pct: null, kind: 'share' });
  });

  it('pairs the performance targets', () => {
    expect(performancePairs(doc2021, doc2026).map((p) => [p.key, p.from, p.to, p.change])).toEqual([
      ['performance.units', 4, 3, -1],
      ['performance.projects', 37, 36, -1],
      ['performance.amount', 152_682_300, 168_430_500, 15_748_200],
    ]);
  });
});

describe('compareUnits', () => {
  const y2021 = ['上海市医疗保障局本部', '上海市医疗保险事业管理中心', '上海市医疗保险监督检查所', '上海市医药集中招标采购事务管理所'];
  const y2026 = ['上海市医疗保障局本部', '上海市医疗保险事业管理中心', '上海市医药集中招标采购事务管理所（上海医药采购中心）'];

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
