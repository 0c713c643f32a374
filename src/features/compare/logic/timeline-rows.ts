// What the timelines show for each year. A year whose document is in the store shows the exact
// figure of its table (表3 total, 表9 “三公” total), not the rounded figure of its text: 24,653万元
// in the text is 246,530,872 yuan in the table. The text's figure is kept, as printed, beside it.
// Amounts and precisions are fen.
// A year before the documents is derived from a stated change (domain/timeline.ts): it is
// only as precise as its printing and is shown approximate.
import type { TimelinePoint } from '../../../domain/timeline';

export type TimelineSeries = 'expenditure' | 'threePublic';

export interface TimelineDoc {
  id: string;
  year: number;
  /** the tables print fen (96,282,213.44), else whole yuan */
  printsFen: boolean;
  tableTotals: { expenditureByFunction: { total: number } };
  tables: { threePublic: { total: number } };
}

export interface TimelineRow {
  year: number;
  /** The bar's length: the table figure for a year with a document, else the derived figure. */
  amount: number;
  /** true: `amount` is the exact table figure of that year's document */
  exact: boolean;
  derived: boolean;
  /** Fen value of the last shown digit: a table figure's printed step (100 for whole yuan, 1 for fen), else the printed precision. */
  precision: number;
  point: TimelinePoint;
}

function tableFigureOf(doc: TimelineDoc, series: TimelineSeries): number {
  return series === 'expenditure' ? doc.tableTotals.expenditureByFunction.total : doc.tables.threePublic.total;
}

export function timelineRows(
  points: readonly TimelinePoint[],
  docs: readonly TimelineDoc[],
  series: TimelineSeries,
): TimelineRow[] {
  return points.map((point) => {
    const doc = point.derived ? undefined : docs.find((d) => d.id === point.fromDocId && d.year === point.year);
    if (doc)
      return {
        year: point.year,
        amount: tableFigureOf(doc, series),
        exact: true,
        derived: false,
        precision: doc.printsFen ? 1 : 100,
        point,
      };
    return {
      year: point.year,
      amount: point.amount,
      exact: false,
      derived: point.derived,
      precision: point.precision,
      point,
    };
  });
}
