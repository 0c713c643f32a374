// 表1, 表4 and 表9: the tables that are not classification trees. Each is read under the guard of
// build-tables, so a table that cannot be read is a named failure and the others are still read.
import type { z } from '../domain/zod.ts';
import type * as S from '../domain/schema.ts';
import type { ThreePublic } from '../domain/schema.ts';

type FinancialSummary = z.infer<typeof S.FinancialSummary>;
type FiscalAppropriation = z.infer<typeof S.FiscalAppropriation>;
import { categoryCode } from './category-names.ts';
import type { LocatedTable } from './locate-tables.ts';
import type { DocumentSections } from './read-document.ts';
import type { ResolvedTable } from './resolve-columns.ts';
import { splitExpenditure } from './summary-split.ts';
import {
  appropriationColumns,
  buildFinancialSummary,
  buildFiscalAppropriation,
  summaryEntries,
} from './summary-tables.ts';
import type { TableSites } from './table-sites.ts';
import { parseThreePublic, type ThreePublicHint, type ThreePublicPlacement } from './three-public.ts';
import { IngestError, TABLE_LABEL, type TableKind } from './types.ts';

export const EMPTY_THREE_PUBLIC: ThreePublic = {
  total: 0,
  overseas: 0,
  reception: 0,
  vehicles: 0,
  vehiclePurchase: 0,
  vehicleOperation: 0,
  agencyOperation: 0,
};
const EMPTY_SUMMARY: FinancialSummary = { revenue: [], revenueTotal: 0, expenditure: [], expenditureTotal: 0 };
const EMPTY_APPROPRIATION: FiscalAppropriation = {
  revenue: [],
  revenueTotal: 0,
  expenditure: [],
  expenditureTotal: { total: 0, generalPublic: 0, governmentFund: null, stateCapital: null },
};

export interface SummaryInput {
  doc: DocumentSections;
  docId: string;
  located: Map<TableKind, LocatedTable>;
  sites: TableSites;
  guard: <T>(k: TableKind, fallback: T, read: () => T) => T;
  expenditure: ResolvedTable;
  general: ResolvedTable;
  fund: ResolvedTable | null;
  capital: ResolvedTable | null;
  threePublicHint: ThreePublicHint | null;
}

export interface Summaries {
  financialSummary: FinancialSummary;
  fiscalAppropriation: FiscalAppropriation;
  threePublic: ThreePublic;
  revenueParts: number[]; // 表1's 财政拨款, 事业, 经营, 其他收入: the hint for 表2's 合计 row
  threePublicPlacement: ThreePublicPlacement | null;
}

export function buildSummaries(x: SummaryInput): Summaries {
  const { doc, docId, located, sites, guard, expenditure } = x;
  const where = (k: TableKind): string => `${docId} · ${TABLE_LABEL[k]}`;
  const get = (k: TableKind): LocatedTable => {
    const t = located.get(k);
    if (!t)
      throw new IngestError(`${docId}: table "${TABLE_LABEL[k]}" is missing (no title or header words found)`, {
        check: 'the table is present',
        row: 'table',
      });
    return t;
  };
  const categories = new Map(expenditure.rows.filter((r) => r.code.length === 3).map((r) => [r.name, r.code]));
  const codeOf =
    (k: TableKind) =>
    (name: string, line: number): string => {
      const code = categoryCode(name, categories);
      if (!code)
        throw new IngestError(
          `${where(k)}, line ${line}: "${name}" is not a 类 of ${TABLE_LABEL.expenditureByFunction}`,
          { line, row: `row ${name}` },
        );
      return code;
    };
  const financialSummary = guard('financialSummary', EMPTY_SUMMARY, () => {
    const t = get('financialSummary');
    const entries = summaryEntries(t.lines, doc.layout, where('financialSummary'), t.unit);
    for (const e of entries) sites.row('financialSummary', e.label, e.line);
    const bySplit = splitExpenditure(
      t.lines,
      entries,
      expenditure,
      codeOf('financialSummary'),
      where('financialSummary'),
    );
    return buildFinancialSummary(
      bySplit?.entries ?? entries,
      codeOf('financialSummary'),
      where('financialSummary'),
      bySplit?.split ?? null,
    );
  });
  const rev = (key: string): number => financialSummary.revenue.find((l) => l.key === key)?.amount ?? 0;
  const revenueParts = [rev('fiscal'), rev('business'), rev('operating'), rev('other')];

  const sumOf = (t: ResolvedTable | null, code: string): number =>
    code === '' ? (t?.total?.[0] ?? 0) : (t?.rows.find((r) => r.code === code)?.values[0] ?? 0);
  const fiscalAppropriation = guard('fiscalAppropriation', EMPTY_APPROPRIATION, () => {
    const t = get('fiscalAppropriation');
    const entries = summaryEntries(t.lines, doc.layout, where('fiscalAppropriation'), t.unit);
    for (const e of entries) sites.row('fiscalAppropriation', e.label, e.line);
    return buildFiscalAppropriation(
      entries,
      appropriationColumns(t.lines),
      codeOf('fiscalAppropriation'),
      (code) => {
        const parts = [sumOf(x.general, code), sumOf(x.fund, code), sumOf(x.capital, code)];
        return [parts[0]! + parts[1]! + parts[2]!, ...parts];
      },
      where('fiscalAppropriation'),
    );
  });
  let threePublicPlacement: ThreePublicPlacement | null = null;
  const threePublic = guard('threePublic', EMPTY_THREE_PUBLIC, () =>
    parseThreePublic(get('threePublic'), where('threePublic'), x.threePublicHint, (by) => (threePublicPlacement = by)),
  );
  return { financialSummary, fiscalAppropriation, threePublic, revenueParts, threePublicPlacement };
}
