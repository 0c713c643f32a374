// Pure: which recorded discrepancies (doc.discrepancies, from the reviewed errata) concern a
// table, and their labels in the reader's language. The ingest names the table as printed
// ("表8 一般公共预算基本支出经济分类预算表"), the row as "row <code> <name>" or "row <label>",
// and the check as a formula over printed column labels ("合计 = 人员经费 + 公用经费",
// "公用经费 = sum of children").
import type { Discrepancy } from '../../domain/schema';
import { TABLE_CATALOG } from './table-catalog';
import type { TableId } from '../../state/link/values';

export function tableOfDiscrepancy(d: Discrepancy): TableId | null {
  const number = /^表\s*(\d)\b/.exec(d.table.trim())?.[1];
  if (number) return TABLE_CATALOG.find((e) => e.number === Number(number))?.id ?? null;
  return TABLE_CATALOG.find((e) => e.id === d.table)?.id ?? null;
}

export function discrepanciesOf(list: readonly Discrepancy[], table: TableId): Discrepancy[] {
  return list.filter((d) => tableOfDiscrepancy(d) === table);
}

export type ParsedRow = { kind: 'code'; code: string; printed: string } | { kind: 'label'; label: string };

export function parseRow(row: string): ParsedRow {
  const text = row.replace(/^row\s+/, '').trim();
  const coded = /^(\d{3}(?:\d{2}){0,2})\s+(.+)$/.exec(text);
  return coded ? { kind: 'code', code: coded[1]!, printed: coded[2]! } : { kind: 'label', label: text };
}

/**
 * Replaces known terms in a text (longest first, so "项目支出" wins over "项目"). Used to put a
 * check formula into the reader's language: printed column labels and the ingest's phrases.
 */
export function replaceTerms(text: string, terms: ReadonlyMap<string, string>): string {
  const keys = [...terms.keys()].filter(Boolean).sort((a, b) => b.length - a.length);
  if (keys.length === 0) return text;
  const pattern = new RegExp(keys.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  return text.replace(pattern, (match) => terms.get(match) ?? match);
}
