// Test-only: a small, valid BudgetDocument to build unit-test cases from. The figures are the
// real 2026 ones where a test names them, so a failing test reads like the dashboard would.
import type { BudgetDocument, FunctionRow, Project, StatedAmount } from './schema';

export function statedAmount(amount: number, printed: string, change: StatedAmount['change'] = null): StatedAmount {
  return { amount, printed, precision: 10_000, change, sentence: printed };
}

export function project(overrides: Partial<Project> & Pick<Project, 'id' | 'name'>): Project {
  return {
    overview: '',
    basis: '',
    implementer: '',
    plan: '',
    period: '',
    budget: '',
    targets: '',
    amount: null,
    functionCode: null,
    ...overrides,
  };
}

const functionRows2026: FunctionRow[] = [
  { code: '208', name: '社会保障和就业支出', total: 15_517_039, basic: 15_304_566, project: 212_473 },
  { code: '20805', name: '行政事业单位养老支出', total: 15_517_039, basic: 15_304_566, project: 212_473 },
  { code: '2080505', name: '机关事业单位基本养老保险缴费支出', total: 15_517_039, basic: 15_304_566, project: 212_473 },
  { code: '210', name: '卫生健康支出', total: 284_652_961, basic: 115_755_434, project: 168_897_527 },
  { code: '21015', name: '医疗保障管理事务', total: 284_652_961, basic: 115_755_434, project: 168_897_527 },
  { code: '2101501', name: '行政运行', total: 72_418_275, basic: 72_418_275, project: 0 },
  { code: '2101504', name: '信息化建设', total: 77_586_122, basic: 0, project: 77_586_122 },
  { code: '2101599', name: '其他医疗保障管理事务支出', total: 134_648_564, basic: 43_337_159, project: 91_311_405 },
];

export function makeDocument(overrides: Partial<BudgetDocument> = {}): BudgetDocument {
  const stated = statedAmount(300_170_000, '30,017万元', {
    previousYear: 2025,
    direction: 'increase',
    amount: 42_590_000,
    printed: '增加4,259万元',
  });
  const totals = { total: 300_170_000, basic: 131_060_000, project: 169_110_000 };
  return {
    schemaVersion: 1,
    id: 'shanghai-hsa-2026',
    year: 2026,
    department: '上海市医疗保障局',
    title: '上海市2026年市级部门预算',
    source: { file: 'x.txt', sha256: '0'.repeat(64) },
    functions: { paragraphs: [], items: [] },
    budgetUnits: { paragraphs: [], units: [] },
    glossary: [],
    budgetNotes: {
      revenueTotal: null,
      fiscalRevenue: null,
      expenditureTotal: { ...stated, change: null },
      fiscalExpenditure: stated,
      generalPublicExpenditure: null,
      governmentFundExpenditure: null,
      stateCapitalExpenditure: null,
      reason: null,
      byCategory: [],
      paragraphs: [],
    },
    tables: {
      financialSummary: { revenue: [], revenueTotal: 0, expenditure: [], expenditureTotal: 0 },
      revenueByFunction: [],
      expenditureByFunction: functionRows2026,
      fiscalAppropriation: {
        revenue: [],
        revenueTotal: 0,
        expenditure: [],
        expenditureTotal: { total: 0, generalPublic: 0, governmentFund: null, stateCapital: null },
      },
      generalPublicByFunction: functionRows2026,
      governmentFundByFunction: [],
      stateCapitalByFunction: [],
      basicByEconomic: [
        { code: '301', name: '工资福利支出', total: 107_827_504, personnel: 107_827_504, publicUse: 0 },
        { code: '30101', name: '基本工资', total: 15_354_647, personnel: 15_354_647, publicUse: 0 },
        { code: '302', name: '商品和服务支出', total: 21_590_000, personnel: 0, publicUse: 21_590_000 },
        { code: '30217', name: '公务接待费', total: 216_000, personnel: 0, publicUse: 216_000 },
      ],
      threePublic: {
        total: 1_937_000,
        overseas: 1_500_000,
        reception: 216_000,
        vehicles: 221_000,
        vehiclePurchase: 0,
        vehicleOperation: 221_000,
        agencyOperation: 17_417_600,
      },
    },
    tableTotals: {
      revenueByFunction: { total: 300_170_000, fiscal: 300_170_000, business: 0, operating: 0, other: 0 },
      expenditureByFunction: totals,
      generalPublicByFunction: totals,
      governmentFundByFunction: null,
      stateCapitalByFunction: null,
      basicByEconomic: { total: 131_060_000, personnel: 109_010_000, publicUse: 22_050_000 },
    },
    otherNotes: {
      threePublic: { total: statedAmount(1_937_000, '193.70万元'), overseas: null, vehicles: null, vehiclePurchase: null, vehicleOperation: null, reception: null, paragraphs: [] },
      agencyOperation: null,
      procurement: null,
      performance: null,
      assets: null,
    },
    projects: [
      project({
        id: 'p01',
        name: '热线服务保障经费',
        overview: '建设新一代12393热线智能联络中心',
        implementer: '上海市医疗保险事业管理中心',
        amount: statedAmount(24_088_400, '2408.84万元'),
        functionCode: '2101599',
      }),
      project({ id: 'p02', name: '政府聘用辅助人员经费', implementer: '上海市医疗保险事业管理中心' }),
      project({ id: 'p03', name: '信息化建设', amount: statedAmount(39_437_300, '3943.73万元'), functionCode: '2101504' }),
    ],
    discrepancies: [],
    ...overrides,
  };
}
