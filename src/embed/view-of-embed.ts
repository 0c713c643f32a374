// The app's view state that shows an embed's chart: what the embed's in-memory view state starts
// from. A treemap opens the explore view at its year, drill path and measure; a table the tables
// view at its sort and filter; a comparison the compare view at its years, level and ranking.
// (The other way, for the share dialog, is embedOptionsOfView in src/state/link/embed-link.ts.)
import { DEFAULT_VIEW_STATE, type ViewState } from '../state/link/app-link';
import { isCompareChart, tableOfChart } from '../state/link/charts';
import type { EmbedOptions } from '../state/link/embed-link';

export function viewStateOfEmbed(options: EmbedOptions): ViewState {
  const base: ViewState = {
    ...DEFAULT_VIEW_STATE,
    dept: options.dept,
    year: options.year,
    path: [...options.path],
    measure: options.measure,
    unit: options.unit,
    lang: options.lang,
    theme: options.theme,
  };
  const table = tableOfChart(options.chart);
  if (table) return { ...base, view: 'tables', table, sort: options.sort, q: options.q };
  const cls = options.chart.endsWith('-economic') ? 'economic' : 'function';
  if (isCompareChart(options.chart)) {
    return {
      ...base,
      view: 'compare',
      cls,
      year: null,
      from: options.years?.[0] ?? null,
      to: options.years?.[1] ?? null,
      level: options.level,
      rank: options.rank,
    };
  }
  return { ...base, view: 'explore', cls };
}
