// Where the figures of a view come from: which documents (and so which data versions) and which
// of their tables. The share menu, the exports, the print footer and the embed frame all cite
// through this one function, so a picture and a printout name the same source. Pure.
import type { BudgetDocument, DataIndex } from '../domain/schema';
import { compareYears, documentForYear } from './selectors';
import type { TableId } from './link/values';
import type { ViewState } from './link/app-link';

export interface ViewSource {
  documents: BudgetDocument[];
  tables: TableId[];
}

function classificationTable(state: ViewState): TableId {
  return state.cls === 'economic' ? 'basicByEconomic' : 'expenditureByFunction';
}

export function sourceOfView(state: ViewState, documents: BudgetDocument[]): ViewSource {
  const one = (doc: BudgetDocument | undefined) => (doc ? [doc] : []);
  switch (state.view) {
    case 'explore':
      return { documents: one(documentForYear(documents, state.year)), tables: [classificationTable(state)] };
    case 'tables':
      return { documents: one(documentForYear(documents, state.year)), tables: [state.table] };
    case 'compare':
      return {
        documents: compareYears(documents, state.from, state.to) ?? documents,
        tables: [classificationTable(state)],
      };
    case 'projects':
      return { documents: one(documentForYear(documents, state.year)), tables: [] };
    case 'overview':
      return { documents, tables: ['expenditureByFunction'] };
    default:
      return { documents, tables: [] };
  }
}

/** The content hashes (data versions) of the documents, as index.json lists them. */
export function dataVersionsOf(index: DataIndex | null, documents: readonly BudgetDocument[]): string[] {
  if (!index) return [];
  return documents.flatMap((doc) => index.documents.filter((entry) => entry.id === doc.id).map((entry) => entry.hash));
}
