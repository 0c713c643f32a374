import { describe, expect, it } from 'vitest';
import { deriveTimeline, threePublicTimeline } from '../../../domain/timeline';
import type { StatedAmount } from '../../../domain/schema';
import { timelineRows } from './timeline-rows';

const stated = (amount: number, printed: string, change: StatedAmount['change']): StatedAmount => ({ amount, printed, precision: 10_000, change, sentence: printed });
const none = null;

const docs = [
  {
    id: 'd2021',
    year: 2021,
    budgetNotes: {
      expenditureTotal: stated(246_530_000, '24,653万元', none),
      fiscalExpenditure: stated(246_530_000, '24,653万元', { previousYear: 2020, direction: 'decrease', amount: 100_460_000, printed: '减少10,046万元' }),
    },
    otherNotes: { threePublic: { total: { ...stated(2_087_000, '208.70万元', none), precision: 100 } } },
    tableTotals: { expenditureByFunction: { total: 246_530_872 } },
    tables: { threePublic: { total: 2_087_000 } },
  },
];

describe('timelineRows', () => {
  it('shows the exact table total for a year with a document, not the rounded stated figure', () => {
    const rows = timelineRows(deriveTimeline(docs), docs, 'expenditure');
    const y2021 = rows.find((r) => r.year === 2021)!;
    expect(y2021).toMatchObject({ amount: 246_530_872, exact: true, derived: false, precision: 1 });
    expect(y2021.point.printed).toBe('24,653万元');
  });

  it('keeps a derived year at its printed precision, marked derived', () => {
    const rows = timelineRows(deriveTimeline(docs), docs, 'expenditure');
    expect(rows.find((r) => r.year === 2020)).toMatchObject({ amount: 346_990_000, exact: false, derived: true, precision: 10_000 });
  });

  it('takes the 三公 total of table 9 for the 三公 timeline', () => {
    const rows = timelineRows(threePublicTimeline(docs), docs, 'threePublic');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ year: 2021, amount: 2_087_000, exact: true });
  });
});
