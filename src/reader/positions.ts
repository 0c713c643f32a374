// Columns from where things stand on the page. In a PDF, a figure stands under the header word of
// its column; the text form loses that when blank cells are dropped ("208 05 01 行政单位离退休 8,640
// 8,640"). For a document read from a PDF, each figure's horizontal centre is compared with the
// centres of the header words, and the column it stands under becomes a hint that the tables'
// arithmetic then confirms (or overrules, when the positions are unclear): see resolve-columns.ts.
import type { PdfCell } from './pdf/types.ts';
import { isFigure } from './parse-money.ts';
import type { Line, RawRow } from './types.ts';

/** The cells of each line of the text made from a PDF, by line number (the numbering of pagesToText). */
export type CellsByLine = Map<number, PdfCell[]>;

export function cellsByLine(pages: readonly { rows: readonly { cells: PdfCell[] }[] }[]): CellsByLine {
  const out: CellsByLine = new Map();
  let no = 1; // line 1 is "[pages: N]"
  for (const page of pages) {
    no += 2; // a blank line, then "=== 第N页 ==="
    for (const row of page.rows) out.set(++no, row.cells);
  }
  return out;
}

/** Each printed figure of a line with the centre of where it stands; a cell holding several figures is shared out by characters. */
export function figureCentres(cells: readonly PdfCell[]): { text: string; centre: number }[] {
  const out: { text: string; centre: number }[] = [];
  for (const cell of cells) {
    const tokens = cell.text.trim().split(/\s+/);
    if (!tokens.every(isFigure)) continue;
    const chars = cell.text.length || 1;
    const perChar = (cell.right - cell.x) / chars;
    let at = cell.text.indexOf(tokens[0]!);
    for (const t of tokens) {
      at = cell.text.indexOf(t, at);
      out.push({ text: t, centre: cell.x + perChar * (at + t.length / 2) });
      at += t.length;
    }
  }
  return out;
}

/**
 * The centre of each column's header word on the lines of one page, or null when a header is not
 * found there. `words[i]` lists the ways column i's header is printed (first match wins).
 */
export function headerCentres(lines: readonly Line[], words: readonly (readonly string[])[]): (number | null)[] {
  return words.map((alternatives) => {
    for (const w of alternatives) {
      for (const l of lines) {
        const cell = l.cells?.find((c) => c.text.replace(/\s/g, '') === w);
        if (cell) return (cell.x + cell.right) / 2;
      }
    }
    return null;
  });
}

/**
 * The column each figure stands under: the nearest header centre. Null when a header is missing,
 * or when two figures would share a column or stand out of order (the positions then say nothing).
 */
export function columnsByPosition(
  figures: readonly { centre: number }[],
  headers: readonly (number | null)[],
): number[] | null {
  if (headers.some((h) => h === null)) return null;
  const centres = headers as number[];
  const cols = figures.map((f) => {
    let best = 0;
    for (let i = 1; i < centres.length; i++)
      if (Math.abs(centres[i]! - f.centre) < Math.abs(centres[best]! - f.centre)) best = i;
    return best;
  });
  return cols.every((c, i) => i === 0 || c > cols[i - 1]!) ? cols : null;
}

/** How each table's columns are headed in the template; alternatives as real documents print them. */
export const HEADER_WORDS = {
  function: [['合计'], ['基本支出'], ['项目支出']],
  revenue: [
    ['合计'],
    ['财政拨款收入', '财政拨款'],
    ['事业收入'],
    ['事业单位经营收入', '事业单位', '经营收入'],
    ['其他收入'],
  ],
  economic: [['合计'], ['人员经费'], ['公用经费']],
  threePublic: [
    ['合计'],
    ['因公出国(境)费', '因公出国（境）费'],
    ['公务接待费'],
    ['小计'],
    ['购置费'],
    ['运行费'],
    ['机关运行经费预算数', '机关运行经费预算', '机关运行经'],
  ],
} as const;

/**
 * Sets `byPosition` on every row whose figures were printed with blank cells dropped, from where its
 * figures stand under the header words of its page (or of the table's first page, when a page does
 * not repeat the header). Rows of a text without positions are left alone.
 */
export function markPositions(
  lines: readonly Line[],
  rows: readonly RawRow[],
  words: readonly (readonly string[])[],
): number {
  if (!lines.some((l) => l.cells)) return 0;
  const byNo = new Map(lines.map((l) => [l.no, l]));
  const pages = new Map<number | null, Line[]>();
  for (const l of lines) pages.set(l.page, [...(pages.get(l.page) ?? []), l]);
  const fallback = headerCentres(lines, words);
  let marked = 0;
  for (const row of rows) {
    const line = byNo.get(row.line);
    if (row.positional || !line?.cells) continue;
    const onPage = headerCentres(pages.get(line.page) ?? [], words);
    const headers = onPage.every((h) => h !== null) ? onPage : fallback;
    const figures = figureCentres(line.cells).slice(-row.figures.length);
    if (figures.length !== row.figures.length) continue;
    const cols = columnsByPosition(figures, headers);
    if (cols) {
      row.byPosition = cols;
      marked++;
    }
  }
  return marked;
}
