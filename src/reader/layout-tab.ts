// Rows of a function or economic table in the TAB layout: one line per row, one cell per column,
// empty cells kept. The code takes `levels` cells (类 款 项, or 类 款); then the name (missing on
// some pages, e.g. the first page of the 2026 一般公共预算 table); then one cell per figure column.
import { isFigure, parseMoney, splitGlued } from './parse-money.ts';
import { isSkippable } from './table-words.ts';
import type { Repairs } from './repairs.ts';
import { IngestError, TABLE_LABEL, type Line, type RawRow, type RawTable, type TableKind } from './types.ts';

export interface RowShape {
  levels: 2 | 3; // code cells: 类 款 项 (function) or 类 款 (economic)
  columns: number; // figure columns, 合计 first
  where: string; // document and table, for messages
  kind?: TableKind; // for repairs
  repairs?: Repairs;
  unit?: '元' | '万元'; // as the table's 单位 line says; 元 when absent
}

/**
 * A 款 or 项 cell printed with one digit ("301⇥2⇥津贴补贴") is a misprint of its two-digit code
 * (30102): codes below 类 always have two digits. It is mended only when a name follows (so the
 * cell cannot be a figure), and the repair is recorded; the code tree then checks it like any row.
 */
function mendShortCode(cells: string[], line: Line, shape: RowShape): string[] {
  const out = [...cells];
  for (let k = 1; k < shape.levels && k < out.length - 1; k++) {
    const cell = out[k]!.trim();
    if (!/^\d$/.test(cell) || isFigure(out[k + 1]!.trim()) || out[k + 1]!.trim() === '') continue;
    const printed = out
      .slice(0, k + 1)
      .map((c) => c.trim())
      .join(' ');
    out[k] = `0${cell}`;
    const code = out
      .slice(0, k + 1)
      .map((c) => c.trim())
      .join('');
    shape.repairs?.add({
      table: shape.kind ? TABLE_LABEL[shape.kind] : shape.where,
      page: line.page,
      row: `${code} ${out[k + 1]!.trim()}`,
      printed,
      repaired: out
        .slice(0, k + 1)
        .map((c) => c.trim())
        .join(' '),
      reason: `codes below the 类 have two digits: "${cell}" is printed for "0${cell}" (line ${line.no}); the code tree and the table's sums check the mended code ${code}`,
    });
    break;
  }
  return out;
}

function figure(cell: string, line: Line, where: string, unit: '元' | '万元' = '元'): number | null {
  const c = cell.trim();
  if (c === '') return null;
  if (!isFigure(c))
    throw new IngestError(`${where}, line ${line.no}: "${c}" is not a figure in "${line.text.replace(/\t/g, ' ')}"`, {
      line: line.no,
    });
  return parseMoney(c, unit);
}

export function codeFromParts(parts: string[], line: Line, where: string): string {
  const [first = '', ...rest] = parts.map((p) => p.trim());
  const ok =
    /^\d{3}$/.test(first) &&
    rest.every((p, i) => /^\d{2}$/.test(p) || (p === '' && rest.slice(i).every((q) => q === '')));
  if (!ok)
    throw new IngestError(
      `${where}, line ${line.no}: bad code "${parts.join(' ').trim()}" in "${line.text.replace(/\t/g, ' ').trim()}"`,
      { line: line.no },
    );
  return first + rest.join('');
}

export function parseTabRows(lines: Line[], shape: RowShape): RawTable {
  const { levels, columns, where } = shape;
  const rows: RawRow[] = [];
  const lineOf = new Map(lines.map((l) => [l.no, l.page]));
  let total: RawRow | null = null;
  for (const line of lines) {
    if (isSkippable(line.text)) continue;
    const cells = mendShortCode(line.text.split('\t'), line, shape);
    if (cells[0]!.trim() === '合计') {
      if (total)
        throw new IngestError(`${where}, line ${line.no}: a second 合计 row`, { line: line.no, row: 'row 合计' });
      const rest = cells.slice(1);
      const lead = rest.slice(0, Math.max(0, rest.length - columns));
      const positional = rest.length >= columns && lead.every((c) => c.trim() === '');
      const figures = positional
        ? rest.slice(-columns).map((c) => figure(c, line, where, shape.unit))
        : rest.filter((c) => c.trim() !== '').map((c) => figure(c, line, where, shape.unit));
      total = { code: '', name: '合计', figures, positional, line: line.no };
      continue;
    }
    // A name too long for its cell wraps onto a row of its own below ("机关事业单位基本养老保险缴费支" /
    // "出"): a line of one cell of text, no code and no figure, continues the row above it.
    const last = rows[rows.length - 1];
    const fragment = cells[0]!.trim();
    if (
      cells.length === 1 &&
      last &&
      last.name !== '' &&
      /^[^\d。，；：,;:]{1,16}$/.test(fragment) &&
      line.page === (lineOf.get(last.line) ?? line.page)
    ) {
      shape.repairs?.add({
        table: shape.kind ? TABLE_LABEL[shape.kind] : shape.where,
        page: line.page,
        row: `${last.code} ${last.name}${fragment}`,
        printed: `${last.name} / ${fragment}`,
        repaired: `${last.name}${fragment}`,
        reason: `a name too long for its cell continues on a line of its own (line ${line.no}), joined to the row above it`,
      });
      last.name += fragment;
      continue;
    }
    // A sentence printed under or inside a table (a note without 注：) holds no figure and no row.
    if (!/\d/.test(line.text) && /[。；]$/.test(line.text.trim())) continue;
    // Leading code cells: 类 (3 digits), then 款/项 (2 digits or empty). pdfjs-made TAB text drops
    // the empty ones ("204⇥公共安全支出⇥..."), and then the figures are placed by arithmetic.
    let k = 1;
    while (k < levels && /^(\d{2})?$/.test(cells[k]?.trim() ?? 'x')) k++;
    const code = codeFromParts(cells.slice(0, k), line, where);
    const after = cells.slice(k);
    const complete = k === levels;
    const named = complete && after.length === columns + 1 && !isFigure(after[0]!.trim());
    const unnamed = complete && after.length === columns && after.every((c) => c.trim() === '' || isFigure(c.trim()));
    if (named || unnamed) {
      const name = named ? after[0]!.trim() : '';
      rows.push({
        code,
        name,
        figures: after.slice(named ? 1 : 0).map((c) => figure(c, line, where, shape.unit)),
        positional: true,
        line: line.no,
      });
    } else {
      // Cells were dropped: fall back to the printed figures in order, placed later by arithmetic.
      // Figures that stand close together share a cell ("9,389,913.00 9,389,913.00"): split by spaces.
      const tokens = after.flatMap((c) => splitGlued(c.trim().split(/\s+/)));
      const name = tokens
        .filter((t) => t !== '' && !isFigure(t))
        .join('')
        .trim();
      const figs = tokens.filter((t) => isFigure(t)).map((t) => parseMoney(t, shape.unit ?? '元'));
      rows.push({ code, name, figures: figs, positional: false, line: line.no });
    }
  }
  return { rows, total };
}
