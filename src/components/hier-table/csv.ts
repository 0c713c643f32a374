// CSV export of what a table shows. Spreadsheets get raw values (yuan as exact numbers derived
// from the data's fen: 246530872, 96282213.44; plain numbers), not the display strings with unit
// and separators. UTF-8 with a byte-order mark, because Excel
// reads a BOM-less CSV in the system code page and garbles Chinese; CRLF line ends per RFC 4180.

import { yuanNumber } from '../../domain/fen';
import type { HierColumn, ShareSpec, TotalsSpec } from './types';

export const BOM = '\uFEFF';

export type CsvValue = string | number | null;

/** Quotes a field when it holds a separator, quote or line break; doubles inner quotes. */
export function csvField(value: CsvValue): string {
  if (value === null) return '';
  let text = String(value);
  // A text cell starting with = + - @ would run as a formula in Excel (CSV injection); numbers
  // are written as numbers, so only text gets the neutralising apostrophe.
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return BOM + rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** A ratio as a percentage number for a spreadsheet: 0.21757 -> 21.76 (two decimals). */
export function csvPercent(ratio: number | null): number | null {
  return ratio === null ? null : Math.round(ratio * 10_000) / 100;
}

export interface CsvTableInput<R> {
  /** visible lines in the order shown (the table's current row model) */
  lines: readonly { code: string | null; name: string; row: R }[];
  columns: readonly HierColumn<R>[];
  showCode: boolean;
  share: ShareSpec | null;
  totals: TotalsSpec<R> | null;
  headers: { code: string; name: string; share: string; totals: string };
  /** header of a value column in the file, e.g. "合计（元）" for money in yuan */
  valueHeader: (column: HierColumn<R>) => string;
}

/** A cell as the file has it: money (fen) as yuan, a ratio as a percentage, text as it is. */
function csvValue<R>(column: HierColumn<R>, row: R): CsvValue {
  if (column.kind === 'text') return column.text(row);
  const value = column.value(row);
  if (value === null) return null;
  if (column.kind === 'money' || column.kind === 'signedMoney') return yuanNumber(value);
  return column.kind === 'percent' || column.kind === 'signedPercent' ? csvPercent(value) : value;
}

/** The rows of the CSV: header, the visible lines, then the totals line, columns as shown. */
export function tableCsvRows<R>(input: CsvTableInput<R>): CsvValue[][] {
  const { columns, share, showCode, headers } = input;
  const header: CsvValue[] = [...(showCode ? [headers.code] : []), headers.name];
  for (const column of columns) {
    header.push(input.valueHeader(column));
    if (share?.of === column.id) header.push(headers.share);
  }
  const line = (code: string | null, name: string, row: R): CsvValue[] => {
    const out: CsvValue[] = [...(showCode ? [code] : []), name];
    for (const column of columns) {
      out.push(csvValue(column, row));
      if (share?.of === column.id) {
        const v = column.kind === 'text' ? null : column.value(row);
        out.push(v === null || share.total === 0 ? null : csvPercent(v / share.total));
      }
    }
    return out;
  };
  const body = input.lines.map((l) => line(l.code, l.name, l.row));
  const foot = input.totals ? [line(null, input.totals.label ?? headers.totals, input.totals.row)] : [];
  return [header, ...body, ...foot];
}
