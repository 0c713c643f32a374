import { describe, expect, it } from 'vitest';
import { deriveTimeline, threePublicTimeline } from '../../../domain/timeline';
import type { StatedAmount } from '../../../domain/schema';
import { timelineRows } from './timeline-rows';

// Money in fen; figures printed in whole 万元 have a precision of 1,000,000 fen.
const stated = (amount: number, printed: string, change: StatedAmount['change']): StatedAmount => ({
  amount,
  printed,
  precision: 1_000_000,
  change,
  sentence: printed,
});
const none = null;

const docs = [
  {
    id: 'd2021',
    year: 2021,
    printsFen: false,
    budgetNotes: {
      expenditureTotal: stated(24_653_000_000, '24,653万元', none),
      fiscalExpenditure: stated(24_653_000_000, '24,653万元', {
        previousYear: 2020,
        direction: 'decrease',
        amount: 10_046_000_000,
        printed: '减少10,046万元',
      }),
    },
    otherNotes: { threePublic: { total: { ...stated(208_700_000, '208.70万元', none), precision: 10_000 } } },
    tableTotals: { expenditureByFunction: { total: 24_653_087_200 } },
    tables: { threePublic: { total: 208_700_000 } },
  },
];

describe('timelineRows', () => {
  it('shows the exact table total for a year with a document, not the rounded stated figure', () => {
    const rows = timelineRows(deriveTimeline(docs), docs, 'expenditure');
    const y2021 = rows.find((r) => r.year === 2021)!;
    expect(y2021).toMatchObject({ amount: 24_653_087_200, exact: true, derived: false, precision: 100 }); // to the yuan, as printed
    expect(y2021.point.printed).toBe('24,653万元');
    const fen = timelineRows(deriveTimeline(docs), [{ ...docs[0]!, printsFen: true }], 'expenditure');
    expect(fen.find((r) => r.year === 2021)?.precision).toBe(1); // to the fen
  });

  it('keeps a derived year at its printed precision, marked derived', () => {
    const rows = timelineRows(deriveTimeline(docs), docs, 'expenditure');
    expect(rows.find((r) => r.year === 2020)).toMatchObject({
      amount: 34_699_000_000,
      exact: false,
      derived: true,
      precision: 1_000_000,
    });
  });

  it('takes the 三公 total of table 9 for the 三公 timeline', () => {
    const rows = timelineRows(threePublicTimeline(docs), docs, 'threePublic');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ year: 2021, amount: 208_700_000, exact: true });
  });
});
