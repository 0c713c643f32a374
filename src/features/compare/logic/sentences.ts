// The words beside the charts: what a sentence says, as data. Turning it into zh or en text is
// sentence-text.ts. Each chart's summary doubles as its accessible description, so it names the
// figures a sighted reader would take from the chart (counts, the largest moves, the totals).
//
// A line in one year only is "new" or "removed", never a rise from or a fall to zero. A line
// printed in both years with 0 in the first has no percentage; it "rose from 0".
import type { DiffRow, DiffStatus, Waterfall } from '../../../domain/compare';

export type LineSentence =
  | { kind: 'rose' | 'fell'; name: string; from: number; to: number; change: number; pct: number }
  | { kind: 'roseFromZero'; name: string; to: number }
  | { kind: 'unchanged'; name: string; to: number }
  | { kind: 'new'; name: string; to: number; toYear: number }
  | { kind: 'removed'; name: string; from: number; fromYear: number };

export interface ChangeLike {
  status: DiffStatus;
  from: number | null;
  to: number | null;
}

export interface Years {
  fromYear: number;
  toYear: number;
}

export function lineSentence(row: ChangeLike, name: string, { fromYear, toYear }: Years): LineSentence {
  const { from, to } = row;
  if (from === null && to !== null) return { kind: 'new', name, to, toYear };
  if (to === null && from !== null) return { kind: 'removed', name, from, fromYear };
  if (from === null || to === null) throw new Error(`${name}: a line needs a figure in at least one year`);
  if (from === to) return { kind: 'unchanged', name, to };
  if (from === 0) return { kind: 'roseFromZero', name, to };
  const change = to - from;
  return { kind: change > 0 ? 'rose' : 'fell', name, from, to, change, pct: change / from };
}

export interface ChangeSummary {
  count: number;
  rose: number;
  fell: number;
  unchanged: number;
  added: number;
  removed: number;
  /** The line with the largest increase in yuan among lines of both years; null if none rose. */
  largestRise: LineSentence | null;
  largestFall: LineSentence | null;
}

/** Counts by kind and the largest moves in yuan, for a chart of these rows. */
export function changeSummary(rows: readonly DiffRow[], nameOf: (row: DiffRow) => string, years: Years): ChangeSummary {
  const both = rows.filter((r) => r.change !== null);
  const byChange = [...both].sort((a, b) => (b.change ?? 0) - (a.change ?? 0) || a.code.localeCompare(b.code));
  const top = byChange[0];
  const bottom = byChange[byChange.length - 1];
  return {
    count: rows.length,
    rose: both.filter((r) => (r.change ?? 0) > 0).length,
    fell: both.filter((r) => (r.change ?? 0) < 0).length,
    unchanged: both.filter((r) => r.change === 0).length,
    added: rows.filter((r) => r.status === 'new').length,
    removed: rows.filter((r) => r.status === 'removed').length,
    largestRise: top && (top.change ?? 0) > 0 ? lineSentence(top, nameOf(top), years) : null,
    largestFall: bottom && (bottom.change ?? 0) < 0 ? lineSentence(bottom, nameOf(bottom), years) : null,
  };
}

export interface WaterfallSentence extends Years {
  from: number;
  to: number;
  change: number;
  pct: number | null;
  steps: { name: string; change: number; status: DiffStatus | null }[];
}

export function waterfallSentence(
  w: Waterfall,
  nameOfStep: (key: string, printed: string) => string,
  years: Years,
): WaterfallSentence {
  return {
    ...years,
    from: w.from,
    to: w.to,
    change: w.change,
    pct: w.from === 0 ? null : w.change / w.from,
    steps: w.steps.map((s) => ({ name: nameOfStep(s.key, s.name), change: s.change, status: s.status })),
  };
}

export interface ShareSentence extends Years {
  name: string;
  fromShare: number;
  toShare: number;
  /** (toShare − fromShare) × 100 */
  points: number;
}

export function shareSentence(name: string, fromShare: number, toShare: number, years: Years): ShareSentence {
  return { ...years, name, fromShare, toShare, points: (toShare - fromShare) * 100 };
}
