// A longer time series than the documents we have: each document states its figure and the
// change against the year before ("24,653万元 … 比2020年预算减少10,046万元"), so the earlier
// year's figure follows (34,699万元). Such a derived figure is only as exact as the printed
// digits: its `precision` is the coarser of the two printed figures and `tolerance` is half of
// each printed step added up (the true figure lies within amount ± tolerance).
//
// One point per year. A stated (actual) figure wins over a derived one; every other value found
// for that year is kept in `crossChecks` with its difference and whether the two agree within
// their tolerances, so a view can show the cross-check instead of hiding a disagreement.
import type { StatedAmount } from './schema';
import { printedPrecision } from './stated-money';

// The precision rule lives with the other stated-money helpers; re-exported for the timeline's callers.
export { printedPrecision };

type TimelineBasis = 'expenditureTotal' | 'fiscalExpenditure' | 'threePublic';

interface TimelineValue {
  /** Integer fen. */
  amount: number;
  /** false: the document of that year states it; true: computed from a later year's stated change. */
  derived: boolean;
  /** The document the value comes from (for a derived value: the later document). */
  fromDocId: string;
  sentence: string;
  /** Actual: the figure as printed ("24,653万元"); derived: the change as printed ("减少10,046万元"). */
  printed: string;
  /** Which stated figure it is: 预算支出总额, 财政拨款支出预算 (see expenditureTimeline), or 三公. */
  basis: TimelineBasis;
  /** Fen value of the last printed digit (derived: the coarser of figure and change). */
  precision: number;
  /** Half-width, in fen, of the interval the true figure lies in. */
  tolerance: number;
}

interface CrossCheck extends TimelineValue {
  /** This value minus the point's amount. */
  difference: number;
  /** |difference| is within the two tolerances added up. */
  consistent: boolean;
}

export interface TimelinePoint extends TimelineValue {
  year: number;
  crossChecks: CrossCheck[];
}

/** The figure of the year before, from a stated amount and its stated change; null without a change. */
export function previousYearOf(
  stated: StatedAmount,
): { year: number; amount: number; precision: number; tolerance: number } | null {
  const { change } = stated;
  if (!change) return null;
  // "持平" compares at the figure's own precision; an unreadable change is taken at that precision too.
  const changePrecision =
    change.direction === 'unchanged' ? stated.precision : (printedPrecision(change.printed) ?? stated.precision);
  const sign = change.direction === 'increase' ? -1 : change.direction === 'decrease' ? 1 : 0;
  return {
    year: change.previousYear,
    amount: stated.amount + sign * change.amount,
    precision: Math.max(stated.precision, changePrecision),
    tolerance: (stated.precision + changePrecision) / 2,
  };
}

export interface StatedEntry {
  docId: string;
  year: number;
  stated: StatedAmount;
  basis: TimelineBasis;
  /** The basis of the derived previous-year value, when it differs (see expenditureTimeline). */
  changeBasis?: TimelineBasis;
  /** The stated amount carrying the change, when it is not `stated` itself. */
  changeFrom?: StatedAmount;
}

type Candidate = TimelineValue & { year: number };

function candidatesOf(entry: StatedEntry): Candidate[] {
  const { docId, year, stated, basis } = entry;
  const actual: Candidate = {
    year,
    amount: stated.amount,
    derived: false,
    fromDocId: docId,
    sentence: stated.sentence,
    printed: stated.printed,
    basis,
    precision: stated.precision,
    tolerance: stated.precision / 2,
  };
  const source = entry.changeFrom ?? stated;
  const previous = previousYearOf(source);
  if (!previous || !source.change) return [actual];
  const derived: Candidate = {
    ...previous,
    derived: true,
    fromDocId: docId,
    sentence: source.sentence,
    printed: source.change.printed,
    basis: entry.changeBasis ?? basis,
  };
  return [actual, derived];
}

/** One point per year from stated figures and their changes; years ascending. */
export function buildTimeline(entries: readonly StatedEntry[]): TimelinePoint[] {
  const byYear = new Map<number, Candidate[]>();
  for (const c of entries.flatMap(candidatesOf)) byYear.set(c.year, [...(byYear.get(c.year) ?? []), c]);
  return [...byYear.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, found]) => {
      // Stated beats derived, then the narrower tolerance, then input order (sort is stable).
      const [main, ...rest] = [...found].sort(
        (a, b) => Number(a.derived) - Number(b.derived) || a.tolerance - b.tolerance,
      );
      const { year: _y, ...point } = main!;
      const crossChecks = rest.map(({ year: _year, ...value }): CrossCheck => {
        const difference = value.amount - point.amount;
        return { ...value, difference, consistent: Math.abs(difference) <= value.tolerance + point.tolerance };
      });
      return { year, ...point, crossChecks };
    });
}

export interface ExpenditureDoc {
  id: string;
  year: number;
  budgetNotes: { expenditureTotal: StatedAmount; fiscalExpenditure: StatedAmount };
}

/**
 * 预算支出总额 by year. The documents state the change on 财政拨款支出预算 (“其中：财政拨款支出预算
 * 24,653万元，比2020年预算减少10,046万元”); when the total carries no change itself, that one is
 * used if the fiscal figure equals the total, and the derived point says basis 'fiscalExpenditure'.
 */
export function deriveTimeline(docs: readonly ExpenditureDoc[]): TimelinePoint[] {
  return buildTimeline(
    docs.map((doc): StatedEntry => {
      const { expenditureTotal: total, fiscalExpenditure: fiscal } = doc.budgetNotes;
      const useFiscal = !total.change && fiscal.change !== null && fiscal.amount === total.amount;
      return {
        docId: doc.id,
        year: doc.year,
        stated: total,
        basis: 'expenditureTotal',
        ...(useFiscal ? { changeFrom: fiscal, changeBasis: 'fiscalExpenditure' as const } : {}),
      };
    }),
  );
}

export interface ThreePublicDoc {
  id: string;
  year: number;
  otherNotes: { threePublic: { total: StatedAmount } };
}

/** "三公"经费 by year, from 其他相关情况说明. */
export function threePublicTimeline(docs: readonly ThreePublicDoc[]): TimelinePoint[] {
  return buildTimeline(
    docs.map((doc) => ({
      docId: doc.id,
      year: doc.year,
      stated: doc.otherNotes.threePublic.total,
      basis: 'threePublic' as const,
    })),
  );
}
