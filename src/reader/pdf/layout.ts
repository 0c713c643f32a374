// From pdf.js text items to visual rows and cells. Pure functions: no pdf.js, only numbers.
//
// pdf.js already joins the glyphs of one text flow into an item (the budget PDFs draw every
// Chinese glyph run with its own text matrix, and pdf.js glues them back together), inserting " "
// into the item where glyphs stand a little apart. Where they stand further apart it ends the item
// and emits a separate whitespace item. What is left here: which items share a visual row, and
// which neighbours on a row "stand apart" (a TAB in the fixture text, a new cell) or belong to
// one run of text (joined, with a space when pdf.js saw one).
import type { PdfCell, PdfRow, TextRun } from './types.ts';

/**
 * Items whose baselines differ by at most this fraction of the font size share a row. Header
 * cells of two printed lines are vertically centred, so one-line header words sit off the
 * baseline of the row they are printed with: up to 0.43 font sizes in the four fixtures
 * (事业单位 beside 功能分类科目编码, 经营收入 beside 类/款/项, 编码 beside 经济分类科目名称).
 * Distinct rows, the stacked header lines included, are at least 0.58 font sizes apart
 * (功能分类科目名称… above 经营收入/类/款/项 in finance's 表2). Half a font size splits the two.
 */
const ROW_TOLERANCE = 0.5;

/**
 * A horizontal gap wider than this fraction of the font size separates cells (a TAB). pdf.js
 * splits an item at 0.6 font sizes, so every wider gap arrives as two items with a whitespace
 * item between. In the four fixtures the widest gap the reference prints as one space is 0.764
 * font sizes (a figure, then the next column's label, in 万里's 财政拨款收支预算总表: 8.0 units at
 * 10.5 pt), and the narrowest it prints as a TAB are 0.80 and 0.835 (adjacent figures in 商务委's
 * 表1 and 表2); every other TAB gap is at least one font size. 0.78 reproduces every line.
 */
const TAB_GAP = 0.78;

/** Without a whitespace item from pdf.js, a gap wider than this (font sizes) still reads as a space. */
const SPACE_GAP = 0.25;

/** The subset of a pdf.js `TextItem` used here (marked-content items have no `str` and are skipped). */
interface TextItemLike {
  str: string;
  transform: number[];
  width: number;
}

const isTextItem = (item: unknown): item is TextItemLike =>
  typeof item === 'object' &&
  item !== null &&
  typeof (item as TextItemLike).str === 'string' &&
  Array.isArray((item as TextItemLike).transform);

/** Composes two PDF matrices [a b c d e f]: first `inner`, then `outer` (pdf.js `Util.transform(outer, inner)`). */
export function compose(outer: readonly number[], inner: readonly number[]): number[] {
  const [a1, b1, c1, d1, e1, f1] = outer as [number, number, number, number, number, number];
  const [a2, b2, c2, d2, e2, f2] = inner as [number, number, number, number, number, number];
  return [
    a1 * a2 + c1 * b2,
    b1 * a2 + d1 * b2,
    a1 * c2 + c1 * d2,
    b1 * c2 + d1 * d2,
    a1 * e2 + c1 * f2 + e1,
    b1 * e2 + d1 * f2 + f1,
  ];
}

// TAB and newline separate cells and rows in the text form, so they may not appear inside a run;
// pdf.js passes through whatever the font maps a glyph to, control characters included.
const CONTROL = /\p{Cc}/gu;

/**
 * Places pdf.js text items on the displayed page. `viewport` is the page viewport's transform at
 * scale 1 (user space, y down from the top, the page's /Rotate and crop box applied). Empty items
 * (pdf.js marks line ends with `str: ''` and `hasEOL`) carry no text and are dropped; rows come
 * from positions, not from `hasEOL`. Whitespace items are kept as " ": they tell where pdf.js saw
 * a space between two items.
 */
export function placeRuns(items: readonly unknown[], viewport: readonly number[]): TextRun[] {
  const runs: TextRun[] = [];
  for (const item of items) {
    if (!isTextItem(item) || item.str === '') continue;
    const text = item.str.normalize('NFC').replace(CONTROL, ' ');
    const m = compose(viewport, item.transform);
    const x = m[4]!;
    runs.push({
      text: text.trim() === '' ? ' ' : text,
      x,
      right: x + item.width,
      y: m[5]!,
      size: Math.hypot(m[2]!, m[3]!),
    });
  }
  return runs;
}

const isBlank = (run: TextRun): boolean => run.text.trim() === '';

/** Joins the runs of one row into cells, left to right, by the gap rule above. */
export function rowCells(runs: readonly TextRun[]): PdfCell[] {
  const sorted = [...runs].sort((a, b) => a.x - b.x);
  const cells: PdfCell[] = [];
  let cell: (PdfCell & { size: number }) | null = null;
  let spaced = false;
  for (const run of sorted) {
    if (isBlank(run)) {
      spaced = true;
      continue;
    }
    const size = Math.max(run.size, cell?.size ?? 0);
    const gap = cell ? run.x - cell.right : 0;
    if (cell && gap <= TAB_GAP * size) {
      const space = (spaced || gap > SPACE_GAP * size) && !cell.text.endsWith(' ') && !run.text.startsWith(' ');
      cell.text += (space ? ' ' : '') + run.text;
      cell.right = Math.max(cell.right, run.right);
      cell.size = size;
    } else {
      if (cell) cells.push(cell);
      cell = { text: run.text, x: run.x, right: run.right, size: run.size };
    }
    spaced = false;
  }
  if (cell) cells.push(cell);
  return cells.map(({ text, x, right }) => ({ text: text.trim(), x, right }));
}

/** Groups runs into visual rows, top to bottom; rows without visible text are dropped. */
export function buildRows(runs: readonly TextRun[]): PdfRow[] {
  const sorted = [...runs].sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: { y: number; size: number; runs: TextRun[] }[] = [];
  for (const run of sorted) {
    const row = groups.at(-1);
    // Compared with the row's first (topmost) run, so a row cannot creep down the page.
    if (row && run.y - row.y <= ROW_TOLERANCE * Math.max(run.size, row.size)) row.runs.push(run);
    else groups.push({ y: run.y, size: run.size, runs: [run] });
  }
  return groups.map((g) => ({ y: g.y, cells: rowCells(g.runs) })).filter((row) => row.cells.length > 0);
}
