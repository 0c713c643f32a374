import { describe, expect, it } from 'vitest';
import type { StatedAmount, StatedChange } from './schema';
import {
  buildTimeline,
  deriveTimeline,
  previousYearOf,
  printedPrecision,
  threePublicTimeline,
  type ExpenditureDoc,
  type ThreePublicDoc,
} from './timeline';

const stated = (
  amount: number,
  printed: string,
  precision: number,
  change: StatedChange | null,
  sentence = printed,
): StatedAmount => ({
  amount,
  printed,
  precision,
  change,
  sentence,
});
const change = (
  previousYear: number,
  direction: StatedChange['direction'],
  amount: number,
  printed: string,
): StatedChange => ({
  previousYear,
  direction,
  amount,
  printed,
});

const S2021 =
  '2021年，上海市医疗保障局预算支出总额为24,653万元，其中：财政拨款支出预算24,653万元，比2020年预算减少10,046万元。';
const S2026 = '支出预算30,017万元，其中：财政拨款支出预算30,017万元，比2025年预算增加4,259万元。';

// As the ingest may record them: the change sits on 财政拨款支出预算, the total carries none.
const DOC_2021: ExpenditureDoc = {
  id: 'shanghai-hsa-2021',
  year: 2021,
  budgetNotes: {
    expenditureTotal: stated(24_653_000_000, '24,653万元', 1_000_000, null, S2021),
    fiscalExpenditure: stated(
      24_653_000_000,
      '24,653万元',
      1_000_000,
      change(2020, 'decrease', 10_046_000_000, '减少10,046万元'),
      S2021,
    ),
  },
};
const DOC_2026: ExpenditureDoc = {
  id: 'shanghai-hsa-2026',
  year: 2026,
  budgetNotes: {
    expenditureTotal: stated(
      30_017_000_000,
      '30,017万元',
      1_000_000,
      change(2025, 'increase', 4_259_000_000, '增加4,259万元'),
      S2026,
    ),
    fiscalExpenditure: stated(
      30_017_000_000,
      '30,017万元',
      1_000_000,
      change(2025, 'increase', 4_259_000_000, '增加4,259万元'),
      S2026,
    ),
  },
};

const threePublic = (id: string, year: number, total: StatedAmount): ThreePublicDoc => ({
  id,
  year,
  otherNotes: { threePublic: { total } },
});
const TP_2021 = threePublic(
  'shanghai-hsa-2021',
  2021,
  stated(208_700_000, '208.70万元', 10_000, change(2020, 'increase', 12_000_000, '增加12万元')),
);
const TP_2026 = threePublic(
  'shanghai-hsa-2026',
  2026,
  stated(193_700_000, '193.70万元', 10_000, change(2025, 'decrease', 15_000_000, '减少15.00万元')),
);

describe('printedPrecision', () => {
  it('reads the value of the last printed digit', () => {
    expect(printedPrecision('减少10,046万元')).toBe(1_000_000);
    expect(printedPrecision('增加12万元')).toBe(1_000_000);
    expect(printedPrecision('减少15.00万元')).toBe(10_000);
    expect(printedPrecision('增加0.5亿元')).toBe(1_000_000_000);
    expect(printedPrecision('增加1,234元')).toBe(100);
    expect(printedPrecision('增加1,234.56元')).toBe(1);
    expect(printedPrecision('持平')).toBeNull();
  });
});

describe('previousYearOf', () => {
  it('undoes an increase, a decrease and no change', () => {
    expect(previousYearOf(DOC_2026.budgetNotes.expenditureTotal)).toEqual({
      year: 2025,
      amount: 25_758_000_000,
      precision: 1_000_000,
      tolerance: 1_000_000,
    });
    expect(previousYearOf(DOC_2021.budgetNotes.fiscalExpenditure)).toMatchObject({
      year: 2020,
      amount: 34_699_000_000,
    });
    expect(previousYearOf(stated(0, '0万元', 1_000_000, change(2025, 'unchanged', 0, '持平')))).toEqual({
      year: 2025,
      amount: 0,
      precision: 1_000_000,
      tolerance: 1_000_000,
    });
    expect(previousYearOf(stated(500, '5元', 100, null))).toBeNull();
  });

  it('can derive a negative figure from inconsistent text without hiding it', () => {
    expect(
      previousYearOf(stated(1_000_000, '1万元', 1_000_000, change(2020, 'increase', 2_000_000, '增加2万元')))?.amount,
    ).toBe(-1_000_000);
  });
});

describe('deriveTimeline', () => {
  it('gives stated and derived totals, sorted by year', () => {
    const t = deriveTimeline([DOC_2026, DOC_2021]);
    expect(t.map((p) => [p.year, p.amount, p.derived])).toEqual([
      [2020, 34_699_000_000, true],
      [2021, 24_653_000_000, false],
      [2025, 25_758_000_000, true],
      [2026, 30_017_000_000, false],
    ]);
  });

  it('records where a derived figure comes from and how exact it is', () => {
    const [y2020] = deriveTimeline([DOC_2021]);
    expect(y2020).toEqual({
      year: 2020,
      amount: 34_699_000_000,
      derived: true,
      fromDocId: 'shanghai-hsa-2021',
      sentence: S2021,
      printed: '减少10,046万元',
      basis: 'fiscalExpenditure', // the total carried no change; the fiscal figure equals it
      precision: 1_000_000,
      tolerance: 1_000_000,
      crossChecks: [],
    });
    const y2026 = deriveTimeline([DOC_2026]).find((p) => p.year === 2026);
    expect(y2026).toMatchObject({
      derived: false,
      printed: '30,017万元',
      basis: 'expenditureTotal',
      precision: 1_000_000,
      tolerance: 500_000,
    });
    expect(deriveTimeline([DOC_2026])[0]!.basis).toBe('expenditureTotal');
  });

  it('does not derive from the fiscal figure when it differs from the total', () => {
    const doc: ExpenditureDoc = {
      ...DOC_2021,
      budgetNotes: { ...DOC_2021.budgetNotes, expenditureTotal: stated(25_000_000_000, '25,000万元', 1_000_000, null) },
    };
    expect(deriveTimeline([doc]).map((p) => p.year)).toEqual([2021]);
  });

  it('keeps the stated figure and the derived one as a cross-check when both exist for a year', () => {
    const doc2025: ExpenditureDoc = {
      id: 'shanghai-hsa-2025',
      year: 2025,
      budgetNotes: {
        expenditureTotal: stated(25_758_432_100, '257,584,321元', 100, null),
        fiscalExpenditure: stated(25_758_432_100, '257,584,321元', 100, null),
      },
    };
    const y2025 = deriveTimeline([DOC_2026, doc2025]).find((p) => p.year === 2025)!;
    expect(y2025).toMatchObject({ amount: 25_758_432_100, derived: false, fromDocId: 'shanghai-hsa-2025' });
    expect(y2025.crossChecks).toHaveLength(1);
    expect(y2025.crossChecks[0]).toMatchObject({
      amount: 25_758_000_000,
      derived: true,
      fromDocId: 'shanghai-hsa-2026',
      difference: -432_100,
      consistent: true, // within 0.5 + 10,000 yuan (50 + 1,000,000 fen)
    });
  });

  it('flags a cross-check that disagrees beyond the printed precision', () => {
    const doc2025: ExpenditureDoc = {
      id: 'x-2025',
      year: 2025,
      budgetNotes: {
        expenditureTotal: stated(25_760_000_100, '257,600,001元', 100, null),
        fiscalExpenditure: stated(25_760_000_100, '257,600,001元', 100, null),
      },
    };
    const y2025 = deriveTimeline([doc2025, DOC_2026]).find((p) => p.year === 2025)!;
    expect(y2025.derived).toBe(false);
    expect(y2025.crossChecks[0]).toMatchObject({ difference: -2_000_100, consistent: false });
  });

  it('handles no documents and documents without a change', () => {
    expect(deriveTimeline([])).toEqual([]);
    const doc: ExpenditureDoc = {
      id: 'a',
      year: 2030,
      budgetNotes: {
        expenditureTotal: stated(0, '0万元', 1_000_000, null),
        fiscalExpenditure: stated(0, '0万元', 1_000_000, null),
      },
    };
    expect(deriveTimeline([doc])).toMatchObject([{ year: 2030, amount: 0, derived: false, crossChecks: [] }]);
  });
});

describe('threePublicTimeline', () => {
  it('derives 2020 and 2025 三公 totals', () => {
    const t = threePublicTimeline([TP_2021, TP_2026]);
    expect(t.map((p) => [p.year, p.amount, p.derived, p.precision])).toEqual([
      [2020, 196_700_000, true, 1_000_000], // 208.70 − 12万元: only as exact as "12万元"
      [2021, 208_700_000, false, 10_000],
      [2025, 208_700_000, true, 10_000], // 193.70 + 15.00万元
      [2026, 193_700_000, false, 10_000],
    ]);
    expect(t[0]).toMatchObject({ basis: 'threePublic', tolerance: 505_000, printed: '增加12万元' });
  });
});

describe('buildTimeline', () => {
  it('prefers the narrower derived value when a year is derived twice, keeping the other', () => {
    const a = {
      docId: 'a',
      year: 2026,
      basis: 'threePublic' as const,
      stated: stated(100_000_000, '100万元', 1_000_000, change(2025, 'increase', 10_000_000, '增加10万元')),
    };
    const b = {
      docId: 'b',
      year: 2027,
      basis: 'threePublic' as const,
      stated: stated(100_000_000, '100.00万元', 10_000, change(2025, 'increase', 10_000_000, '增加10.00万元')),
    };
    const y2025 = buildTimeline([a, b]).find((p) => p.year === 2025)!;
    expect(y2025).toMatchObject({ fromDocId: 'b', tolerance: 10_000, derived: true });
    expect(y2025.crossChecks).toMatchObject([{ fromDocId: 'a', difference: 0, consistent: true }]);
  });
});
