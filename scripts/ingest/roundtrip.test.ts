// Every number of both documents round-trips: the 2026 tables are compared with an independent
// reading of the TAB text; the 2021 tables are spot-checked against the printed figures.
import { describe, expect, it } from 'vitest';
import type { BudgetDocument } from '../../src/domain/schema.ts';
import { buildDocument } from '../../src/reader/build-document.ts';
import { source } from './test-helpers.ts';

const build = (year: 2021 | 2026): BudgetDocument =>
  buildDocument({ id: `shanghai-hsa-${year}`, file: 'x.txt', year, text: source(year), sha256: '0'.repeat(64) }).doc;
const doc26 = build(2026);
const doc21 = build(2021);

/** Independent reading of one TAB table: rows whose first cell is a 3-digit code; figures are the last n cells. */
function tabTable(text: string, title: string, levels: number, n: number): { code: string; name: string; values: number[] }[] {
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
      values: c.slice(-n).map((x) => (x === '' ? 0 : Number(x.replace(/,/g, '')))),
    }));
}

describe('2026: every table figure equals the source text', () => {
  const text = source(2026);
  it('表3 支出预算总表, in full', () => {
    const expected = tabTable(text, '2026年部门支出预算总表', 3, 3);
    expect(expected).toHaveLength(27);
    expect(doc26.tables.expenditureByFunction.map((r) => ({ code: r.code, name: r.name, values: [r.total, r.basic, r.project] }))).toEqual(expected);
    expect(doc26.tableTotals.expenditureByFunction).toEqual({ total: 300170000, basic: 131060000, project: 169110000 });
  });
  it('表2, 表5 and 表8, in full', () => {
    const rev = tabTable(text, '2026年部门收入预算总表', 3, 5);
    expect(doc26.tables.revenueByFunction.map((r) => [r.code, r.name, r.total, r.fiscal, r.business, r.operating, r.other])).toEqual(rev.map((r) => [r.code, r.name, ...r.values]));
    const gp = tabTable(text, '2026年部门一般公共预算支出功能分类预算表', 3, 3);
    expect(doc26.tables.generalPublicByFunction.map((r) => [r.code, r.total, r.basic, r.project])).toEqual(gp.map((r) => [r.code, ...r.values]));
    // names printed only on the second page; the first page's names come from 表3 by code
    expect(doc26.tables.generalPublicByFunction[0]).toMatchObject({ code: '208', name: '社会保障和就业支出' });
    const econ = tabTable(text, '2026年部门一般公共预算基本支出部门预算经济分类预算表', 2, 3);
    expect(econ).toHaveLength(38);
    expect(doc26.tables.basicByEconomic.map((r) => [r.code, r.name, r.total, r.personnel, r.publicUse])).toEqual(econ.map((r) => [r.code, r.name, ...r.values]));
    expect(doc26.tables.governmentFundByFunction).toEqual([]);
    expect(doc26.tables.stateCapitalByFunction).toEqual([]);
  });
  it('表1, 表4 and 表9', () => {
    const s = doc26.tables.financialSummary;
    expect(s.revenueTotal).toBe(300170000);
    expect(s.revenue.map((l) => [l.key, l.amount])).toEqual([['fiscal', 300170000], ['generalPublic', 300170000], ['governmentFund', null], ['stateCapital', null], ['business', null], ['operating', null], ['other', null]]);
    expect(s.expenditure.map((l) => [l.key, l.amount])).toEqual([['208', 15517039], ['210', 264585384], ['221', 20067577]]);
    expect(doc26.tables.fiscalAppropriation.expenditureTotal).toEqual({ total: 300170000, generalPublic: 300170000, governmentFund: 0, stateCapital: 0 });
    expect(doc26.tables.threePublic).toEqual({ total: 1937000, overseas: 1500000, reception: 216000, vehicles: 221000, vehiclePurchase: 0, vehicleOperation: 221000, agencyOperation: 17417600 });
  });
  it('text figures', () => {
    expect(doc26.title).toBe('上海市2026年市级部门预算');
    expect(doc26.department).toBe('上海市医疗保障局');
    expect(doc26.budgetNotes.fiscalRevenue?.change).toEqual({ previousYear: 2025, direction: 'increase', amount: 42590000, printed: '增加4,259万元' });
    expect(doc26.budgetNotes.governmentFundExpenditure?.change?.direction).toBe('unchanged');
    expect(doc26.budgetNotes.byCategory.map((b) => [b.code, b.amount.amount, b.amount.precision])).toEqual([['208', 15520000, 10000], ['210', 264590000, 10000], ['221', 20070000, 10000]]);
    expect(doc26.projects.map((p) => [p.name, p.amount?.amount ?? null, p.functionCode])).toEqual([
      ['热线服务保障经费', 24088400, null],
      ['政府聘用辅助人员经费', null, null],
      ['信息化建设', 39437300, '2101504'],
      ['信息化运维', 29943700, null],
      ['信息化运维', 2724300, null],
      ['少儿学生基本医疗保障工作专项', 7548130, null],
    ]);
    const o = doc26.otherNotes;
    expect(o.procurement?.smallMicroReserved?.amount).toBe(6158700);
    expect(o.performance).toMatchObject({ units: 3, projects: 36, amount: { amount: 168430500 } });
    expect(o.assets).toMatchObject({ asOf: '2025年8月31日', vehicles: 6, equipmentOver1m: 53, plannedVehicles: 0 });
    expect(o.assets?.vehiclesByKind).toHaveLength(8);
  });
});

describe('2021: spot checks of the PDF text', () => {
  const row = (code: string) => doc21.tables.expenditureByFunction.find((r) => r.code === code);
  it('totals and the ambiguous rows', () => {
    expect(doc21.tableTotals.expenditureByFunction).toEqual({ total: 246530872, basic: 93352452, project: 153178420 });
    expect(row('2101501')).toEqual({ code: '2101501', name: '行政运行', total: 58727992, basic: 58677992, project: 50000 });
    expect(row('2080501')).toEqual({ code: '2080501', name: '行政单位离退休', total: 8640, basic: 0, project: 8640 });
    expect(row('20805')).toMatchObject({ basic: 7587211, project: 57600 });
    expect(row('2080199')).toMatchObject({ name: '其他人力资源和社会保障管理事务支出', project: 83000 });
    expect(doc21.tables.revenueByFunction.every((r) => r.fiscal === r.total && r.business + r.operating + r.other === 0)).toBe(true);
    expect(doc21.tables.basicByEconomic.find((r) => r.code === '301')).toMatchObject({ total: 73992112, personnel: 73992112, publicUse: 0 });
    expect(doc21.tableTotals.basicByEconomic).toEqual({ total: 93352452, personnel: 73992112, publicUse: 19360340 });
    expect(doc21.tables.governmentFundByFunction).toEqual([]);
    expect(doc21.tables.stateCapitalByFunction).toBeNull();
    expect(doc21.tableTotals.stateCapitalByFunction).toBeNull();
    expect(doc21.tables.fiscalAppropriation.expenditureTotal).toEqual({ total: 246530872, generalPublic: 246530872, governmentFund: 0, stateCapital: null });
  });
  it('三公 and the text', () => {
    expect(doc21.tables.threePublic).toEqual({ total: 2087000, overseas: 1500000, reception: 216000, vehicles: 371000, vehiclePurchase: 150000, vehicleOperation: 221000, agencyOperation: 16682600 });
    expect(doc21.title).toBe('上海市2021年市级部门预算');
    expect(doc21.budgetNotes.fiscalExpenditure.change).toEqual({ previousYear: 2020, direction: 'decrease', amount: 100460000, printed: '减少10,046万元' });
    expect(doc21.otherNotes.threePublic.reception?.change?.amount).toBe(30000);
    expect(doc21.otherNotes.procurement?.services?.amount).toBe(65824800);
    expect(doc21.otherNotes.assets).toBeNull();
    expect(doc21.functions.items).toHaveLength(11);
    expect(doc21.glossary[2]!.definition).toMatch(/^是与市级财政.*公务用车购置及运行费、公务接待费。其中.*保险费等支出。$/);
    expect(doc21.projects.map((p) => p.amount?.amount)).toEqual([373500, 23157700, 21000000, 26888600, 150000, 3414800]);
  });
});
