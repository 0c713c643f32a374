// Pure selectors over the loaded documents; components call these with the store's data.
import type { BudgetDocument } from '../domain/schema';
import type { UrlNotice } from './link/link';
import type { ViewState } from './link/app-link';

export function yearsOf(documents: BudgetDocument[]): number[] {
  return documents.map((doc) => doc.year);
}

/** The document of a year; null year or an unknown year falls back to the latest. */
export function documentForYear(documents: BudgetDocument[], year: number | null): BudgetDocument | undefined {
  return documents.find((doc) => doc.year === year) ?? documents[documents.length - 1];
}

/** Compare years: defaults are the earliest and the latest; invalid years fall back. */
export function compareYears(
  documents: BudgetDocument[],
  from: number | null,
  to: number | null,
): [BudgetDocument, BudgetDocument] | null {
  if (documents.length < 2) return null;
  const first = documents[0]!;
  const last = documents[documents.length - 1]!;
  const fromDoc = documents.find((d) => d.year === from) ?? first;
  let toDoc = documents.find((d) => d.year === to) ?? last;
  if (toDoc === fromDoc) toDoc = fromDoc === last ? first : last;
  return [fromDoc, toDoc];
}

/**
 * Values that parse but name nothing in the data (a year with no document, an unknown project):
 * the view falls back to the default and the app says so, as for values that do not parse.
 */
export function dataNotices(state: ViewState, documents: BudgetDocument[]): UrlNotice[] {
  const years = new Set(yearsOf(documents));
  const notices: UrlNotice[] = [];
  for (const param of ['year', 'from', 'to'] as const) {
    const year = state[param];
    if (year !== null && !years.has(year)) notices.push({ param, value: String(year) });
  }
  if (state.project !== null) {
    const doc = documentForYear(documents, state.year);
    if (!doc?.projects.some((project) => project.id === state.project))
      notices.push({ param: 'project', value: state.project });
  }
  return notices;
}

/**
 * The view state that opens another department: the same view (the overview from the library),
 * at the department's latest year, with nothing of the previous department's drill path, years,
 * project or filter.
 */
export function stateForDepartment(state: ViewState, dept: string): ViewState {
  return {
    ...state,
    dept,
    view: state.view === 'library' ? 'overview' : state.view,
    year: null,
    from: null,
    to: null,
    path: [],
    project: null,
    q: '',
    sort: null,
  };
}
