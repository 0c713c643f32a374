// Options that parse but name nothing in the loaded data: a year (or compare years) without a
// document, a drill path that does not exist in the year shown. The chart falls back to the latest
// (or earliest and latest) year, and to the longest part of the path that exists, so the embed's
// notice lists them with the options it did not understand, as the app does (dataNotices, and
// the explore view's notice).
import { buildTree, findPath } from '../domain/hierarchy';
import type { BudgetDocument } from '../domain/schema';
import { documentForYear, yearsOf } from '../state/selectors';
import type { UrlNotice } from '../state/link/link';
import { isCompareChart, isTreemapChart } from '../state/link/charts';
import type { EmbedOptions } from '../state/link/embed-link';

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
  const doc = isTreemapChart(options.chart) && options.path.length > 0 && documentForYear([...documents], options.year);
  if (doc) {
    const found =
      options.chart === 'treemap-economic'
        ? findPath(buildTree(doc.tables.basicByEconomic), options.path)
        : findPath(buildTree(doc.tables.expenditureByFunction), options.path);
    if (!found.valid) notices.push({ param: 'path', value: options.path.join('.') });
  }
  return notices;
}
