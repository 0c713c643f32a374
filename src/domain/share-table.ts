// The data behind a chart or table as a reader downloads it: CSV and JSON of exactly the rows
// shown, money in yuan (never rounded to the display unit), codes as text, names in the current
// language. Pure. A table holds money as the data does, in fen (column kind 'money'); the files
// say yuan, the unit readers and spreadsheets expect, as exact numbers derived from the fen
// (246530872, 96282213.44), so a file of the HSA documents is the same as under contract version 1.
import { yuanNumber } from './fen';

/** money: integer fen in the table, yuan in the files and headers */
type ShareColumnKind = 'code' | 'text' | 'money' | 'number';

export interface ShareColumn {
  key: string;
  /** header in the current language */
  label: string;
  kind: ShareColumnKind;
}

export type ShareCell = string | number | null;

export interface ShareTable {
  columns: ShareColumn[];
  rows: Record<string, ShareCell>[];
}

export interface ShareMeta {
  title: string;
  subtitle?: string;
  sourceLine: string;
  /** content hashes of the documents shown (index.json) */
  dataVersions: string[];
  link: string;
  /** ISO date the file was made */
  generated: string;
  lang: string;
}

function csvCell(value: ShareCell): string {
  if (value === null) return '';
  const text = String(value);
  // Quote when needed (RFC 4180); neutralise a leading = + - @ so a spreadsheet never runs a
  // name as a formula (negative numbers are written as numbers, which is safe).
  const guarded = typeof value === 'string' && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

/** A cell as the files hold it: money (fen) as yuan. */
function fileCell(column: ShareColumn | undefined, value: ShareCell | undefined): ShareCell {
  return column?.kind === 'money' && typeof value === 'number' ? yuanNumber(value) : (value ?? null);
}

/** The rows as the files hold them: money as yuan. */
function fileRows(table: ShareTable): Record<string, ShareCell>[] {
  const kinds = new Map(table.columns.map((c) => [c.key, c]));
  return table.rows.map((row) =>
    Object.fromEntries(Object.entries(row).map(([key, value]) => [key, fileCell(kinds.get(key), value)])),
  );
}

/**
 * CSV with a header row of labels, CRLF line ends and a UTF-8 byte order mark, so that Excel
 * opens Chinese names correctly. Only the table: the citation goes with the JSON and the link.
 */
export function toCsv(table: ShareTable): string {
  const lines = [table.columns.map((c) => csvCell(c.label)).join(',')];
  for (const row of table.rows) lines.push(table.columns.map((c) => csvCell(fileCell(c, row[c.key]))).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** JSON with the citation first, then the columns (with their units) and the rows. */
export function toJson(table: ShareTable, meta: ShareMeta): string {
  return `${JSON.stringify(
    {
      title: meta.title,
      ...(meta.subtitle ? { subtitle: meta.subtitle } : {}),
      source: meta.sourceLine,
      dataVersions: meta.dataVersions,
      link: meta.link,
      generated: meta.generated,
      language: meta.lang,
      unit: 'yuan',
      columns: table.columns.map((c) => ({
        key: c.key,
        label: c.label,
        ...(c.kind === 'money' ? { unit: 'yuan' } : {}),
      })),
      rows: fileRows(table),
    },
    null,
    2,
  )}\n`;
}

/** The same table with the unit in the header of each money column, e.g. "合计（元）". */
export function withUnitHeaders(table: ShareTable, inUnit: (label: string) => string): ShareTable {
  return { ...table, columns: table.columns.map((c) => (c.kind === 'money' ? { ...c, label: inUnit(c.label) } : c)) };
}

/** The rows as a picture shows them: money through the reader's formatter, numbers right-aligned. */
export function readableTable(
  table: ShareTable,
  format: { money: (fen: number) => string; number: (n: number) => string },
): { columns: { label: string; align: 'start' | 'end' }[]; rows: string[][] } {
  const numeric = (c: ShareColumn) => c.kind === 'money' || c.kind === 'number';
  return {
    columns: table.columns.map((c) => ({ label: c.label, align: numeric(c) ? 'end' : 'start' })),
    rows: table.rows.map((row) =>
      table.columns.map((c) => {
        const value = row[c.key] ?? null;
        if (value === null) return '';
        if (typeof value === 'number') return c.kind === 'money' ? format.money(value) : format.number(value);
        return value;
      }),
    ),
  };
}
