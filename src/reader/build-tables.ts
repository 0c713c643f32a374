// Reads the nine tables of one document and resolves their columns, in an order that lets each
// table lend its figures to the next as hints (表8 -> 表5 -> 表3 -> 表6/7 -> 表1 -> 表2 -> 表4).
import type { EconomicRow, FunctionRow, RevenueRow, TableTotals, Tables } from '../domain/schema.ts';
import { locateTables, type LocatedTable } from './locate-tables.ts';
import { parsePdfRows } from './layout-pdf.ts';
import { parseTabRows } from './layout-tab.ts';
import type { DocumentSections } from './read-document.ts';
import { resolveColumns, type Hint, type Resolution, type ResolvedRow, type ResolvedTable } from './resolve-columns.ts';
import { appropriationColumns, buildFinancialSummary, buildFiscalAppropriation, summaryEntries } from './summary-tables.ts';
import { parseThreePublic } from './three-public.ts';
import { IngestError, TABLE_LABEL, type TableKind } from './types.ts';

export interface TableReport {
  kind: TableKind;
  rows: number;
  resolved: Resolution[];
  usedHints: boolean;
}

export interface BuiltTables {
  tables: Tables;
  tableTotals: TableTotals;
  report: TableReport[];
}

const FUNCTION_LABELS = ['合计', '基本支出', '项目支出'];
const REVENUE_LABELS = ['合计', '财政拨款收入', '事业收入', '事业单位经营收入', '其他收入'];
const ECONOMIC_LABELS = ['合计', '人员经费', '公用经费'];

export function buildTables(doc: DocumentSections, docId: string): BuiltTables {
  const located = locateTables(doc.tables, doc.layout, docId);
  const where = (k: TableKind): string => `${docId} · ${TABLE_LABEL[k]}`;
  const get = (k: TableKind): LocatedTable => {
    const t = located.get(k);
    if (!t) throw new IngestError(`${docId}: table "${TABLE_LABEL[k]}" is missing (no title or header words found)`);
    return t;
  };
  const report: TableReport[] = [];
  const resolve = (k: TableKind, levels: 2 | 3, labels: string[], hints?: Map<string, Hint>): ResolvedTable | null => {
    const t = located.get(k) ?? (k === 'governmentFundByFunction' || k === 'stateCapitalByFunction' ? null : get(k));
    if (!t) return null;
    const shape = { levels, columns: labels.length, where: where(k) };
    const raw = doc.layout === 'tab' ? parseTabRows(t.lines, shape) : parsePdfRows(t.lines, shape);
    const solved = resolveColumns(raw, labels, where(k), hints);
    report.push({ kind: k, rows: solved.rows.length, resolved: solved.resolved, usedHints: solved.usedHints });
    return solved;
  };
  const rootHint = (v: Hint): Map<string, Hint> => new Map([['', v]]);
  const economic = resolve('basicByEconomic', 2, ECONOMIC_LABELS)!;
  // 表8 is the 一般公共预算 basic spending: its 合计 is 表5's 基本支出.
  const general = resolve('generalPublicByFunction', 3, FUNCTION_LABELS, rootHint([null, economic.total?.[0] ?? null, null]))!;
  const hints = new Map<string, Hint>(general.rows.map((r) => [r.code, r.values]));
  if (general.total) hints.set('', general.total);
  const expenditure = resolve('expenditureByFunction', 3, FUNCTION_LABELS, hints)!;
  const fund = resolve('governmentFundByFunction', 3, FUNCTION_LABELS);
  const capital = resolve('stateCapitalByFunction', 3, FUNCTION_LABELS);

  const categories = new Map(expenditure.rows.filter((r) => r.code.length === 3).map((r) => [r.name, r.code]));
  const codeOf = (name: string, line: number): string => {
    const code = categories.get(name);
    if (!code) throw new IngestError(`${docId}, line ${line}: "${name}" is not a 类 of ${TABLE_LABEL.expenditureByFunction}`);
    return code;
  };
  const summaryTable = get('financialSummary');
  const financialSummary = buildFinancialSummary(summaryEntries(summaryTable.lines, doc.layout, where('financialSummary')), codeOf, where('financialSummary'));
  const rev = (key: string): number => financialSummary.revenue.find((l: { key: string }) => l.key === key)?.amount ?? 0;
  const revenueParts = [rev('fiscal'), rev('business'), rev('operating'), rev('other')];
  const revenue = resolve('revenueByFunction', 3, REVENUE_LABELS, rootHint([revenueParts.reduce((a, b) => a + b, 0), ...revenueParts]))!;

  const sumOf = (t: ResolvedTable | null, code: string): number =>
    code === '' ? (t?.total?.[0] ?? 0) : (t?.rows.find((r) => r.code === code)?.values[0] ?? 0);
  const appropriation = get('fiscalAppropriation');
  const fiscalAppropriation = buildFiscalAppropriation(
    summaryEntries(appropriation.lines, doc.layout, where('fiscalAppropriation')),
    appropriationColumns(appropriation.lines),
    codeOf,
    (code) => {
      const parts = [sumOf(general, code), sumOf(fund, code), sumOf(capital, code)];
      return [parts[0]! + parts[1]! + parts[2]!, ...parts];
    },
    where('fiscalAppropriation'),
  );
  const threePublic = parseThreePublic(get('threePublic'), where('threePublic'));

  // Names missing on some pages (2026 表5 prints codes only on its first page) come from the
  // other tables by code; a code no table names is an error.
  const names = new Map<string, string>();
  for (const t of [expenditure, revenue, general, fund, capital]) for (const r of t?.rows ?? []) if (r.name && !names.has(r.code)) names.set(r.code, r.name);
  const named = (k: TableKind, r: ResolvedRow): string => {
    const name = r.name || names.get(r.code);
    if (!name) throw new IngestError(`${where(k)}, row ${r.code} (line ${r.line}): no name, and no other table names this code`);
    return name;
  };
  const fnRows = (k: TableKind, t: ResolvedTable): FunctionRow[] =>
    t.rows.map((r) => ({ code: r.code, name: named(k, r), total: r.values[0]!, basic: r.values[1]!, project: r.values[2]! }));
  const fnTotals = (t: ResolvedTable) => {
    const v = t.total ?? [0, 0, 0];
    return { total: v[0]!, basic: v[1]!, project: v[2]! };
  };
  const revenueTotal = revenue.total ?? [0, 0, 0, 0, 0];
  const econTotals = economic.total ?? [0, 0, 0];
  const tables: Tables = {
    financialSummary,
    revenueByFunction: revenue.rows.map(
      (r): RevenueRow => ({ code: r.code, name: named('revenueByFunction', r), total: r.values[0]!, fiscal: r.values[1]!, business: r.values[2]!, operating: r.values[3]!, other: r.values[4]! }),
    ),
    expenditureByFunction: fnRows('expenditureByFunction', expenditure),
    fiscalAppropriation,
    generalPublicByFunction: fnRows('generalPublicByFunction', general),
    governmentFundByFunction: fund ? fnRows('governmentFundByFunction', fund) : null,
    stateCapitalByFunction: capital ? fnRows('stateCapitalByFunction', capital) : null,
    basicByEconomic: economic.rows.map(
      (r): EconomicRow => ({ code: r.code, name: named('basicByEconomic', r), total: r.values[0]!, personnel: r.values[1]!, publicUse: r.values[2]! }),
    ),
    threePublic,
  };
  const tableTotals: TableTotals = {
    revenueByFunction: { total: revenueTotal[0]!, fiscal: revenueTotal[1]!, business: revenueTotal[2]!, operating: revenueTotal[3]!, other: revenueTotal[4]! },
    expenditureByFunction: fnTotals(expenditure),
    generalPublicByFunction: fnTotals(general),
    governmentFundByFunction: fund ? fnTotals(fund) : null,
    stateCapitalByFunction: capital ? fnTotals(capital) : null,
    basicByEconomic: { total: econTotals[0]!, personnel: econTotals[1]!, publicUse: econTotals[2]! },
  };
  return { tables, tableTotals, report };
}
