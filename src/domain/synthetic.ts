// Synthetic budget documents for benchmarks and stress tests: any number of 项 lines (tens to
// tens of thousands), deterministic by seed, and consistent the way a real document is after
// ingest: every parent equals the sum of its children, 合计 = 基本 + 项目, tables 1-5 agree, the
// basic spending of table 8 equals that of table 5, and 三公 equals its parts. Amounts are
// integer fen, as in the contract, and the tables' figures have fen digits, like the unit budgets
// that print 96,282,213.44元 (so the document says printsFen). No Math.random: a seeded PRNG so a
// benchmark run can be repeated exactly.
import {
  SCHEMA_VERSION,
  type BudgetDocument,
  type EconomicRow,
  type FunctionRow,
  type StatedAmount,
  type StatedChange,
} from './schema';

export interface SyntheticOptions {
  seed: number;
  year: number;
  /** Number of leaf lines of the function tables (项, or a 款 printed without 项). */
  leafRows: number;
  /** Number of project descriptions; default min(50, lines with project spending). */
  projects?: number;
}

/** mulberry32: small, fast, good enough for test data; returns floats in [0, 1). */
export function makeRng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const int = (rng: Rng, n: number) => Math.floor(rng() * n); // 0 .. n-1
const pad2 = (n: number) => String(n).padStart(2, '0');

/** Splits an integer into `k` non-negative integers that add up to it exactly. */
function split(rng: Rng, total: number, k: number): number[] {
  const weights = Array.from({ length: k }, () => rng() + 0.05);
  const sum = weights.reduce((s, w) => s + w, 0);
  const parts = weights.map((w) => Math.floor((total * w) / sum));
  parts[0]! += total - parts.reduce((s, p) => s + p, 0);
  return parts;
}

function functionRows(rng: Rng, leafRows: number): FunctionRow[] {
  // About cbrt(n) 款 per 类 and 项 per 款, so the tree is neither flat nor a chain.
  const per = Math.max(1, Math.min(99, Math.round(Math.cbrt(leafRows))));
  const rows: FunctionRow[] = [];
  let remaining = leafRows;
  for (let lei = 201; remaining > 0; lei++) {
    if (lei > 999) throw new RangeError(`too many leaf rows for the code space: ${leafRows}`);
    const leiRow: FunctionRow = { code: String(lei), name: `示例类${lei}`, total: 0, basic: 0, project: 0 };
    rows.push(leiRow);
    const kuanCount = 1 + int(rng, Math.min(99, 2 * per - 1));
    for (let k = 1; k <= kuanCount && remaining > 0; k++) {
      const code = `${lei}${pad2(k)}`;
      const kuan: FunctionRow = { code, name: `示例款${code}`, total: 0, basic: 0, project: 0 };
      rows.push(kuan);
      // One 款 in ten is printed without 项 and is a leaf itself (like 21099 in 2026).
      const xiangCount = rng() < 0.1 ? 0 : 1 + int(rng, Math.min(99, 2 * per - 1));
      const leaves = xiangCount === 0 ? [kuan] : [];
      for (let x = 1; x <= xiangCount && remaining > leaves.length; x++) {
        const xiang: FunctionRow = {
          code: `${code}${pad2(x)}`,
          name: `示例项${code}${pad2(x)}`,
          total: 0,
          basic: 0,
          project: 0,
        };
        rows.push(xiang);
        leaves.push(xiang);
      }
      remaining -= leaves.length;
      for (const leaf of leaves) {
        // 1,000 to 100,000,000 yuan in fen, log-uniform; one line in a hundred is 0.
        const total = rng() < 0.01 ? 0 : Math.floor(10 ** (5 + 5 * rng()));
        const r = rng();
        const basic = r < 0.45 ? total : r < 0.8 ? 0 : int(rng, total + 1);
        for (const row of leaf === kuan ? [kuan, leiRow] : [leaf, kuan, leiRow]) {
          row.total += total;
          row.basic += basic;
          row.project += total - basic;
        }
      }
    }
  }
  return rows;
}

const PERSONNEL: [string, string][] = [
  ['30101', '基本工资'],
  ['30102', '津贴补贴'],
  ['30103', '奖金'],
  ['30108', '机关事业单位基本养老保险缴费'],
  ['30109', '职业年金缴费'],
  ['30110', '职工基本医疗保险缴费'],
  ['30113', '住房公积金'],
  ['30199', '其他工资福利支出'],
];
const PUBLIC_USE: [string, string][] = [
  ['30201', '办公费'],
  ['30202', '印刷费'],
  ['30205', '水费'],
  ['30206', '电费'],
  ['30207', '邮电费'],
  ['30209', '物业管理费'],
  ['30211', '差旅费'],
  ['30213', '维修（护）费'],
  ['30215', '会议费'],
  ['30216', '培训费'],
  ['30217', '公务接待费'],
  ['30228', '工会经费'],
  ['30231', '公务用车运行维护费'],
  ['30239', '其他交通费用'],
  ['30299', '其他商品和服务支出'],
];
const CAPITAL: [string, string][] = [
  ['31002', '办公设备购置'],
  ['31099', '其他资本性支出'],
];

/** Table 8 from the basic spending total: 301 and 303 are 人员经费, 302 and 310 公用经费. */
function economicRows(rng: Rng, basic: number): EconomicRow[] {
  const personnel = Math.floor(basic * (0.6 + 0.2 * rng()));
  const [p301, p303] = split(rng, personnel, 2) as [number, number];
  const [u302, u310] = split(rng, basic - personnel, 2) as [number, number];
  const group = (
    code: string,
    name: string,
    amount: number,
    items: [string, string][],
    isPersonnel: boolean,
  ): EconomicRow[] => {
    const row = (c: string, n: string, v: number): EconomicRow => ({
      code: c,
      name: n,
      total: v,
      personnel: isPersonnel ? v : 0,
      publicUse: isPersonnel ? 0 : v,
    });
    const parts = split(rng, amount, items.length);
    return [row(code, name, amount), ...items.map(([c, n], i) => row(c, n, parts[i]!))];
  };
  return [
    ...group('301', '工资福利支出', p301, PERSONNEL, true),
    ...group('302', '商品和服务支出', u302, PUBLIC_USE, false),
    ...group('303', '对个人和家庭的补助', p303, [['30302', '退休费']], true),
    ...group('310', '资本性支出', u310, CAPITAL, false),
  ];
}

const wanFormat = [0, 2].map(
  (d) => new Intl.NumberFormat('zh-CN', { minimumFractionDigits: d, maximumFractionDigits: d }),
);

const FEN_PER_WAN = 1_000_000;

/** A figure (fen) as the text would state it, in 万元 with 0 or 2 decimals, optionally with a change. */
function statedWan(
  rng: Rng,
  fen: number,
  decimals: 0 | 2,
  label: string,
  year: number,
  withChange: boolean,
): StatedAmount {
  const precision = decimals === 0 ? FEN_PER_WAN : 10_000;
  const amount = Math.round(fen / precision) * precision;
  // The float division only feeds the printed text, rounded to at most 2 decimals of 万元.
  const printed = `${wanFormat[decimals / 2]!.format(amount / FEN_PER_WAN)}万元`;
  const size = Math.min(amount, int(rng, 5_000) * FEN_PER_WAN);
  const direction: StatedChange['direction'] | null = !withChange
    ? null
    : size === 0
      ? 'unchanged'
      : rng() < 0.5
        ? 'increase'
        : 'decrease';
  const verb = direction === 'increase' ? '增加' : '减少';
  const change = direction && {
    previousYear: year - 1,
    direction,
    amount: size,
    printed: direction === 'unchanged' ? '持平' : `${verb}${wanFormat[0]!.format(size / FEN_PER_WAN)}万元`,
  };
  const tail = change
    ? direction === 'unchanged'
      ? `，与${year - 1}年预算持平`
      : `，比${year - 1}年预算${change.printed}`
    : '';
  return { amount, printed, precision, change, sentence: `${year}年${label}${printed}${tail}。` };
}

export function makeSyntheticDocument({ seed, year, leafRows, projects }: SyntheticOptions): BudgetDocument {
  if (!Number.isInteger(leafRows) || leafRows < 0)
    throw new RangeError(`leafRows must be a non-negative integer: ${leafRows}`);
  const rng = makeRng(seed);
  const fn = functionRows(rng, leafRows);
  const lei = fn.filter((r) => r.code.length === 3);
  const sum = (key: 'total' | 'basic' | 'project') => lei.reduce((s, r) => s + r[key], 0);
  const [total, basic, project] = [sum('total'), sum('basic'), sum('project')];
  const eco = economicRows(rng, basic);
  const ecoTop = eco.filter((r) => r.code.length === 3);
  const ecoSum = (key: 'total' | 'personnel' | 'publicUse') => ecoTop.reduce((s, r) => s + r[key], 0);

  // 三公 items in whole hundreds of yuan (10,000 fen), as the notes print them in 万元 with two decimals.
  const hundreds = () => int(rng, 300) * 10_000;
  const [overseas, reception, vehiclePurchase, vehicleOperation] = [hundreds(), hundreds(), hundreds(), hundreds()];
  const vehicles = vehiclePurchase + vehicleOperation;
  const agencyOperation = int(rng, 2_000_000) * 1_000;
  const threePublic = {
    total: overseas + reception + vehicles,
    overseas,
    reception,
    vehicles,
    vehiclePurchase,
    vehicleOperation,
    agencyOperation,
  };
  const tp = (v: number, label: string, change = false) => statedWan(rng, v, 2, label, year, change);

  const parents = new Set(fn.map((r) => r.code.slice(0, -2)));
  const withProject = fn.filter((r) => r.project > 0 && r.code.length > 3 && !parents.has(r.code)); // leaves
  const projectCount = Math.min(projects ?? 50, withProject.length);
  const id = `synthetic-${year}-s${seed >>> 0}`;
  const expenditureTotal = statedWan(rng, total, 0, '预算支出总额为', year, true);
  const revenue = fn.map((r) => ({
    code: r.code,
    name: r.name,
    total: r.total,
    fiscal: r.total,
    business: 0,
    operating: 0,
    other: 0,
  }));
  const line = (label: string, key: string, amount: number) => ({ label, key, amount });

  return {
    schemaVersion: SCHEMA_VERSION,
    id,
    year,
    department: '示例部门（合成数据）',
    title: `上海市${year}年市级部门预算（合成数据）`,
    level: 'municipal',
    district: null,
    kind: 'department',
    printsFen: true,
    source: {
      file: `synthetic/${id}.txt`,
      sha256: Array.from({ length: 64 }, () => int(rng, 16).toString(16)).join(''),
    },
    functions: { paragraphs: ['合成数据，仅用于性能测试。'], items: [] },
    budgetUnits: { paragraphs: [], units: ['示例部门本级'] },
    glossary: [],
    budgetNotes: {
      revenueTotal: { ...expenditureTotal, sentence: expenditureTotal.sentence.replace('预算支出总额为', '收入预算') },
      fiscalRevenue: expenditureTotal,
      expenditureTotal,
      fiscalExpenditure: expenditureTotal,
      generalPublicExpenditure: expenditureTotal,
      governmentFundExpenditure: statedWan(rng, 0, 0, '政府性基金拨款支出预算', year, false),
      stateCapitalExpenditure: null,
      reason: null,
      byCategory: lei.map((r) => ({
        code: r.code,
        name: r.name,
        amount: statedWan(rng, r.total, 0, `“${r.name}”科目`, year, false),
        purpose: '合成数据。',
      })),
      paragraphs: [expenditureTotal.sentence],
    },
    tables: {
      financialSummary: {
        revenue: [
          line('一、财政拨款收入', 'fiscal', total),
          line('二、事业收入', 'business', 0),
          line('三、事业单位经营收入', 'operating', 0),
          line('四、其他收入', 'other', 0),
        ],
        revenueTotal: total,
        expenditure: lei.map((r) => line(r.name, r.code, r.total)),
        expenditureTotal: total,
      },
      revenueByFunction: revenue,
      expenditureByFunction: fn,
      fiscalAppropriation: {
        revenue: [
          line('一般公共预算', 'generalPublic', total),
          line('政府性基金预算', 'governmentFund', 0),
          line('国有资本经营预算', 'stateCapital', 0),
        ],
        revenueTotal: total,
        expenditure: lei.map((r) => ({
          label: r.name,
          key: r.code,
          total: r.total,
          generalPublic: r.total,
          governmentFund: 0,
          stateCapital: null,
        })),
        expenditureTotal: { total, generalPublic: total, governmentFund: 0, stateCapital: null },
      },
      generalPublicByFunction: fn.map((r) => ({ ...r })),
      governmentFundByFunction: [], // printed empty
      stateCapitalByFunction: null, // not in the document
      basicByEconomic: eco,
      threePublic,
    },
    tableTotals: {
      revenueByFunction: { total, fiscal: total, business: 0, operating: 0, other: 0 },
      expenditureByFunction: { total, basic, project },
      generalPublicByFunction: { total, basic, project },
      governmentFundByFunction: { total: 0, basic: 0, project: 0 },
      stateCapitalByFunction: null,
      basicByEconomic: { total: ecoSum('total'), personnel: ecoSum('personnel'), publicUse: ecoSum('publicUse') },
    },
    otherNotes: {
      threePublic: {
        total: tp(threePublic.total, '“三公”经费预算数为', true),
        overseas: tp(overseas, '因公出国（境）费'),
        vehicles: tp(vehicles, '公务用车购置及运行费'),
        vehiclePurchase: tp(vehiclePurchase, '公务用车购置费'),
        vehicleOperation: tp(vehicleOperation, '公务用车运行费'),
        reception: tp(reception, '公务接待费'),
        paragraphs: [],
      },
      agencyOperation: { amount: tp(threePublic.agencyOperation, '机关运行经费预算'), paragraphs: [] },
      procurement: null,
      performance: null,
      assets: null,
    },
    projects: withProject.slice(0, projectCount).map((r, i) => ({
      id: `p${pad2(i + 1)}`,
      name: `${r.name}项目`,
      overview: '合成项目。',
      basis: '合成数据。',
      implementer: '示例部门本级',
      plan: '按计划实施。',
      period: '一年',
      budget: `${year}年预算${wanFormat[1]!.format(r.project / FEN_PER_WAN)}万元。`,
      targets: '完成合成目标。',
      amount: statedWan(rng, r.project, 2, `${r.name}项目预算`, year, false),
      functionCode: r.code,
    })),
    discrepancies: [],
  };
}
