// Options that parse but name nothing in the loaded data: a year (or compare years) without a
// document. The chart falls back to the latest (or earliest and latest) year, so the embed's
// notice lists them with the options it did not understand, as the app does (dataNotices).
import type { BudgetDocument } from '../domain/schema';
import { yearsOf } from '../state/selectors';
import type { UrlNotice } from '../state/url-state';
import { isCompareChart, type EmbedOptions } from '../components/share/embed-options';

export function embedDataNotices(options: EmbedOptions, documents: readonly BudgetDocument[]): UrlNotice[] {
  const years = new Set(yearsOf([...documents]));
  const notices: UrlNotice[] = [];
  // A compare chart reads `years` and ignores `year`; the other charts the other way round.
  if (isCompareChart(options.chart)) {
    if (options.years && options.years.some((year) => !years.has(year)))
      notices.push({ param: 'years', value: options.years.join(',') });
  } else if (options.year !== null && !years.has(options.year)) {
    notices.push({ param: 'year', value: String(options.year) });
  }
  return notices;
}
