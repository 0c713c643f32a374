// Reads the nine tables of one document and resolves their columns, in an order that lets each
// table lend its figures to the next as hints (表8 -> 表5 -> 表3 -> 表6/7 -> 表1 -> 表2 -> 表4).
// A table that cannot be read does not stop the reading: it is reported as a failure naming the
// table, page and row, and stands empty in the document so that every other table is still read.
import type { EconomicRow, FunctionRow, RevenueRow, TableTotals, Tables } from '../domain/schema.ts';
import { locateTables, type LocatedTable } from './locate-tables.ts';
import { parsePdfRows } from './layout-pdf.ts';
import { parseTabRows } from './layout-tab.ts';
import type { DocumentSections } from './read-document.ts';
import type { Repairs } from './repairs.ts';
import { resolveColumns, type Hint, type Resolution, type ResolvedRow, type ResolvedTable } from './resolve-columns.ts';
import { buildSummaries, EMPTY_THREE_PUBLIC } from './summaries.ts';
import { HEADER_WORDS, markPositions } from './positions.ts';
import { TableSites } from './table-sites.ts';
import type { ThreePublicHint, ThreePublicPlacement } from './three-public.ts';
import { IngestError, TABLE_LABEL, type Failure, type TableKind } from './types.ts';

export interface TableReport {
  kind: TableKind;
  rows: number;
  resolved: Resolution[];
  usedHints: boolean;
  positions?: 'confirmed' | 'overruled';
}

export interface BuiltTables {
  tables: Tables;
  tableTotals: TableTotals;
  report: TableReport[];
  located: Map<TableKind, LocatedTable>;
  sites: TableSites;
  failures: Failure[];
  printsFen: boolean;
  threePublicPlacement: ThreePublicPlacement | null;
}

const FUNCTION_LABELS = ['合计', '基本支出', '项目支出'];
const REVENUE_LABELS = ['合计', '财政拨款收入', '事业收入', '事业单位经营收入', '其他收入'];
const ECONOMIC_LABELS = ['合计', '人员经费', '公用经费'];
const OPTIONAL: TableKind[] = ['governmentFundByFunction', 'stateCapitalByFunction'];
const EMPTY: ResolvedTable = { rows: [], total: null, resolved: [], usedHints: false };

/** A figure printed with two decimals in a 元 table ("96,282,213.44", "1149678.00"): the document prints fen. */
const FEN_FIGURE = /(^|[\s\t])\d[\d,]*\.\d{2}(?=$|[\s\t])/;

export function buildTables(
  doc: DocumentSections,
  docId: string,
  repairs: Repairs,
  threePublicHint: ThreePublicHint | null,
): BuiltTables {
  const sites = new TableSites(doc.all);
  const failures: Failure[] = [];
  const located = locateTables(doc.tables, doc.layout, docId);
  for (const [k, t] of located) {
    sites.table(k, t.lines);
    // The unit decides every figure's size (元 or 万元): a table that prints none is named, not assumed.
    if (t.unitPrinted === false && t.lines.some((l) => /\d/.test(l.text))) {
      const page = t.lines[0]?.page ?? null;
      failures.push({
        check: 'the table prints its unit',
        table: TABLE_LABEL[k],
        row: 'table',
        page,
        printed: null,
        expected: null,
        message: `${docId} · ${TABLE_LABEL[k]}${page === null ? '' : `, page ${page}`}: no 单位 line (单位：元 / 单位：万元) was found; its figures are read in 元`,
      });
    }
  }
  const where = (k: TableKind): string => `${docId} · ${TABLE_LABEL[k]}`;
  /** Runs one table's reading; an IngestError becomes a failure and the table stands empty. */
  const guard = <T>(k: TableKind, fallback: T, read: () => T): T => {
    try {
      return read();
    } catch (e) {
      if (!(e instanceof IngestError)) throw e;
      const where = e.at;
      const line = where.line ?? (Number(/line (\d+)/.exec(e.message)?.[1]) || located.get(k)?.lines[0]?.no);
      const page = sites.page(line);
      const row = where.row ?? (line ? `line ${line}` : 'table');
      const message = e.message.replace(
        `${docId} · ${TABLE_LABEL[k]}`,
        `${docId} · ${TABLE_LABEL[k]}${page === null ? '' : `, page ${page}`}`,
      );
      const check = where.check ?? 'the table can be read';
      failures.push({
        check,
        table: TABLE_LABEL[k],
        row,
        page: where.check ? null : page,
        printed: where.printed ?? null,
        expected: where.expected ?? null,
        message,
      });
      return fallback;
    }
  };
  const report: TableReport[] = [];
  const resolve = (
    k: TableKind,
    levels: 2 | 3,
    labels: string[],
    words: readonly (readonly string[])[],
    hints?: Map<string, Hint>,
  ): ResolvedTable | null => {
    const t = located.get(k);
    if (!t) {
      if (OPTIONAL.includes(k)) return null;
      failures.push({
        check: 'the table is present',
        table: TABLE_LABEL[k],
        row: 'table',
        page: null,
        printed: null,
        expected: null,
        message: `${docId}: table "${TABLE_LABEL[k]}" is missing (no title or header words found)`,
      });
      return EMPTY;
    }
    const solved = guard(k, EMPTY, () => {
      const shape = { levels, columns: labels.length, where: where(k), kind: k, repairs, unit: t.unit };
      const raw = doc.layout === 'tab' ? parseTabRows(t.lines, shape) : parsePdfRows(t.lines, shape);
      markPositions(t.lines, [...raw.rows, ...(raw.total ? [raw.total] : [])], words);
      return resolveColumns(raw, labels, where(k), hints);
    });
    for (const r of solved.rows) sites.row(k, r.code, r.line);
    if (solved.totalLine !== undefined) sites.row(k, '', solved.totalLine);
    report.push({
      kind: k,
      rows: solved.rows.length,
      resolved: solved.resolved,
      usedHints: solved.usedHints,
      positions: solved.positions,
    });
    return solved;
  };
  const rootHint = (v: Hint): Map<string, Hint> => new Map([['', v]]);
  const economic = resolve('basicByEconomic', 2, ECONOMIC_LABELS, HEADER_WORDS.economic)!;
  // 表8 is the 一般公共预算 basic spending: its 合计 is 表5's 基本支出.
  const general = resolve(
    'generalPublicByFunction',
    3,
    FUNCTION_LABELS,
    HEADER_WORDS.function,
    rootHint([null, economic.total?.[0] ?? null, null]),
  )!;
  const hints = new Map<string, Hint>(general.rows.map((r) => [r.code, r.values]));
  if (general.total) hints.set('', general.total);
  const expenditure = resolve('expenditureByFunction', 3, FUNCTION_LABELS, HEADER_WORDS.function, hints)!;
  const fund = resolve('governmentFundByFunction', 3, FUNCTION_LABELS, HEADER_WORDS.function);
  const capital = resolve('stateCapitalByFunction', 3, FUNCTION_LABELS, HEADER_WORDS.function);
  const summaries = buildSummaries({
    doc,
    docId,
    located,
    sites,
    guard,
    expenditure,
    general,
    fund,
    capital,
    threePublicHint,
  });
  const revenueParts = summaries.revenueParts;
  const revenue = resolve(
    'revenueByFunction',
    3,
    REVENUE_LABELS,
    HEADER_WORDS.revenue,
    rootHint([revenueParts.reduce((a, b) => a + b, 0), ...revenueParts]),
  )!;

  // Names missing on some pages (2026 表5 prints codes only on its first page) come from the
  // other tables by code; a code no table names is an error.
  const names = new Map<string, string>();
  for (const t of [expenditure, revenue, general, fund, capital])
    for (const r of t?.rows ?? []) if (r.name && !names.has(r.code)) names.set(r.code, r.name);
  const named = (k: TableKind, r: ResolvedRow): string => {
    const name = r.name || names.get(r.code);
    if (name) return name;
    const page = sites.page(r.line);
    failures.push({
      check: 'every row has a name',
      table: TABLE_LABEL[k],
      row: r.code,
      page,
      printed: null,
      expected: null,
      message: `${where(k)}${page === null ? '' : `, page ${page}`}, row ${r.code} (line ${r.line}): no name, and no other table names this code`,
    });
    return r.code;
  };
  const fnRows = (k: TableKind, t: ResolvedTable): FunctionRow[] =>
    t.rows.map((r) => ({
      code: r.code,
      name: named(k, r),
      total: r.values[0]!,
      basic: r.values[1]!,
      project: r.values[2]!,
    }));
  const fnTotals = (t: ResolvedTable) => {
    const v = t.total ?? [0, 0, 0];
    return { total: v[0]!, basic: v[1]!, project: v[2]! };
  };
  const revenueTotal = revenue.total ?? [0, 0, 0, 0, 0];
  const econTotals = economic.total ?? [0, 0, 0];
  const threePublic = located.has('threePublic') ? summaries.threePublic : EMPTY_THREE_PUBLIC;
  const tables: Tables = {
    financialSummary: summaries.financialSummary,
    revenueByFunction: revenue.rows.map((r): RevenueRow => ({
      code: r.code,
      name: named('revenueByFunction', r),
      total: r.values[0]!,
      fiscal: r.values[1]!,
      business: r.values[2]!,
      operating: r.values[3]!,
      other: r.values[4]!,
    })),
    expenditureByFunction: fnRows('expenditureByFunction', expenditure),
    fiscalAppropriation: summaries.fiscalAppropriation,
    generalPublicByFunction: fnRows('generalPublicByFunction', general),
    governmentFundByFunction: fund ? fnRows('governmentFundByFunction', fund) : null,
    stateCapitalByFunction: capital ? fnRows('stateCapitalByFunction', capital) : null,
    basicByEconomic: economic.rows.map((r): EconomicRow => ({
      code: r.code,
      name: named('basicByEconomic', r),
      total: r.values[0]!,
      personnel: r.values[1]!,
      publicUse: r.values[2]!,
    })),
    threePublic,
  };
  const tableTotals: TableTotals = {
    revenueByFunction: {
      total: revenueTotal[0]!,
      fiscal: revenueTotal[1]!,
      business: revenueTotal[2]!,
      operating: revenueTotal[3]!,
      other: revenueTotal[4]!,
    },
    expenditureByFunction: fnTotals(expenditure),
    generalPublicByFunction: fnTotals(general),
    governmentFundByFunction: fund ? fnTotals(fund) : null,
    stateCapitalByFunction: capital ? fnTotals(capital) : null,
    basicByEconomic: { total: econTotals[0]!, personnel: econTotals[1]!, publicUse: econTotals[2]! },
  };
  const printsFen = [...located.values()].some((t) => t.unit === '元' && t.lines.some((l) => FEN_FIGURE.test(l.text)));
  return {
    tables,
    tableTotals,
    report,
    located,
    sites,
    failures,
    printsFen,
    threePublicPlacement: summaries.threePublicPlacement,
  };
}
