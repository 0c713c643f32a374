// The options of an embedded chart, in the part of the embed URL after '#'
// (embed.html#chart=treemap-function&year=2026&path=210&data=1a2b...), and the options that show
// what a view of the app shows, for the share dialog's embed code. docs/EMBED.md lists every option.
import { isCompareChart, tableOfChart, type ChartId } from './charts';
import type { ViewState } from './app-link';
import { parseLink, serializeLink, type UrlNotice } from './link';
import { defaultsOf, type LinkState } from './params';

export type EmbedOptions = LinkState<'embed'>;

export const DEFAULT_EMBED_OPTIONS: EmbedOptions = defaultsOf('embed');

export function parseEmbedOptions(hash: string): { options: EmbedOptions; notices: UrlNotice[] } {
  const { state, notices } = parseLink('embed', hash);
  return { options: state, notices };
}

/** The hash that gives these options back: the chart, and what differs from the defaults. */
export function serializeEmbedOptions(options: EmbedOptions): string {
  return serializeLink('embed', options);
}

/**
 * The embed options that show what a view state shows (for the share dialog). Each chart kind
 * takes the parts of the view state that decide what it shows: a treemap its year, drill path
 * and measure; a table its sort and filter; a comparison its years, level and ranking.
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
    dept: state.dept,
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
