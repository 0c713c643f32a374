// Test support: damages a source text the way a bad copy, a bad extraction or a misprint would,
// for the mutation tests. Every function finds exactly what it is told to change and throws when
// it is not there (or not there exactly once), so a test cannot pass on a mutation that never
// happened. Lines are whole lines of the text; TAB separates cells.

const setup = (message: string): Error => new Error(`test setup: ${message}`);

/** Where `what` is in the text from `from` on; with `unique`, it must be there only once. */
function find(text: string, what: string, from: number, unique: boolean): number {
  const i = text.indexOf(what, from);
  if (i < 0) throw setup(`"${what.slice(0, 80)}" not found`);
  if (unique && text.indexOf(what, i + 1) >= 0) throw setup(`"${what.slice(0, 80)}" is there more than once`);
  return i;
}

/** Replaces `from` by `to`; `from` must occur once (with `anchor`: its first occurrence after the anchor's first). */
export function replaceOnce(text: string, from: string, to: string, anchor?: string): string {
  const start = anchor === undefined ? 0 : find(text, anchor, 0, false) + anchor.length;
  const i = find(text, from, start, anchor === undefined);
  return text.slice(0, i) + to + text.slice(i + from.length);
}

/** The index of the one line equal to `line` (after the line `anchor`, a table title, when given: the first one there). */
function lineIndex(lines: string[], line: string, anchor?: string): number {
  const from = anchor === undefined ? 0 : lines.findIndex((l) => l.trim() === anchor);
  if (from < 0) throw setup(`anchor "${anchor}" not found`);
  const hits = lines.map((l, i) => (l === line && i >= from ? i : -1)).filter((i) => i >= 0);
  if (hits.length === 0) throw setup(`line "${line}" not found`);
  if (hits.length > 1 && anchor === undefined) throw setup(`line "${line}" is there ${hits.length} times`);
  return hits[0]!;
}

/** Edits one whole line (its 1-based number is not needed: the line is named by its content). */
function editLine(text: string, line: string, edit: (line: string) => string[], anchor?: string): string {
  const lines = text.split('\n');
  const i = lineIndex(lines, line, anchor);
  lines.splice(i, 1, ...edit(lines[i]!));
  return lines.join('\n');
}

export const dropLine = (text: string, line: string, anchor?: string): string => editLine(text, line, () => [], anchor);
export const duplicateLine = (text: string, line: string, anchor?: string): string =>
  editLine(text, line, (l) => [l, l], anchor);

/** The line with its cells `i` and `j` exchanged (0-based; TAB cells, or space-separated words of a collapsed line). */
function swapCells(line: string, i: number, j: number, separator: '\t' | ' ' = '\t'): string {
  const cells = line.split(separator);
  if (i >= cells.length || j >= cells.length) throw setup(`line "${line}" has ${cells.length} cells`);
  [cells[i], cells[j]] = [cells[j]!, cells[i]!];
  return cells.join(separator);
}

/** Swaps two cells of one line of the text (the first such line after the line `anchor`, when given). */
export const swapCellsIn = (
  text: string,
  line: string,
  i: number,
  j: number,
  opts: { separator?: '\t' | ' '; anchor?: string } = {},
): string => editLine(text, line, (l) => [swapCells(l, i, j, opts.separator)], opts.anchor);

// Texts made from a PDF: `[pages: N]`, then for each page a blank line and `=== 第N页 ===`.
const MARK = /^=== 第(\d+)页 ===$/;

export interface Page {
  number: number;
  lines: string[]; // the page's lines after its mark (the blank line before the next mark included)
}

/** Splits a page-marked text into what comes before the first mark and its pages. */
function splitPages(text: string): { head: string[]; pages: Page[] } {
  const head: string[] = [];
  const pages: Page[] = [];
  for (const line of text.split('\n')) {
    const m = MARK.exec(line);
    if (m) pages.push({ number: Number(m[1]), lines: [] });
    else (pages.at(-1)?.lines ?? head).push(line);
  }
  if (pages.length === 0) throw setup('the text has no page marks');
  return { head, pages };
}

function joinPages({ head, pages }: { head: string[]; pages: Page[] }): string {
  return [...head, ...pages.flatMap((p) => [`=== 第${p.number}页 ===`, ...p.lines])].join('\n');
}

function page(pages: Page[], n: number): Page {
  const p = pages.find((x) => x.number === n);
  if (!p) throw setup(`no page ${n}`);
  return p;
}

/** The text of one page (its lines joined), to check a mutation's premise. */
export const pageText = (text: string, n: number): string => page(splitPages(text).pages, n).lines.join('\n');

/** Removes whole pages, marks included (a page lost in a copy; a table whose pages are all gone). */
export function dropPages(text: string, ...numbers: number[]): string {
  const s = splitPages(text);
  for (const n of numbers) page(s.pages, n);
  return joinPages({ head: s.head, pages: s.pages.filter((p) => !numbers.includes(p.number)) });
}

/** Prints page `n` twice in a row, under the same page mark (a sheet fed twice). */
export function duplicatePage(text: string, n: number): string {
  const s = splitPages(text);
  const i = s.pages.indexOf(page(s.pages, n));
  s.pages.splice(i + 1, 0, { number: n, lines: [...s.pages[i]!.lines] });
  return joinPages(s);
}

/** Replaces `from` by `to` on page `n` only; `from` must occur there once. */
export function replaceOnPage(text: string, n: number, from: string, to: string): string {
  const s = splitPages(text);
  const p = page(s.pages, n);
  p.lines = replaceOnce(p.lines.join('\n'), from, to).split('\n');
  return joinPages(s);
}

/** The text cut off just after the first occurrence of `marker` (a download that stopped). */
export function truncateAfter(text: string, marker: string): string {
  return text.slice(0, find(text, marker, 0, false) + marker.length);
}

/** Removes the text from `from` (its first occurrence) up to the first `to` after it (kept): a table lost from a copy. */
export function cutBetween(text: string, from: string, to: string): string {
  const start = find(text, from, 0, false);
  const end = find(text, to, start + from.length, false);
  return text.slice(0, start) + text.slice(end);
}
