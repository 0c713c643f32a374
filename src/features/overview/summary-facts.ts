// The facts one overview card and its summary sentence are built from. Pure: the component only
// formats them and puts them into the translated sentence.
import { topItems } from '../../domain/hierarchy';
import type { BudgetDocument, FunctionRow, StatedChange } from '../../domain/schema';
import { printedPrecision } from '../../domain/stated-money';

/** Which stated figure the change belongs to: the total, or (when only it states one) fiscal spending. */
type ChangeSubject = 'expenditureTotal' | 'fiscalExpenditure';

export interface StatedExpenditureChange extends StatedChange {
  subject: ChangeSubject;
  /** fen value of the last printed digit of the change, e.g. 1000000 for "4,259万元" */
  precision: number;
  /** the sentence of 编制说明 the change is stated in */
  sentence: string;
}

export interface LargestItem {
  code: string;
  name: string;
  amount: number;
}

export interface SummaryFacts {
  year: number;
  total: number;
  basic: number;
  project: number;
  /** project spending / total; null when the total is 0 */
  projectShare: number | null;
  change: StatedExpenditureChange | null;
  /** true when the stated change is one of the total itself (so a sentence about the total may use it) */
  changeIsOfTotal: boolean;
  largest: LargestItem | null;
}

/**
 * The change against the year before as the document states it. The total's own statement wins;
 * the 2021 and 2026 documents state it for 财政拨款支出 (which equals the total there), so that
 * one is used next, and the card says which figure it is.
 */
export function statedExpenditureChange(doc: BudgetDocument): StatedExpenditureChange | null {
  const candidates: [ChangeSubject, BudgetDocument['budgetNotes']['expenditureTotal']][] = [
    ['expenditureTotal', doc.budgetNotes.expenditureTotal],
    ['fiscalExpenditure', doc.budgetNotes.fiscalExpenditure],
  ];
  for (const [subject, stated] of candidates) {
    if (!stated.change) continue;
    const precision = printedPrecision(stated.change.printed) ?? stated.precision;
    return { ...stated.change, subject, precision, sentence: stated.sentence };
  }
  return null;
}

/** The largest 项 line (or a 款 without 项) of the expenditure table, by total. */
export function largestItem(rows: readonly FunctionRow[]): LargestItem | null {
  const [top] = topItems(rows, 'total', 1, 'leaf');
  return top ? { code: top.node.code, name: top.node.name, amount: top.value } : null;
}

export function summaryFacts(doc: BudgetDocument): SummaryFacts {
  const { total, basic, project } = doc.tableTotals.expenditureByFunction;
  const change = statedExpenditureChange(doc);
  const notes = doc.budgetNotes;
  // A change stated for 财政拨款支出 describes the total only when the two stated figures agree.
  const changeIsOfTotal =
    change !== null &&
    (change.subject === 'expenditureTotal' || notes.fiscalExpenditure.amount === notes.expenditureTotal.amount);
  return {
    year: doc.year,
    total,
    basic,
    project,
    projectShare: total === 0 ? null : project / total,
    change,
    changeIsOfTotal,
    largest: largestItem(doc.tables.expenditureByFunction),
  };
}

/** The i18n key of the summary sentence: one wording per kind of stated change. */
export function summarySentenceKey(facts: SummaryFacts): string {
  if (!facts.change || !facts.changeIsOfTotal) return 'summary.noChange';
  return `summary.${facts.change.direction}`;
}

/** Each part's share of the parts together (basic vs project, personnel vs public use). */
export function splitShares(parts: readonly number[]): (number | null)[] {
  const whole = parts.reduce((sum, part) => sum + part, 0);
  return parts.map((part) => (whole === 0 ? null : part / whole));
}
