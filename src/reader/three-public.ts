// 表9 “三公”经费和机关运行经费预算表: one line of seven figures, printed in 万元, in the template's
// column order: 合计, 因公出国(境)费, 公务接待费, 公务用车购置及运行费 (小计, 购置费, 运行费), 机关运行经费.
// PDF text drops blank cells, so a shorter line is placed by the table's arithmetic:
// 合计 = 出国 + 接待 + 公务用车; 公务用车 = 购置 + 运行.
import type { ThreePublic } from '../domain/schema.ts';
import { isFigure, parseWan, parseYuanToFen } from './parse-money.ts';
import type { LocatedTable } from './locate-tables.ts';

import { HEADER_WORDS, markPositions } from './positions.ts';
import { IngestError, type RawRow } from './types.ts';

const KEYS = [
  'total',
  'overseas',
  'reception',
  'vehicles',
  'vehiclePurchase',
  'vehicleOperation',
  'agencyOperation',
] as const;

function consistent(v: number[]): boolean {
  const [total, overseas, reception, vehicles, purchase, operation] = v as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  return total === overseas + reception + vehicles && vehicles === purchase + operation;
}

function placements(figs: number[], n: number, start = 0): number[][] {
  if (figs.length === 0) return [new Array<number>(n).fill(0)];
  const out: number[][] = [];
  for (let i = start; i <= n - figs.length; i++) {
    for (const rest of placements(figs.slice(1), n, i + 1)) {
      const v = [...rest];
      v[i] = figs[0]!;
      out.push(v);
    }
  }
  return out;
}

/**
 * The figures 其他相关情况说明 states for the 三公 parts (fen, with the fen value of their last printed
 * digit). Used only when the table's own arithmetic leaves a choice: "0.95 0.95 229.43" is 合计,
 * then 因公出国 or 公务接待, then 机关运行经费; the text saying 因公出国（境）费0万元 decides it.
 */
export type ThreePublicHint = Partial<Record<(typeof KEYS)[number], { amount: number; precision: number }>>;

const agrees = (v: number[], hint: ThreePublicHint | null): boolean =>
  KEYS.every((k, i) => {
    const h = hint?.[k];
    return !h || Math.abs(v[i]! - h.amount) * 2 <= h.precision;
  });

/** What put the 三公 figures in their columns, for the reading report. */
export type ThreePublicPlacement = 'printed' | 'arithmetic' | 'positions' | 'stated figures';

export function parseThreePublic(
  table: LocatedTable,
  where: string,
  hint: ThreePublicHint | null = null,
  onPlaced?: (by: ThreePublicPlacement) => void,
): ThreePublic {
  const toFen = (t: string): number => (table.unit === '万元' ? parseWan(t).amount : parseYuanToFen(t));
  const figureLines = table.lines.filter((l) => {
    const cells = l.text.split(/[\t ]+/).filter((c) => c.trim() !== '');
    return cells.length > 0 && cells.every((c) => isFigure(c.trim()));
  });
  // A table printed empty (no line of figures, "本表为空表") holds zeros: nothing is budgeted.
  if (figureLines.length === 0 && table.lines.some((l) => /空表|^无$/.test(l.text.trim())))
    return Object.fromEntries(KEYS.map((k) => [k, 0])) as ThreePublic;
  if (figureLines.length !== 1)
    throw new IngestError(`${where}: expected one line of figures, found ${figureLines.length}`);
  const line = figureLines[0]!;
  let candidates: number[][];
  const cells = line.text.split('\t');
  if (cells.length === KEYS.length) {
    candidates = [cells.map((c) => (c.trim() === '' ? 0 : toFen(c.trim())))];
    onPlaced?.('printed');
  } else {
    const figs = line.text
      .split(/[\t ]+/)
      .filter((c) => c !== '')
      .map(toFen);
    if (figs.length > KEYS.length)
      throw new IngestError(`${where}, line ${line.no}: ${figs.length} figures, the table has ${KEYS.length} columns`);
    // All seven printed: nothing to place (the validator checks the sums and names the cell).
    candidates = figs.length === KEYS.length ? [figs] : placements(figs, KEYS.length).filter(consistent);
    // Where the figures stand (a PDF) decides first; the text's statements only when positions are unknown.
    const raw: RawRow = { code: '', name: '“三公”经费', figures: figs, positional: false, line: line.no };
    markPositions(table.lines, [raw], HEADER_WORDS.threePublic);
    const cols = raw.byPosition;
    const by: ThreePublicPlacement =
      figs.length === KEYS.length
        ? 'printed'
        : candidates.length === 1
          ? 'arithmetic'
          : cols
            ? 'positions'
            : 'stated figures';
    if (candidates.length > 1 && cols) candidates = candidates.filter((v) => cols.every((c, i) => v[c] === figs[i]));
    // Decided by the statements, the 三公 checks against those statements are no longer independent: the report says so.
    if (candidates.length > 1 && hint) candidates = candidates.filter((v) => agrees(v, hint));
    onPlaced?.(by);
    if (candidates.length !== 1) {
      throw new IngestError(
        `${where}, line ${line.no}: ${candidates.length === 0 ? 'no' : 'several'} placements of "${line.text.trim()}" satisfy 合计 = 出国 + 接待 + 公务用车 and 公务用车 = 购置 + 运行`,
      );
    }
  }
  const v = candidates[0]!;
  return Object.fromEntries(KEYS.map((k, i) => [k, v[i]!])) as ThreePublic;
}
