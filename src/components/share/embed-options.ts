// The options of an embedded chart, read from the part of the embed URL after '#'
// (embed.html#chart=treemap-function&year=2026&path=210&data=1a2b...). Like the app's URL state,
// parsing never throws: an unknown or invalid value falls back to its default and is reported, so
// a mistyped option still shows a chart. docs/EMBED.md lists every option; keep the two in step.
import {
  DEFAULT_VIEW_STATE,
  LANGS,
  parseViewState,
  serializeViewState,
  MEASURES,
  TABLE_IDS,
  THEMES,
  UNITS,
  type ChangeRank,
  type CompareLevel,
  type LangParam,
  type Measure,
  type SortState,
  type TableId,
  type Theme,
  type UnitParam,
  type UrlNotice,
} from '../../state/url-state';

export const TREEMAP_CHARTS = ['treemap-function', 'treemap-economic'] as const;
export const TABLE_CHARTS = TABLE_IDS.map((id) => `table-${id}` as const);
export const COMPARE_CHARTS = ['compare-bars', 'compare-bars-economic'] as const;
export const CHART_IDS = [...TREEMAP_CHARTS, ...TABLE_CHARTS, ...COMPARE_CHARTS] as const;
export type ChartId = (typeof CHART_IDS)[number];
export const DEFAULT_CHART: ChartId = 'treemap-function';

export interface EmbedOptions {
  chart: ChartId;
  /** null: the latest year of the data loaded */
  year: number | null;
  /** compare charts: [from, to]; null: the earliest and the latest */
  years: [number, number] | null;
  path: string[];
  measure: Measure;
  /** compare charts: ranking of the change bars, by yuan or by percent (the app's `rank`) */
  rank: ChangeRank;
  /** compare charts: level of the lines compared (the app's `level`) */
  level: CompareLevel;
  /** table charts: the column sorted by, null: the document's order (the app's `sort`) */
  sort: SortState | null;
  /** table charts: text filter on name or code (the app's `q`) */
  q: string;
  unit: UnitParam;
  /** null: Chinese, the dashboard's default (an embed does not read the reader's remembered choice) */
  lang: LangParam | null;
  theme: Theme;
  /** true: no drill-down or other interaction, the chart as published */
  static: boolean;
  /** content hashes (16 hex digits) of the pinned documents; [] follows the latest data */
  data: string[];
}

export const DEFAULT_EMBED_OPTIONS: EmbedOptions = {
  chart: DEFAULT_CHART,
  year: null,
  years: null,
  path: [],
  measure: 'total',
  rank: DEFAULT_VIEW_STATE.rank,
  level: DEFAULT_VIEW_STATE.level,
  sort: DEFAULT_VIEW_STATE.sort,
  q: DEFAULT_VIEW_STATE.q,
  unit: 'auto',
  lang: null,
  theme: 'auto',
  static: false,
  data: [],
};

const HASH = /^[0-9a-f]{16}$/;
const YEAR = /^\d{4}$/;
const CODE = /^\d{3}(\d{2}){0,2}$/;

function oneOf<T extends string>(list: readonly T[], value: string): T | undefined {
  return (list as readonly string[]).includes(value) ? (value as T) : undefined;
}

export function isTreemapChart(chart: ChartId): chart is (typeof TREEMAP_CHARTS)[number] {
  return (TREEMAP_CHARTS as readonly string[]).includes(chart);
}

export function isCompareChart(chart: ChartId): chart is (typeof COMPARE_CHARTS)[number] {
  return (COMPARE_CHARTS as readonly string[]).includes(chart);
}

export function tableOfChart(chart: ChartId): TableId | null {
  return chart.startsWith('table-') ? (chart.slice('table-'.length) as TableId) : null;
}

/** The options that are the app's own view-state parameters, read and written by its url-state. */
const VIEW_PARAMS = ['sort', 'q', 'level', 'rank'] as const;
type ViewParam = (typeof VIEW_PARAMS)[number];

/**
 * One of VIEW_PARAMS, parsed by the app's own parseViewState: the same rules and the same
 * fallback (the default, with a notice) as in a link to the dashboard.
 */
function parseViewParam(options: EmbedOptions, param: ViewParam, raw: string): UrlNotice[] {
  const { state, notices } = parseViewState(new URLSearchParams([[param, raw]]).toString());
  if (notices.length === 0) Object.assign(options, { [param]: state[param] });
  return notices;
}

export function parseEmbedOptions(hash: string): { options: EmbedOptions; notices: UrlNotice[] } {
  const options: EmbedOptions = { ...DEFAULT_EMBED_OPTIONS, path: [], data: [] };
  const notices: UrlNotice[] = [];
  const reject = (param: string, value: string) => notices.push({ param, value: value.slice(0, 100) });
  const params = new URLSearchParams(hash.replace(/^#\/?\??/, ''));
  for (const [param, raw] of params) {
    const value = raw.trim();
    if ((VIEW_PARAMS as readonly string[]).includes(param)) {
      notices.push(...parseViewParam(options, param as ViewParam, raw));
      continue;
    }
    switch (param) {
      case 'chart': {
        const chart = oneOf(CHART_IDS, value);
        if (chart) options.chart = chart;
        else reject(param, value);
        break;
      }
      case 'year':
        if (YEAR.test(value)) options.year = Number(value);
        else reject(param, value);
        break;
      case 'years': {
        const years = value.split(/[,-]/);
        if (years.length === 2 && years.every((y) => YEAR.test(y)) && years[0] !== years[1]) {
          options.years = [Number(years[0]), Number(years[1])];
        } else reject(param, value);
        break;
      }
      case 'path': {
        const codes = value.split('.').filter(Boolean);
        if (codes.length <= 3 && codes.every((c) => CODE.test(c))) options.path = codes;
        else reject(param, value);
        break;
      }
      case 'measure': {
        const measure = oneOf(MEASURES, value);
        if (measure) options.measure = measure;
        else reject(param, value);
        break;
      }
      case 'unit': {
        const unit = oneOf(UNITS, value);
        if (unit) options.unit = unit;
        else reject(param, value);
        break;
      }
      case 'lang': {
        const lang = oneOf(LANGS, value);
        if (lang) options.lang = lang;
        else reject(param, value);
        break;
      }
      case 'theme': {
        const theme = oneOf(THEMES, value);
        if (theme) options.theme = theme;
        else reject(param, value);
        break;
      }
      case 'static':
        // `static`, `static=1` and `static=true` all switch interaction off; `static=0` keeps it.
        if (['', '1', 'true'].includes(value)) options.static = true;
        else if (!['0', 'false'].includes(value)) reject(param, value);
        break;
      case 'data': {
        const hashes = value.split(',').filter(Boolean);
        if (hashes.length > 0 && hashes.length <= 4 && hashes.every((h) => HASH.test(h))) options.data = hashes;
        else reject(param, value);
        break;
      }
      case 'v':
        break; // the app's link version; accepted for links copied from the app
      default:
        reject(param, value);
    }
  }
  return { options, notices };
}

/** The hash that gives these options back: only values that differ from the defaults. */
export function serializeEmbedOptions(options: EmbedOptions): string {
  const d = DEFAULT_EMBED_OPTIONS;
  const params: string[] = [`chart=${options.chart}`];
  if (options.year !== null) params.push(`year=${options.year}`);
  if (options.years) params.push(`years=${options.years.join(',')}`);
  if (options.path.length > 0) params.push(`path=${options.path.join('.')}`);
  if (options.measure !== d.measure) params.push(`measure=${options.measure}`);
  // Written (and encoded: `q` is free text) by the app's serializer, which leaves out defaults.
  const view = serializeViewState({
    ...DEFAULT_VIEW_STATE,
    sort: options.sort,
    q: options.q,
    level: options.level,
    rank: options.rank,
  });
  if (view !== '') params.push(view.slice(1));
  if (options.unit !== d.unit) params.push(`unit=${options.unit}`);
  if (options.lang !== null) params.push(`lang=${options.lang}`);
  if (options.theme !== d.theme) params.push(`theme=${options.theme}`);
  if (options.static) params.push('static=1');
  if (options.data.length > 0) params.push(`data=${options.data.join(',')}`);
  return `#${params.join('&')}`;
}

/**
 * The iframe height the embed code starts with, and keeps when the host strips the resize
 * script: about what the chart needs at a common article width (the frame scrolls if not).
 */
export function fallbackHeightOf(chart: ChartId): number {
  if (isTreemapChart(chart)) return 640;
  if (tableOfChart(chart)) return 720;
  return 600;
}
