// The data behind a chart or table as a reader downloads it: CSV and JSON of exactly the rows
// shown, money in integer yuan (never rounded to the display unit), codes as text, names in
// the current language. Pure.

export type ShareColumnKind = 'code' | 'text' | 'yuan' | 'number';

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

/**
 * CSV with a header row of labels, CRLF line ends and a UTF-8 byte order mark, so that Excel
 * opens Chinese names correctly. Only the table: the citation goes with the JSON and the link.
 */
export function toCsv(table: ShareTable): string {
  const lines = [table.columns.map((c) => csvCell(c.label)).join(',')];
  for (const row of table.rows) lines.push(table.columns.map((c) => csvCell(row[c.key] ?? null)).join(','));
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
      columns: table.columns.map((c) => ({ key: c.key, label: c.label, ...(c.kind === 'yuan' ? { unit: 'yuan' } : {}) })),
      rows: table.rows,
    },
    null,
    2,
  )}\n`;
}

/** The same table with the unit in the header of each money column, e.g. "合计（元）". */
export function withUnitHeaders(table: ShareTable, inUnit: (label: string) => string): ShareTable {
  return { ...table, columns: table.columns.map((c) => (c.kind === 'yuan' ? { ...c, label: inUnit(c.label) } : c)) };
}

/** The rows as a picture shows them: money through the reader's formatter, numbers right-aligned. */
export function readableTable(
  table: ShareTable,
  format: { yuan: (yuan: number) => string; number: (n: number) => string },
): { columns: { label: string; align: 'start' | 'end' }[]; rows: string[][] } {
  const numeric = (c: ShareColumn) => c.kind === 'yuan' || c.kind === 'number';
  return {
    columns: table.columns.map((c) => ({ label: c.label, align: numeric(c) ? 'end' : 'start' })),
    rows: table.rows.map((row) =>
      table.columns.map((c) => {
        const value = row[c.key] ?? null;
        if (value === null) return '';
        if (typeof value === 'number') return c.kind === 'yuan' ? format.yuan(value) : format.number(value);
        return value;
      }),
    ),
  };
}
