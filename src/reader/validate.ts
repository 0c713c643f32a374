// Checks that prove the tables: every parent = sum of its children in every column, every row's
// 合计 = its parts, every printed 合计 row = sum of the 类 rows, and the tables agree with each
// other. Each failure names the document, table, row and the two numbers that disagree.
import type { BudgetDocument, FunctionRow } from '../domain/schema.ts';
import type { Checks } from './checks.ts';
import { TABLE_LABEL, type TableKind } from './types.ts';

type Row = { code: string; name: string } & Record<string, number | string>;

/**
 * A table printed in 万元 rounds every figure to its last digit (0.01万元 = 10000 fen): a sum of n
 * printed figures may then differ from the printed total by up to (n + 1) half-units. Tables in 元
 * are exact. `unitFen`: the fen value of the last printed digit (0 for 元 tables: exact).
 */
const rounding = (unitFen: number, summands: number): number => unitFen * (summands + 1);

function treeChecks(
  c: Checks,
  kind: TableKind,
  rows: Row[],
  total: Record<string, number> | null,
  cols: [string, string][],
  unitFen = 0,
): void {
  const table = TABLE_LABEL[kind];
  const [totalCol, ...parts] = cols;
  for (const r of rows) {
    const label = `row ${r.code} ${r.name}`;
    const sum = parts.reduce((a, [k]) => a + (r[k] as number), 0);
    c.eq(
      `${totalCol![1]} = ${parts.map(([, l]) => l).join(' + ')}`,
      table,
      label,
      r[totalCol![0]] as number,
      sum,
      rounding(unitFen, parts.length),
    );
    const children = rows.filter((x) => x.code.length === r.code.length + 2 && x.code.startsWith(r.code));
    if (children.length === 0) continue;
    for (const [k, l] of cols)
      c.eq(
        `${l} = sum of children`,
        table,
        label,
        r[k] as number,
        children.reduce((a, x) => a + (x[k] as number), 0),
        rounding(unitFen, children.length),
      );
  }
  if (total) {
    const top = rows.filter((r) => r.code.length === 3);
    for (const [k, l] of cols)
      c.eq(
        `${l} = sum of 类 rows`,
        table,
        'row 合计',
        total[k]!,
        top.reduce((a, x) => a + (x[k] as number), 0),
        rounding(unitFen, top.length),
      );
  }
}

const FN: [string, string][] = [
  ['total', '合计'],
  ['basic', '基本支出'],
  ['project', '项目支出'],
];
const REV: [string, string][] = [
  ['total', '合计'],
  ['fiscal', '财政拨款收入'],
  ['business', '事业收入'],
  ['operating', '事业单位经营收入'],
  ['other', '其他收入'],
];
const ECON: [string, string][] = [
  ['total', '合计'],
  ['personnel', '人员经费'],
  ['publicUse', '公用经费'],
];

/** `threePublicPrecision`: fen value of one unit of the last digit 表9 prints (10000 for 万元 to two decimals). */
/** `stepOf`: the fen value of the last digit a table prints (0 for 元 tables: their sums are exact). */
export function validateTables(
  doc: BudgetDocument,
  c: Checks,
  threePublicPrecision: number,
  stepOf: (k: TableKind) => number = () => 0,
): void {
  const fen = stepOf;
  const t = doc.tables;
  const tt = doc.tableTotals;
  treeChecks(c, 'revenueByFunction', t.revenueByFunction, tt.revenueByFunction, REV, fen('revenueByFunction'));
  treeChecks(
    c,
    'expenditureByFunction',
    t.expenditureByFunction,
    tt.expenditureByFunction,
    FN,
    fen('expenditureByFunction'),
  );
  treeChecks(
    c,
    'generalPublicByFunction',
    t.generalPublicByFunction,
    tt.generalPublicByFunction,
    FN,
    fen('generalPublicByFunction'),
  );
  if (t.governmentFundByFunction)
    treeChecks(
      c,
      'governmentFundByFunction',
      t.governmentFundByFunction,
      tt.governmentFundByFunction,
      FN,
      fen('governmentFundByFunction'),
    );
  if (t.stateCapitalByFunction)
    treeChecks(
      c,
      'stateCapitalByFunction',
      t.stateCapitalByFunction,
      tt.stateCapitalByFunction,
      FN,
      fen('stateCapitalByFunction'),
    );
  treeChecks(c, 'basicByEconomic', t.basicByEconomic, tt.basicByEconomic, ECON, fen('basicByEconomic'));

  // 表1 部门财务收支预算总表
  const s = t.financialSummary;
  const L1 = TABLE_LABEL.financialSummary;
  const rev = (key: string): number => s.revenue.find((l) => l.key === key)?.amount ?? 0;
  c.eq('收入总计 = 支出总计', L1, 'row 收入总计', s.revenueTotal, s.expenditureTotal);
  c.eq(
    '收入总计 = sum of revenue lines',
    L1,
    'row 收入总计',
    s.revenueTotal,
    rev('fiscal') + rev('business') + rev('operating') + rev('other'),
  );
  c.eq(
    '财政拨款收入 = sum of its funds',
    L1,
    'row 财政拨款收入',
    rev('fiscal'),
    rev('generalPublic') + rev('governmentFund') + rev('stateCapital'),
  );
  c.eq(
    '支出总计 = sum of expenditure lines',
    L1,
    'row 支出总计',
    s.expenditureTotal,
    s.expenditure.reduce((a, l) => a + (l.amount ?? 0), 0),
  );
  const L2 = TABLE_LABEL.revenueByFunction;
  c.eq(`合计 = ${L1} 收入总计`, L2, 'row 合计', tt.revenueByFunction.total, s.revenueTotal);
  for (const [k, l] of REV.slice(1))
    c.eq(`${l} = ${L1} ${l}`, L2, 'row 合计', tt.revenueByFunction[k as 'fiscal']!, rev(k));
  c.eq(
    `合计 = ${L1} 支出总计`,
    TABLE_LABEL.expenditureByFunction,
    'row 合计',
    tt.expenditureByFunction.total,
    s.expenditureTotal,
  );
  const exp3 = new Map(t.expenditureByFunction.map((r) => [r.code, r]));
  for (const l of s.expenditure)
    c.eq(
      `${l.label} = ${TABLE_LABEL.expenditureByFunction} 类 ${l.key}`,
      L1,
      `row ${l.label}`,
      l.amount ?? 0,
      exp3.get(l.key)?.total ?? 0,
    );

  // 表4 部门财政拨款收支预算总表 against 表5–7
  const a = t.fiscalAppropriation;
  const L4 = TABLE_LABEL.fiscalAppropriation;
  const totalOf = (rows: FunctionRow[] | null, code: string): number => rows?.find((r) => r.code === code)?.total ?? 0;
  const gf = tt.governmentFundByFunction?.total ?? 0;
  const sc = tt.stateCapitalByFunction?.total ?? 0;
  const arev = (key: string): number => a.revenue.find((l) => l.key === key)?.amount ?? 0;
  c.eq(
    '收入总计 = sum of revenue lines',
    L4,
    'row 收入总计',
    a.revenueTotal,
    arev('generalPublic') + arev('governmentFund') + arev('stateCapital'),
  );
  c.eq(`收入总计 = ${L1} 财政拨款收入`, L4, 'row 收入总计', a.revenueTotal, rev('fiscal'));
  c.eq(
    `一般公共预算 = ${TABLE_LABEL.generalPublicByFunction} 合计`,
    L4,
    'row 一般公共预算',
    arev('generalPublic'),
    tt.generalPublicByFunction.total,
  );
  c.eq(
    `政府性基金预算 = ${TABLE_LABEL.governmentFundByFunction} 合计`,
    L4,
    'row 政府性基金预算',
    arev('governmentFund'),
    gf,
  );
  c.eq(
    `国有资本经营预算 = ${TABLE_LABEL.stateCapitalByFunction} 合计`,
    L4,
    'row 国有资本经营预算',
    arev('stateCapital'),
    sc,
  );
  const lines = [
    ...a.expenditure.map((l) => ({ ...l, row: `row ${l.label}` })),
    { ...a.expenditureTotal, key: '', row: 'row 支出总计' },
  ];
  for (const l of lines) {
    c.eq(
      '合计 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算',
      L4,
      l.row,
      l.total,
      l.generalPublic + (l.governmentFund ?? 0) + (l.stateCapital ?? 0),
    );
    if (l.key === '') continue;
    c.eq(
      `一般公共预算 = ${TABLE_LABEL.generalPublicByFunction} 类 ${l.key}`,
      L4,
      l.row,
      l.generalPublic,
      totalOf(t.generalPublicByFunction, l.key),
    );
    c.eq(
      `政府性基金预算 = ${TABLE_LABEL.governmentFundByFunction} 类 ${l.key}`,
      L4,
      l.row,
      l.governmentFund ?? 0,
      totalOf(t.governmentFundByFunction, l.key),
    );
    c.eq(
      `国有资本经营预算 = ${TABLE_LABEL.stateCapitalByFunction} 类 ${l.key}`,
      L4,
      l.row,
      l.stateCapital ?? 0,
      totalOf(t.stateCapitalByFunction, l.key),
    );
  }
  for (const k of ['total', 'generalPublic', 'governmentFund', 'stateCapital'] as const) {
    c.eq(
      `支出总计 = sum of lines (${k})`,
      L4,
      'row 支出总计',
      a.expenditureTotal[k] ?? 0,
      a.expenditure.reduce((x, l) => x + (l[k] ?? 0), 0),
    );
  }
  c.eq('支出总计 = 收入总计', L4, 'row 支出总计', a.expenditureTotal.total, a.revenueTotal);
  c.eq(
    `合计 = ${L4} 支出总计 一般公共预算`,
    TABLE_LABEL.generalPublicByFunction,
    'row 合计',
    tt.generalPublicByFunction.total,
    a.expenditureTotal.generalPublic,
  );

  // 表8 is the basic spending of 表5; 表3 = 表5 + 表6 + 表7 where all revenue is 财政拨款
  c.eq(
    `合计 = ${TABLE_LABEL.generalPublicByFunction} 基本支出`,
    TABLE_LABEL.basicByEconomic,
    'row 合计',
    tt.basicByEconomic.total,
    tt.generalPublicByFunction.basic,
  );
  crossRows(doc, c);
  splitChecks(doc, c);
  threePublicChecks(doc, c, threePublicPrecision);
}

/** A unit budget's 表1 split: each line's parts, each column's sum, and each 类 against 表3. */
function splitChecks(doc: BudgetDocument, c: Checks): void {
  const s = doc.tables.financialSummary;
  const total = s.expenditureTotalSplit;
  if (!total) return;
  const L1 = TABLE_LABEL.financialSummary;
  const L3 = TABLE_LABEL.expenditureByFunction;
  const lines = s.expenditure.filter((l) => l.split);
  for (const l of [...lines, { label: '支出总计', key: '', amount: s.expenditureTotal, split: total }]) {
    const v = l.split!;
    c.eq(
      '合计 = 人员经费 + 公用经费 + 项目支出',
      L1,
      `row ${l.label}`,
      l.amount ?? 0,
      v.personnel + v.publicUse + v.project,
    );
    const row = doc.tables.expenditureByFunction.find((r) => r.code === l.key);
    if (!row) continue;
    c.eq(`人员经费 + 公用经费 = ${L3} 基本支出`, L1, `row ${l.label}`, v.personnel + v.publicUse, row.basic);
    c.eq(`项目支出 = ${L3} 项目支出`, L1, `row ${l.label}`, v.project, row.project);
  }
  for (const k of ['personnel', 'publicUse', 'project'] as const) {
    c.eq(
      `支出总计 = sum of lines (${k})`,
      L1,
      'row 支出总计',
      total[k],
      lines.reduce((a, l) => a + l.split![k], 0),
    );
  }
}

function crossRows(doc: BudgetDocument, c: Checks): void {
  const t = doc.tables;
  const L3 = TABLE_LABEL.expenditureByFunction;
  const byCode = (rows: { code: string }[] | null) => new Map((rows ?? []).map((r) => [r.code, r]));
  const r2 = byCode(t.revenueByFunction) as Map<string, (typeof t.revenueByFunction)[number]>;
  const r3 = byCode(t.expenditureByFunction) as Map<string, FunctionRow>;
  const funds = [t.generalPublicByFunction, t.governmentFundByFunction, t.stateCapitalByFunction].map(byCode) as Map<
    string,
    FunctionRow
  >[];
  const codes = [...new Set([...r2.keys(), ...r3.keys(), ...funds.flatMap((m) => [...m.keys()])])].sort();
  for (const code of codes) {
    const e = r3.get(code);
    const r = r2.get(code);
    const name = e?.name ?? r?.name ?? funds.map((m) => m.get(code)?.name).find(Boolean) ?? '';
    const row = `row ${code} ${name}`;
    c.eq(`合计 = ${TABLE_LABEL.revenueByFunction} 合计`, L3, row, e?.total ?? 0, r?.total ?? 0);
    for (const m of funds) {
      const n = m.get(code)?.name;
      if (n && e) c.same('name agrees across tables', L3, row, n, e.name);
    }
    if (r && e) c.same(`name agrees with ${TABLE_LABEL.revenueByFunction}`, L3, row, r.name, e.name);
    // Spending from 事业收入 etc. is in 表3 but not in 表5–7; compare only fully fiscal rows.
    if (r && r.total !== r.fiscal) continue;
    for (const k of ['total', 'basic', 'project'] as const) {
      const sum = funds.reduce((a, m) => a + (m.get(code)?.[k] ?? 0), 0);
      c.eq(`${k} = 表5 + 表6 + 表7 (${k})`, L3, row, e?.[k] ?? 0, sum);
    }
  }
}

// 表9 printed in 万元 with two decimals holds a figure to ±50 元 (0.83万元 for 8,265元 in 表8).
function threePublicChecks(doc: BudgetDocument, c: Checks, tolerance: number): void {
  const p = doc.tables.threePublic;
  const L9 = TABLE_LABEL.threePublic;
  c.eq(
    '合计 = 因公出国(境)费 + 公务接待费 + 公务用车购置及运行费',
    L9,
    'row “三公”经费',
    p.total,
    p.overseas + p.reception + p.vehicles,
  );
  c.eq(
    '公务用车购置及运行费 = 购置费 + 运行费',
    L9,
    'row 公务用车购置及运行费',
    p.vehicles,
    p.vehiclePurchase + p.vehicleOperation,
  );
  // Both real documents satisfy these; a document that legitimately differs needs an erratum.
  const econ = new Map(doc.tables.basicByEconomic.map((r) => [r.code, r]));
  const L8 = TABLE_LABEL.basicByEconomic;
  if (econ.has('30212'))
    c.eq(
      `30212 因公出国（境）费用 = ${L9} 因公出国(境)费`,
      L8,
      `row 30212 ${econ.get('30212')!.name}`,
      econ.get('30212')!.total,
      p.overseas,
      tolerance,
    );
  if (econ.has('30217'))
    c.eq(
      `30217 公务接待费 = ${L9} 公务接待费`,
      L8,
      `row 30217 ${econ.get('30217')!.name}`,
      econ.get('30217')!.total,
      p.reception,
      tolerance,
    );
}
