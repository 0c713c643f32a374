// Year-to-year comparison of two documents' rows, computed in the browser.
//
// Rows are matched by code. A line present in one year only is "new" or "removed" and has no
// change or percentage: it is never presented as a change from or to 0 (DESIGN.md, data contract).
// Amounts and changes stay integer fen (the contract's money); only ratios are floats. Shares are taken against the
// sum of the level-1 rows of each year (the table's 合计 without relying on a printed total).
import { levelOf, parentCodeOf, valueOf, type CodedRow, type Level, type Measure } from './hierarchy';

export type DiffStatus = 'new' | 'removed' | 'changed' | 'unchanged';

export interface DiffRow {
  code: string;
  /** The to-year name; the from-year name for a removed line. */
  name: string;
  /** The from-year name (null for a new line), so a view can show a renamed line. */
  fromName: string | null;
  level: Level;
  parentCode: string | null;
  status: DiffStatus;
  from: number | null;
  to: number | null;
  /** to − from in fen; null for new/removed. */
  change: number | null;
  /** change / from; null for new/removed and when from is 0. */
  pct: number | null;
  fromShare: number | null;
  toShare: number | null;
  /** (toShare − fromShare) × 100, in percentage points; null unless both shares exist. */
  sharePoints: number | null;
}

/** Sums integer fen and refuses results beyond 2^53, where "exact" would silently stop being true. */
export function sumMoney(values: Iterable<number>): number {
  let sum = 0;
  for (const v of values) sum += v;
  if (!Number.isSafeInteger(sum)) throw new RangeError(`sum ${sum} is not a safe integer number of fen`);
  return sum;
}

/** The year total of a measure: the sum of the level-1 rows. */
export function levelOneTotal<R extends CodedRow>(rows: readonly R[], measure: Measure<R>): number {
  return sumMoney(rows.filter((r) => levelOf(r.code) === 1).map((r) => valueOf(r, measure)));
}

function byCode<R extends CodedRow>(rows: readonly R[]): Map<string, R> {
  const map = new Map<string, R>();
  for (const row of rows) {
    if (map.has(row.code)) throw new Error(`duplicate code ${row.code} (${row.name})`);
    map.set(row.code, row);
  }
  return map;
}

const ratio = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

/** Every code of either year, sorted by code: fixed-width codes make that parents-first tree order. */
export function diffRows<R extends CodedRow>(
  fromRows: readonly R[],
  toRows: readonly R[],
  measure: Measure<R>,
): DiffRow[] {
  const fromMap = byCode(fromRows);
  const toMap = byCode(toRows);
  const fromTotal = levelOneTotal(fromRows, measure);
  const toTotal = levelOneTotal(toRows, measure);
  const codes = [...new Set([...fromMap.keys(), ...toMap.keys()])].sort();
  return codes.map((code): DiffRow => {
    const f = fromMap.get(code);
    const t = toMap.get(code);
    const from = f ? valueOf(f, measure) : null;
    const to = t ? valueOf(t, measure) : null;
    const change = from !== null && to !== null ? to - from : null;
    const fromShare = from === null ? null : ratio(from, fromTotal);
    const toShare = to === null ? null : ratio(to, toTotal);
    return {
      code,
      name: t?.name ?? f?.name ?? code, // one of them exists: the code came from their keys
      fromName: f ? f.name : null,
      level: levelOf(code),
      parentCode: parentCodeOf(code),
      status: !f ? 'new' : !t ? 'removed' : change === 0 ? 'unchanged' : 'changed',
      from,
      to,
      change,
      pct: change !== null && from !== null ? ratio(change, from) : null,
      fromShare,
      toShare,
      sharePoints: fromShare !== null && toShare !== null ? (toShare - fromShare) * 100 : null,
    };
  });
}

export interface TotalChange {
  from: number;
  to: number;
  change: number;
  /** null when the from-total is 0. */
  pct: number | null;
  direction: 'increase' | 'decrease' | 'unchanged';
}

export function totalChange(fromTotal: number, toTotal: number): TotalChange {
  const change = toTotal - fromTotal;
  const direction = change > 0 ? 'increase' : change < 0 ? 'decrease' : 'unchanged';
  return { from: fromTotal, to: toTotal, change, pct: ratio(change, fromTotal), direction };
}

interface WaterfallStep {
  /** A 类 code, or 'basic' | 'project' | 'residual'. */
  key: string;
  /** As the documents print it (to-year name for a 类); views translate by key. */
  name: string;
  /** The 类's status for category steps; null for basic/project/residual. */
  status: DiffStatus | null;
  /** The step's contribution: to − from, a new 类 its whole amount, a removed one minus its amount. */
  change: number;
  /** Running total before and after the step, for drawing the bars. */
  start: number;
  end: number;
}

export interface Waterfall {
  from: number;
  to: number;
  change: number;
  steps: WaterfallStep[];
}

type BasicProjectRow = CodedRow & { total: number; basic: number; project: number };

/**
 * Steps from the from-total to the to-total. 'category': one step per 类 of either year (zero
 * steps included, so a table lists every 类). 'basicProject': the change of 基本支出 and of 项目支出
 * (always the 合计 measure); if a year's rows are not 合计 = 基本 + 项目, a 'residual' step shows
 * the difference instead of hiding it. Either way the steps add up exactly to to − from.
 */
export function waterfall<R extends CodedRow>(
  from: readonly R[],
  to: readonly R[],
  measure: Measure<R>,
  groupBy: 'category',
): Waterfall;
export function waterfall<R extends BasicProjectRow>(
  from: readonly R[],
  to: readonly R[],
  measure: 'total',
  groupBy: 'basicProject',
): Waterfall;
export function waterfall<R extends CodedRow>(
  fromRows: readonly R[],
  toRows: readonly R[],
  measure: Measure<R>,
  groupBy: 'category' | 'basicProject',
): Waterfall {
  const fromTotal = levelOneTotal(fromRows, measure);
  const toTotal = levelOneTotal(toRows, measure);
  const parts: Omit<WaterfallStep, 'start' | 'end'>[] = [];
  if (groupBy === 'category') {
    for (const d of diffRows(fromRows, toRows, measure)) {
      if (d.level === 1)
        parts.push({ key: d.code, name: d.name, status: d.status, change: (d.to ?? 0) - (d.from ?? 0) });
    }
  } else {
    const from = fromRows as unknown as readonly BasicProjectRow[];
    const to = toRows as unknown as readonly BasicProjectRow[];
    const basic = levelOneTotal(to, 'basic') - levelOneTotal(from, 'basic');
    const project = levelOneTotal(to, 'project') - levelOneTotal(from, 'project');
    parts.push({ key: 'basic', name: '基本支出', status: null, change: basic });
    parts.push({ key: 'project', name: '项目支出', status: null, change: project });
    const residual = toTotal - fromTotal - basic - project;
    if (residual !== 0)
      parts.push({ key: 'residual', name: '合计与基本、项目支出之差', status: null, change: residual });
  }
  let running = fromTotal;
  const steps = parts.map((p) => {
    const start = running;
    running += p.change;
    return { ...p, start, end: running };
  });
  return { from: fromTotal, to: toTotal, change: toTotal - fromTotal, steps };
}
