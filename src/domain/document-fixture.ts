// Test-only: a small, valid BudgetDocument to build unit-test cases from. The figures are the
// real 2026 ones where a test names them, so a failing test reads like the dashboard would.
// Money is fen, as in the contract: 246,530,872 yuan is 24_653_087_200.
import { SCHEMA_VERSION, type BudgetDocument, type FunctionRow, type Project, type StatedAmount } from './schema';

/** A figure stated in whole 万元 (precision 1,000,000 fen); amounts in fen. */
export function statedAmount(amount: number, printed: string, change: StatedAmount['change'] = null): StatedAmount {
  return { amount, printed, precision: 1_000_000, change, sentence: printed };
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
  { code: '208', name: '社会保障和就业支出', total: 1_551_703_900, basic: 1_530_456_600, project: 21_247_300 },
  { code: '20805', name: '行政事业单位养老支出', total: 1_551_703_900, basic: 1_530_456_600, project: 21_247_300 },
  {
    code: '2080505',
    name: '机关事业单位基本养老保险缴费支出',
    total: 1_551_703_900,
    basic: 1_530_456_600,
    project: 21_247_300,
  },
  { code: '210', name: '卫生健康支出', total: 28_465_296_100, basic: 11_575_543_400, project: 16_889_752_700 },
  { code: '21015', name: '医疗保障管理事务', total: 28_465_296_100, basic: 11_575_543_400, project: 16_889_752_700 },
  { code: '2101501', name: '行政运行', total: 7_241_827_500, basic: 7_241_827_500, project: 0 },
  { code: '2101504', name: '信息化建设', total: 7_758_612_200, basic: 0, project: 7_758_612_200 },
  {
    code: '2101599',
    name: '其他医疗保障管理事务支出',
    total: 13_464_856_400,
    basic: 4_333_715_900,
    project: 9_131_140_500,
  },
];

export function makeDocument(overrides: Partial<BudgetDocument> = {}): BudgetDocument {
  const stated = statedAmount(30_017_000_000, '30,017万元', {
    previousYear: 2025,
    direction: 'increase',
    amount: 4_259_000_000,
    printed: '增加4,259万元',
  });
  const totals = { total: 30_017_000_000, basic: 13_106_000_000, project: 16_911_000_000 };
  return {
    schemaVersion: SCHEMA_VERSION,
    id: 'shanghai-hsa-2026',
    year: 2026,
    department: '上海市医疗保障局',
    title: '上海市2026年市级部门预算',
    level: 'municipal',
    district: null,
    kind: 'department',
    printsFen: false,
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
        { code: '301', name: '工资福利支出', total: 10_782_750_400, personnel: 10_782_750_400, publicUse: 0 },
        { code: '30101', name: '基本工资', total: 1_535_464_700, personnel: 1_535_464_700, publicUse: 0 },
        { code: '302', name: '商品和服务支出', total: 2_159_000_000, personnel: 0, publicUse: 2_159_000_000 },
        { code: '30217', name: '公务接待费', total: 21_600_000, personnel: 0, publicUse: 21_600_000 },
      ],
      threePublic: {
        total: 193_700_000,
        overseas: 150_000_000,
        reception: 21_600_000,
        vehicles: 22_100_000,
        vehiclePurchase: 0,
        vehicleOperation: 22_100_000,
        agencyOperation: 1_741_760_000,
      },
    },
    tableTotals: {
      revenueByFunction: { total: 30_017_000_000, fiscal: 30_017_000_000, business: 0, operating: 0, other: 0 },
      expenditureByFunction: totals,
      generalPublicByFunction: totals,
      governmentFundByFunction: null,
      stateCapitalByFunction: null,
      basicByEconomic: { total: 13_106_000_000, personnel: 10_901_000_000, publicUse: 2_205_000_000 },
    },
    otherNotes: {
      threePublic: {
        total: statedAmount(193_700_000, '193.70万元'),
        overseas: null,
        vehicles: null,
        vehiclePurchase: null,
        vehicleOperation: null,
        reception: null,
        paragraphs: [],
      },
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
        amount: statedAmount(2_408_840_000, '2408.84万元'),
        functionCode: '2101599',
      }),
      project({ id: 'p02', name: '政府聘用辅助人员经费', implementer: '上海市医疗保险事业管理中心' }),
      project({
        id: 'p03',
        name: '信息化建设',
        amount: statedAmount(3_943_730_000, '3943.73万元'),
        functionCode: '2101504',
      }),
    ],
    discrepancies: [],
    ...overrides,
  };
}
