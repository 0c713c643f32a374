import { describe, expect, it } from 'vitest';
import { makeDocument, statedAmount } from '../../domain/document-fixture';
import { BudgetDocument } from '../../domain/schema';
import { largestItem, splitShares, statedExpenditureChange, summaryFacts, summarySentenceKey } from './summary-facts';

describe('summaryFacts', () => {
  it('the fixture is a valid document', () => {
    expect(() => BudgetDocument.parse(makeDocument())).not.toThrow();
  });

  it('collects the year, totals, project share, stated change and largest item', () => {
    const facts = summaryFacts(makeDocument());
    expect(facts.year).toBe(2026);
    expect(facts.total).toBe(30_017_000_000);
    expect(facts.basic + facts.project).toBe(facts.total);
    expect(facts.projectShare).toBeCloseTo(16_911_000_000 / 30_017_000_000, 12);
    expect(facts.change).toMatchObject({
      subject: 'fiscalExpenditure',
      previousYear: 2025,
      direction: 'increase',
      amount: 4_259_000_000,
      precision: 1_000_000,
    });
    expect(facts.largest).toEqual({ code: '2101599', name: '其他医疗保障管理事务支出', amount: 13_464_856_400 });
    expect(summarySentenceKey(facts)).toBe('summary.increase');
  });

  it('prefers the change stated for the total', () => {
    const doc = makeDocument();
    doc.budgetNotes.expenditureTotal = statedAmount(24_653_000_000, '24,653万元', {
      previousYear: 2020,
      direction: 'decrease',
      amount: 10_046_000_000,
      printed: '减少10,046万元',
    });
    const change = statedExpenditureChange(doc);
    expect(change).toMatchObject({
      subject: 'expenditureTotal',
      direction: 'decrease',
      amount: 10_046_000_000,
      previousYear: 2020,
    });
    expect(summarySentenceKey(summaryFacts(doc))).toBe('summary.decrease');
  });

  it('does not put a change of fiscal spending into the sentence when fiscal spending is not the total', () => {
    const doc = makeDocument();
    doc.budgetNotes.fiscalExpenditure = { ...doc.budgetNotes.fiscalExpenditure, amount: 29_000_000_000 };
    const facts = summaryFacts(doc);
    expect(facts.change?.subject).toBe('fiscalExpenditure');
    expect(facts.changeIsOfTotal).toBe(false);
    expect(summarySentenceKey(facts)).toBe('summary.noChange');
  });

  it('has no change when the document states none', () => {
    const doc = makeDocument();
    doc.budgetNotes.fiscalExpenditure = { ...doc.budgetNotes.fiscalExpenditure, change: null };
    expect(statedExpenditureChange(doc)).toBeNull();
    expect(summarySentenceKey(summaryFacts(doc))).toBe('summary.noChange');
  });

  it('a share of an empty budget is null, not NaN', () => {
    const doc = makeDocument();
    doc.tableTotals.expenditureByFunction = { total: 0, basic: 0, project: 0 };
    expect(summaryFacts(doc).projectShare).toBeNull();
  });
});

describe('largestItem', () => {
  it('takes the largest 项 line, not its 类 or 款', () => {
    const rows = makeDocument().tables.expenditureByFunction.filter((r) => r.code !== '2101599');
    expect(largestItem(rows)?.code).toBe('2101504');
  });
  it('is null for an empty table', () => {
    expect(largestItem([])).toBeNull();
  });
});

describe('splitShares', () => {
  it('gives each part its share of the whole', () => {
    expect(splitShares([10_901_000_000, 2_205_000_000]).map((s) => s?.toFixed(4))).toEqual(['0.8318', '0.1682']);
    expect(splitShares([0, 0])).toEqual([null, null]);
  });
});
