// Rows of a function or economic table in the text pulled from a PDF: empty cells are gone, a
// row's code, name and figures can be split over several lines (with blank lines between),
// headers and furniture sit between rows, and the 合计 row prints as "246,530,872 ...合计".
import { isFigure, parseMoney } from './parse-money.ts';
import { codeFromParts, type RowShape } from './layout-tab.ts';
import { isFurniture, isSkippable } from './table-words.ts';
import { IngestError, type Line, type RawRow, type RawTable } from './types.ts';

interface Pending {
  code: string;
  name: string[];
  line: number;
}

function splitNameFigures(
  tokens: string[],
  line: Line,
  where: string,
  unit: '元' | '万元',
): { name: string[]; figures: number[] } {
  const first = tokens.findIndex((t) => isFigure(t));
  const name = first < 0 ? tokens : tokens.slice(0, first);
  const figs = first < 0 ? [] : tokens.slice(first);
  const bad = figs.find((t) => !isFigure(t));
  if (bad !== undefined)
    throw new IngestError(`${where}, line ${line.no}: text "${bad}" after the figures in "${line.text.trim()}"`, {
      line: line.no,
    });
  return { name, figures: figs.map((f) => parseMoney(f, unit)) };
}

export function parsePdfRows(lines: Line[], shape: RowShape): RawTable {
  const { levels, where } = shape;
  const unit = shape.unit ?? '元';
  const rows: RawRow[] = [];
  let total: RawRow | null = null;
  let pending: Pending | null = null;
  const finish = (p: Pending, figures: number[]): void => {
    rows.push({ code: p.code, name: p.name.join(''), figures, positional: false, line: p.line });
  };
  for (const line of lines) {
    const t = line.text.replace(/\t/g, ' ').trim();
    if (pending) {
      if (t === '' || isFurniture(t)) continue;
      const { name, figures } = splitNameFigures(t.split(/\s+/), line, where, unit);
      pending.name.push(...name);
      if (figures.length > 0) {
        finish(pending, figures);
        pending = null;
      }
      continue;
    }
    if (isSkippable(t)) continue;
    if (t.includes('合计')) {
      const tokens = t
        .replace('合计', ' ')
        .trim()
        .split(/\s+/)
        .filter((x) => x !== '');
      if (!tokens.every(isFigure))
        throw new IngestError(`${where}, line ${line.no}: unreadable 合计 row "${t}"`, { line: line.no });
      if (total)
        throw new IngestError(`${where}, line ${line.no}: a second 合计 row`, { line: line.no, row: 'row 合计' });
      total = {
        code: '',
        name: '合计',
        figures: tokens.map((f) => parseMoney(f, unit)),
        positional: false,
        line: line.no,
      };
      continue;
    }
    const tokens = t.split(/\s+/);
    if (!/^\d{3}$/.test(tokens[0]!)) {
      throw new IngestError(`${where}, line ${line.no}: unexpected line in table (no code): "${t}"`, { line: line.no });
    }
    let i = 1;
    while (i < tokens.length && i < levels && /^\d{2}$/.test(tokens[i]!)) i++;
    const code = codeFromParts(tokens.slice(0, i), line, where);
    const { name, figures } = splitNameFigures(tokens.slice(i), line, where, unit);
    const p: Pending = { code, name, line: line.no };
    if (figures.length > 0) finish(p, figures);
    else pending = p;
  }
  if (pending)
    throw new IngestError(
      `${where}, line ${pending.line}: row ${pending.code} ${pending.name.join('')} has no figures`,
    );
  return { rows, total };
}
