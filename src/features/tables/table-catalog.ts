// The nine tables of a department budget document, in the document's order.
import type { TableId } from '../../state/link/values';

export interface TableEntry {
  id: TableId;
  /** the number the document prints: 表1 .. 表9 */
  number: number;
  /** for file names */
  slug: string;
}

export const TABLE_CATALOG: readonly TableEntry[] = [
  { id: 'financialSummary', number: 1, slug: 'financial-summary' },
  { id: 'revenueByFunction', number: 2, slug: 'revenue-by-function' },
  { id: 'expenditureByFunction', number: 3, slug: 'expenditure-by-function' },
  { id: 'fiscalAppropriation', number: 4, slug: 'fiscal-appropriation' },
  { id: 'generalPublicByFunction', number: 5, slug: 'general-public-by-function' },
  { id: 'governmentFundByFunction', number: 6, slug: 'government-fund-by-function' },
  { id: 'stateCapitalByFunction', number: 7, slug: 'state-capital-by-function' },
  { id: 'basicByEconomic', number: 8, slug: 'basic-by-economic' },
  { id: 'threePublic', number: 9, slug: 'three-public' },
];

export function tableEntry(id: TableId): TableEntry {
  return TABLE_CATALOG.find((entry) => entry.id === id) ?? TABLE_CATALOG[2]!;
}
