// Data of the change charts, from the diff rows: the diverging bars (ranked by yuan or by
// percent), the change treemap at a drill path, and the floating bars of a waterfall.
import type { DiffRow, DiffStatus, Waterfall } from '../../../domain/compare';
import type { ChangeRank } from '../../../state/link/values';
import { binOf, type ChangeBin } from './change-scale';

export interface ChangeBar {
  code: string;
  status: DiffStatus;
  bin: ChangeBin;
  /** Bar length: money in fen (abs) or percent (rel, 21.8 = +21.8%). A new/removed line: its whole amount, marked. */
  value: number;
  row: DiffRow;
}

export interface RankedBars {
  bars: ChangeBar[];
  /** rel only: lines without a percentage (new, removed, from 0), listed after the chart. */
  withoutPct: DiffRow[];
}

const amountChange = (r: DiffRow) => r.change ?? (r.to ?? 0) - (r.from ?? 0);

/** Largest increase first, largest decrease last; ties by code so the order is stable. */
export function rankChanges(rows: readonly DiffRow[], rank: ChangeRank): RankedBars {
  const withPct = rank === 'rel' ? rows.filter((r) => r.pct !== null) : [...rows];
  const bars = withPct.map((row) => ({
    code: row.code,
    status: row.status,
    bin: binOf(row),
    value: rank === 'rel' ? (row.pct ?? 0) * 100 : amountChange(row),
    row,
  }));
  bars.sort((a, b) => b.value - a.value || a.code.localeCompare(b.code));
  return { bars, withoutPct: rank === 'rel' ? rows.filter((r) => r.pct === null) : [] };
}

export interface PathStep {
  code: string;
  row: DiffRow;
}

/** The longest valid prefix of a drill path: each code a child of the one before, in either year. */
export function validPath(rows: readonly DiffRow[], path: readonly string[]): PathStep[] {
  const byCode = new Map(rows.map((r) => [r.code, r]));
  const steps: PathStep[] = [];
  let parent: string | null = null;
  for (const code of path) {
    const row = byCode.get(code);
    if (!row || row.parentCode !== parent) break;
    steps.push({ code, row });
    parent = code;
  }
  return steps;
}

export interface ChangeTile {
  row: DiffRow;
  /** Tile area: the larger of the two years, so a shrinking and a removed line stay visible. */
  size: number;
  bin: ChangeBin;
  drillable: boolean;
}

/** The lines directly under the last code of the path (the 类 for an empty path). */
export function changeTiles(rows: readonly DiffRow[], parentCode: string | null): ChangeTile[] {
  const parents = new Set(rows.map((r) => r.parentCode));
  return rows
    .filter((r) => r.parentCode === parentCode)
    .map((row) => ({
      row,
      size: Math.max(row.from ?? 0, row.to ?? 0),
      bin: binOf(row),
      drillable: parents.has(row.code),
    }));
}

export interface WaterfallBar {
  key: string;
  /** 'total': a year's whole, from 0; 'step': floating from min(start, end) with the change's size */
  kind: 'total' | 'step';
  name: string;
  status: DiffStatus | null;
  base: number;
  size: number;
  /** signed change of a step; the amount of a total */
  amount: number;
}

/** Bars of a waterfall: the from-total, one floating bar per step, the to-total. */
export function waterfallBars(
  w: Waterfall,
  fromLabel: string,
  toLabel: string,
  nameOf: (key: string, printed: string) => string,
): WaterfallBar[] {
  return [
    { key: 'from', kind: 'total', name: fromLabel, status: null, base: 0, size: w.from, amount: w.from },
    ...w.steps.map((s): WaterfallBar => ({
      key: s.key,
      kind: 'step',
      name: nameOf(s.key, s.name),
      status: s.status,
      base: Math.min(s.start, s.end),
      size: Math.abs(s.change),
      amount: s.change,
    })),
    { key: 'to', kind: 'total', name: toLabel, status: null, base: 0, size: w.to, amount: w.to },
  ];
}

/**
 * Round axis ticks (1, 2 or 5 times a power of ten) covering [min, max], about `count` of them,
 * always including 0. Axes get these instead of recharts' even split of a padded domain, which
 * gives ticks like 91,649,787.6.
 */
export function niceTicks(min: number, max: number, count = 5): number[] {
  const lo = Math.min(0, min);
  const hi = Math.max(0, max);
  const span = hi - lo;
  if (span === 0) return [0];
  const raw = span / Math.max(1, count - 1);
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const residual = raw / magnitude;
  // The step nearest the raw one, as d3's ticks chooses it.
  const step =
    (residual >= Math.sqrt(50) ? 10 : residual >= Math.sqrt(10) ? 5 : residual >= Math.sqrt(2) ? 2 : 1) * magnitude;
  const ticks: number[] = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi + step * 1e-9; v += step) ticks.push(Math.round(v / step) * step);
  return ticks.map((v) => (Object.is(v, -0) ? 0 : v));
}

/**
 * The value domain of a bar chart that leaves `leftRoom` / `rightRoom` pixels beside the bars for
 * the written values, given the plot's width in pixels. 0 is always inside.
 */
export function domainWithRoom(
  min: number,
  max: number,
  plotWidth: number,
  leftRoom: number,
  rightRoom: number,
): [number, number] {
  const lo = Math.min(0, min);
  const hi = Math.max(0, max);
  const left = lo < 0 ? leftRoom : 0;
  const right = hi > 0 ? rightRoom : 0;
  // At least a third of the plot stays for the bars themselves, however long the labels.
  const forBars = Math.max(plotWidth / 3, plotWidth - left - right);
  const perPixel = (hi - lo || 1) / forBars;
  return [lo - left * perPixel, hi + right * perPixel];
}
