// Rows of a function or economic table in the TAB layout: one line per row, one cell per column,
// empty cells kept. The code takes `levels` cells (类 款 项, or 类 款); then the name (missing on
// some pages, e.g. the first page of the 2026 一般公共预算 table); then one cell per figure column.
import { isFigure, parseYuan } from './parse-money.ts';
import { isSkippable } from './table-words.ts';
import { IngestError, type Line, type RawRow, type RawTable } from './types.ts';

export interface RowShape {
  levels: 2 | 3; // code cells: 类 款 项 (function) or 类 款 (economic)
  columns: number; // figure columns, 合计 first
  where: string; // document and table, for messages
}

function figure(cell: string, line: Line, where: string): number | null {
  const c = cell.trim();
  if (c === '') return null;
  if (!isFigure(c)) throw new IngestError(`${where}, line ${line.no}: "${c}" is not a figure in "${line.text.replace(/\t/g, ' ')}"`);
  return parseYuan(c);
}

export function codeFromParts(parts: string[], line: Line, where: string): string {
  const [first = '', ...rest] = parts.map((p) => p.trim());
  const ok = /^\d{3}$/.test(first) && rest.every((p, i) => /^\d{2}$/.test(p) || (p === '' && rest.slice(i).every((q) => q === '')));
  if (!ok) throw new IngestError(`${where}, line ${line.no}: bad code "${parts.join(' ').trim()}" in "${line.text.replace(/\t/g, ' ').trim()}"`);
  return first + rest.join('');
}

export function parseTabRows(lines: Line[], shape: RowShape): RawTable {
  const { levels, columns, where } = shape;
  const rows: RawRow[] = [];
  let total: RawRow | null = null;
  for (const line of lines) {
    if (isSkippable(line.text)) continue;
    const cells = line.text.split('\t');
    if (cells[0]!.trim() === '合计') {
      if (total) throw new IngestError(`${where}, line ${line.no}: a second 合计 row`);
      const rest = cells.slice(1);
      const lead = rest.slice(0, Math.max(0, rest.length - columns));
      const positional = rest.length >= columns && lead.every((c) => c.trim() === '');
      const figures = positional
        ? rest.slice(-columns).map((c) => figure(c, line, where))
        : rest.filter((c) => c.trim() !== '').map((c) => figure(c, line, where));
      total = { code: '', name: '合计', figures, positional, line: line.no };
      continue;
    }
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
      rows.push({ code, name, figures: after.slice(named ? 1 : 0).map((c) => figure(c, line, where)), positional: true, line: line.no });
    } else {
      // Cells were dropped: fall back to the printed figures in order, placed later by arithmetic.
      const name = after.filter((c) => c.trim() !== '' && !isFigure(c.trim())).join('').trim();
      const figs = after.filter((c) => isFigure(c.trim())).map((c) => parseYuan(c.trim()));
      rows.push({ code, name, figures: figs, positional: false, line: line.no });
    }
  }
  return { rows, total };
}
