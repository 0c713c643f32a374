// The reading report of an imported document as the import report shows it: plain rows, no text
// of the interface (the view translates the keys). Table titles and rows stay as the document
// prints them; the table's number leads to its name in the reader's language.
import type { CheckResult, TableReading } from '../../reader/api';
import { TABLE_IDS, type TableId } from '../../state/link/values';

// The nine tables of the template in their order (表1 … 表9): the reader names their kinds as the
// links name the tables.
export type TableKindName = TableId;

const isTableKind = (kind: string): kind is TableKindName => (TABLE_IDS as readonly string[]).includes(kind);

export interface TableRow {
  number: number;
  kind: TableKindName | null; // null: a kind this version does not know; show the printed title
  title: string; // as printed
  pages: string; // '3', '3–4', '3, 5'
  unit: string;
  rows: number;
  state: 'read' | 'printedEmpty' | 'absent';
}

/** Printed pages as a short list: runs of consecutive pages joined with an en dash. */
export function pageList(pages: readonly number[]): string {
  const sorted = [...new Set(pages)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    runs.push(j === i ? String(sorted[i]) : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  return runs.join(', ');
}

const STATES: Record<TableReading['state'], TableRow['state']> = {
  read: 'read',
  'printed empty': 'printedEmpty',
  absent: 'absent',
};

export function tableRows(tables: readonly TableReading[]): TableRow[] {
  return [...tables]
    .sort((a, b) => a.number - b.number)
    .map((table) => ({
      number: table.number,
      kind: isTableKind(table.kind) ? table.kind : null,
      title: table.title,
      pages: pageList(table.pages),
      unit: table.unit,
      rows: table.rows,
      state: STATES[table.state] ?? 'read',
    }));
}

export function checkTotals(checks: readonly CheckResult[]): { run: number; passed: number; failed: number } {
  const run = checks.reduce((n, c) => n + c.run, 0);
  const failed = checks.reduce((n, c) => n + c.failed, 0);
  return { run, passed: run - failed, failed };
}

/** The table a failure or repair names ('表3 部门支出预算总表'): its number and kind, when one of the nine. */
export function tableOf(printed: string): { number: number; kind: TableKindName } | null {
  const number = Number(/^表\s*(\d)\b/.exec(printed.trim())?.[1]);
  const kind = TABLE_IDS[number - 1];
  return kind ? { number, kind } : null;
}

/** A row label without the reader's 'row ' prefix ('row 2101504 医疗保障经办事务' → '2101504 医疗保障经办事务'). */
export const rowLabel = (row: string): string => row.replace(/^row\s+/, '').trim();

/** The language a text of the document or the reader is in, for its `lang` attribute. */
export const textLang = (text: string): 'zh-CN' | 'en' => (/[\u3400-\u9fff]/.test(text) ? 'zh-CN' : 'en');

/** Difference printed − expected, when both figures are known. */
export const difference = (printed: number | null, expected: number | null): number | null =>
  printed === null || expected === null ? null : printed - expected;
