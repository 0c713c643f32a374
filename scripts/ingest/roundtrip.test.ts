// Every number of both documents round-trips: the 2026 tables are compared with an independent
// reading of the TAB text; the 2021 tables are spot-checked against the printed figures. Money is
// fen: a figure printed 300,170,000 (元) is written 300_170_000_00.
import { describe, expect, it } from 'vitest';
import type { BudgetDocument } from '../../src/domain/schema.ts';
import { buildDocument } from '../../src/reader/build-document.ts';
import { source } from './test-helpers.ts';

const build = (year: 2021 | 2026): BudgetDocument =>
  buildDocument({ id: `shanghai-hsa-${year}`, file: 'x.txt', text: source(year), sha256: '0'.repeat(64) }).doc;
const doc26 = build(2026);
const doc21 = build(2021);

/** Independent reading of one TAB table: rows whose first cell is a 3-digit code; figures are the last n cells, in fen. */
function tabTable(
  text: string,
  title: string,
  levels: number,
  n: number,
): { code: string; name: string; values: number[] }[] {
  const start = text.indexOf(`\n${title}\n`);
  const end = text.indexOf('\n2026年部门', start + title.length + 2);
  return text
    .slice(start, end < 0 ? undefined : end)
    .split('\n')
    .map((l) => l.split('\t'))
    .filter((c) => /^\d{3}$/.test(c[0]!))
    .map((c) => ({
      code: c.slice(0, levels).join(''),
      name: c.length === levels + n + 1 ? c[levels]! : '',
      values: c.slice(-n).map((x) => (x === '' ? 0 : Math.round(Number(x.replace(/,/g, '')) * 100))),
    }));
}

describe('2026: every table figure equals the source text', () => {
  const text = source(2026);
  it('表3 支出预算总表, in full', () => {
    const expected = tabTable(text, '2026年部门支出预算总表', 3, 3);
    expect(expected).toHaveLength(27);
    expect(
      doc26.tables.expenditureByFunction.map((r) => ({
        code: r.code,
        name: r.name,
        values: [r.total, r.basic, r.project],
      })),
    ).toEqual(expected);
    expect(doc26.tableTotals.expenditureByFunction).toEqual({
      total: 300_170_000_00,
      basic: 131_060_000_00,
      project: 169_110_000_00,
    });
  });
  it('表2, 表5 and 表8, in full', () => {
    const rev = tabTable(text, '2026年部门收入预算总表', 3, 5);
    expect(
      doc26.tables.revenueByFunction.map((r) => [r.code, r.name, r.total, r.fiscal, r.business, r.operating, r.other]),
    ).toEqual(rev.map((r) => [r.code, r.name, ...r.values]));
    const gp = tabTable(text, '2026年部门一般公共预算支出功能分类预算表', 3, 3);
    expect(doc26.tables.generalPublicByFunction.map((r) => [r.code, r.total, r.basic, r.project])).toEqual(
      gp.map((r) => [r.code, ...r.values]),
    );
    // names printed only on the second page; the first page's names come from 表3 by code
    expect(doc26.tables.generalPublicByFunction[0]).toMatchObject({ code: '208', name: '社会保障和就业支出' });
    const econ = tabTable(text, '2026年部门一般公共预算基本支出部门预算经济分类预算表', 2, 3);
    expect(econ).toHaveLength(38);
    expect(doc26.tables.basicByEconomic.map((r) => [r.code, r.name, r.total, r.personnel, r.publicUse])).toEqual(
      econ.map((r) => [r.code, r.name, ...r.values]),
    );
    expect(doc26.tables.governmentFundByFunction).toEqual([]);
    expect(doc26.tables.stateCapitalByFunction).toEqual([]);
  });
  it('表1, 表4 and 表9', () => {
    const s = doc26.tables.financialSummary;
    expect(s.revenueTotal).toBe(300_170_000_00);
    expect(s.revenue.map((l) => [l.key, l.amount])).toEqual([
      ['fiscal', 300_170_000_00],
      ['generalPublic', 300_170_000_00],
      ['governmentFund', null],
      ['stateCapital', null],
      ['business', null],
      ['operating', null],
      ['other', null],
    ]);
    expect(s.expenditure.map((l) => [l.key, l.amount])).toEqual([
      ['208', 15_517_039_00],
      ['210', 264_585_384_00],
      ['221', 20_067_577_00],
    ]);
    expect(doc26.tables.fiscalAppropriation.expenditureTotal).toEqual({
      total: 300_170_000_00,
      generalPublic: 300_170_000_00,
      governmentFund: 0,
      stateCapital: 0,
    });
    expect(doc26.tables.threePublic).toEqual({
      total: 1_937_000_00,
      overseas: 1_500_000_00,
      reception: 216_000_00,
      vehicles: 221_000_00,
      vehiclePurchase: 0,
      vehicleOperation: 221_000_00,
      agencyOperation: 17_417_600_00,
    });
  });
  it('text figures', () => {
    expect(doc26.title).toBe('上海市2026年市级部门预算');
    expect(doc26.department).toBe('上海市医疗保障局');
    expect(doc26.budgetNotes.fiscalRevenue?.change).toEqual({
      previousYear: 2025,
      direction: 'increase',
      amount: 42_590_000_00,
      printed: '增加4,259万元',
    });
    expect(doc26.budgetNotes.governmentFundExpenditure?.change?.direction).toBe('unchanged');
    expect(doc26.budgetNotes.byCategory.map((b) => [b.code, b.amount.amount, b.amount.precision])).toEqual([
      ['208', 15_520_000_00, 10_000_00],
      ['210', 264_590_000_00, 10_000_00],
      ['221', 20_070_000_00, 10_000_00],
    ]);
    expect(doc26.projects.map((p) => [p.name, p.amount?.amount ?? null, p.functionCode])).toEqual([
      ['热线服务保障经费', 24_088_400_00, null],
      ['政府聘用辅助人员经费', null, null],
      ['信息化建设', 39_437_300_00, '2101504'],
      ['信息化运维', 29_943_700_00, null],
      ['信息化运维', 2_724_300_00, null],
      ['少儿学生基本医疗保障工作专项', 7_548_130_00, null],
    ]);
    const o = doc26.otherNotes;
    expect(o.procurement?.smallMicroReserved?.amount).toBe(6_158_700_00);
    expect(o.performance).toMatchObject({ units: 3, projects: 36, amount: { amount: 168_430_500_00 } });
    expect(o.assets).toMatchObject({ asOf: '2025年8月31日', vehicles: 6, equipmentOver1m: 53, plannedVehicles: 0 });
    expect(o.assets?.vehiclesByKind).toHaveLength(8);
  });
});

describe('2021: spot checks of the PDF text', () => {
  const row = (code: string) => doc21.tables.expenditureByFunction.find((r) => r.code === code);
  it('totals and the ambiguous rows', () => {
    expect(doc21.tableTotals.expenditureByFunction).toEqual({
      total: 246_530_872_00,
      basic: 93_352_452_00,
      project: 153_178_420_00,
    });
    expect(row('2101501')).toEqual({
      code: '2101501',
      name: '行政运行',
      total: 58_727_992_00,
      basic: 58_677_992_00,
      project: 50_000_00,
    });
    expect(row('2080501')).toEqual({
      code: '2080501',
      name: '行政单位离退休',
      total: 8_640_00,
      basic: 0,
      project: 8_640_00,
    });
    expect(row('20805')).toMatchObject({ basic: 7_587_211_00, project: 57_600_00 });
    expect(row('2080199')).toMatchObject({ name: '其他人力资源和社会保障管理事务支出', project: 83_000_00 });
    expect(
      doc21.tables.revenueByFunction.every((r) => r.fiscal === r.total && r.business + r.operating + r.other === 0),
    ).toBe(true);
    expect(doc21.tables.basicByEconomic.find((r) => r.code === '301')).toMatchObject({
      total: 73_992_112_00,
      personnel: 73_992_112_00,
      publicUse: 0,
    });
    expect(doc21.tableTotals.basicByEconomic).toEqual({
      total: 93_352_452_00,
      personnel: 73_992_112_00,
      publicUse: 19_360_340_00,
    });
    expect(doc21.tables.governmentFundByFunction).toEqual([]);
    expect(doc21.tables.stateCapitalByFunction).toBeNull();
    expect(doc21.tableTotals.stateCapitalByFunction).toBeNull();
    expect(doc21.tables.fiscalAppropriation.expenditureTotal).toEqual({
      total: 246_530_872_00,
      generalPublic: 246_530_872_00,
      governmentFund: 0,
      stateCapital: null,
    });
  });
  it('三公 and the text', () => {
    expect(doc21.tables.threePublic).toEqual({
      total: 2_087_000_00,
      overseas: 1_500_000_00,
      reception: 216_000_00,
      vehicles: 371_000_00,
      vehiclePurchase: 150_000_00,
      vehicleOperation: 221_000_00,
      agencyOperation: 16_682_600_00,
    });
    expect(doc21.title).toBe('上海市2021年市级部门预算');
    expect(doc21.budgetNotes.fiscalExpenditure.change).toEqual({
      previousYear: 2020,
      direction: 'decrease',
      amount: 100_460_000_00,
      printed: '减少10,046万元',
    });
    expect(doc21.otherNotes.threePublic.reception?.change?.amount).toBe(30_000_00);
    expect(doc21.otherNotes.procurement?.services?.amount).toBe(65_824_800_00);
    expect(doc21.otherNotes.assets).toBeNull();
    expect(doc21.functions.items).toHaveLength(11);
    expect(doc21.glossary[2]!.definition).toMatch(
      /^是与市级财政.*公务用车购置及运行费、公务接待费。其中.*保险费等支出。$/,
    );
    expect(doc21.projects.map((p) => p.amount?.amount)).toEqual([
      373_500_00, 23_157_700_00, 21_000_000_00, 26_888_600_00, 150_000_00, 3_414_800_00,
    ]);
  });
});
