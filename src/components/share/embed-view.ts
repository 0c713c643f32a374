// The embed's options and the app's view state, each way: the view state an embed starts its
// in-memory view from (viewStateOfEmbed), and the options that show what a view of the app shows
// (embedOptionsOfView, for the share dialog's embed code). Each chart kind takes the parts of the
// view state that decide what it shows: a treemap its year, drill path and measure; a table its
// sort and filter; a comparison its years, level and ranking.
import { DEFAULT_VIEW_STATE, type ViewState } from '../../state/url-state';
import { DEFAULT_EMBED_OPTIONS, isCompareChart, tableOfChart, type ChartId, type EmbedOptions } from './embed-options';

/** The app's view state that shows this chart: what the embed's in-memory view state starts from. */
export function viewStateOfEmbed(options: EmbedOptions): ViewState {
  const base: ViewState = {
    ...DEFAULT_VIEW_STATE,
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

/**
 * The other way: the embed options that show what a view state shows (for the share dialog).
 * `shownYears` are the years of the documents on screen, written out so that an embed keeps its
 * year when a later budget is published (a view without `year` shows the latest).
 */
export function embedOptionsOfView(
  state: ViewState,
  chart: ChartId,
  extra: { data: string[]; static: boolean; shownYears: number[] },
): EmbedOptions {
  const [first, second] = extra.shownYears;
  const compare = isCompareChart(chart);
  const table = tableOfChart(chart) !== null;
  return {
    chart,
    year: compare ? null : (first ?? state.year),
    years: compare && first !== undefined && second !== undefined ? [first, second] : null,
    path: compare ? [] : [...state.path],
    measure: state.measure,
    // Each chart carries what orders and selects its own lines; the others' stay at the default.
    rank: compare ? state.rank : DEFAULT_EMBED_OPTIONS.rank,
    level: compare ? state.level : DEFAULT_EMBED_OPTIONS.level,
    sort: table && state.sort ? { ...state.sort } : null,
    q: table ? state.q : '',
    unit: state.unit ?? 'auto',
    lang: state.lang,
    theme: state.theme,
    static: extra.static,
    data: [...extra.data],
  };
}
