// The data files (CSV, JSON) of the compare charts: exactly the lines a chart shows, money in
// fen (written as yuan in the files, share-data.ts), codes as text, names and words in the
// reader's language, percentages as numbers (21.8 for 21.8%). Pure: the cards hand in their rows, the labels and the names.
import type { DiffRow } from '../../../domain/compare';
import type { ShareColumn, ShareTable } from '../../../domain/share-table';

/** A percentage for a data file: 0.2176 -> 21.76 (two decimals, as the picture's table is read). */
export const percentCell = (ratio: number | null): number | null =>
  ratio === null ? null : Math.round(ratio * 10_000) / 100;

export interface DiffLabels {
  code: string;
  name: string;
  status: string;
  from: string;
  to: string;
  change: string;
  pct: string;
}

/** Lines of a classification as drawn (bars, treemap tiles): code, name, status, both years, change, change %. */
export function diffShareTable(
  rows: readonly DiffRow[],
  labels: DiffLabels,
  nameOf: (row: DiffRow) => string,
  statusOf: (row: DiffRow) => string,
): ShareTable {
  const columns: ShareColumn[] = [
    { key: 'code', label: labels.code, kind: 'code' },
    { key: 'name', label: labels.name, kind: 'text' },
    { key: 'status', label: labels.status, kind: 'text' },
    { key: 'from', label: labels.from, kind: 'money' },
    { key: 'to', label: labels.to, kind: 'money' },
    { key: 'change', label: labels.change, kind: 'money' },
    { key: 'pct', label: labels.pct, kind: 'number' },
  ];
  return {
    columns,
    rows: rows.map((row) => ({
      code: row.code,
      name: nameOf(row),
      status: statusOf(row),
      from: row.from,
      to: row.to,
      change: row.change,
      pct: percentCell(row.pct),
    })),
  };
}
