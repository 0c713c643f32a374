// The URL is the contract with people who share links. The view state lives in the hash
// (`#view=explore&year=2026&path=210.21015`) so that any static host and a file:// page can read
// it without server rewrites. Only values that differ from the defaults are written. `v` is the
// format version; links without it are version 1. Parsing never throws: an unknown or invalid
// value falls back to its default and is reported in `notices`, so the app can say so.

export const URL_FORMAT_VERSION = 1;

export const VIEWS = ['overview', 'explore', 'tables', 'compare', 'projects', 'about'] as const;
export type View = (typeof VIEWS)[number];
export const CLASSIFICATIONS = ['function', 'economic'] as const;
export type Classification = (typeof CLASSIFICATIONS)[number];
export const MEASURES = ['total', 'basic', 'project', 'personnel', 'publicUse'] as const;
export type Measure = (typeof MEASURES)[number];
export const UNITS = ['auto', 'yuan', 'mid', 'large'] as const;
export type UnitParam = (typeof UNITS)[number];
export const LANGS = ['zh-CN', 'en'] as const;
export type LangParam = (typeof LANGS)[number];
export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];
export const TABLE_IDS = [
  'financialSummary',
  'revenueByFunction',
  'expenditureByFunction',
  'fiscalAppropriation',
  'generalPublicByFunction',
  'governmentFundByFunction',
  'stateCapitalByFunction',
  'basicByEconomic',
  'threePublic',
] as const;
export type TableId = (typeof TABLE_IDS)[number];
export const COMPARE_LEVELS = ['1', '2', '3', 'all'] as const;
export type CompareLevel = (typeof COMPARE_LEVELS)[number];
/** compare view: rank the change charts by absolute (yuan) or relative (%) change */
export const CHANGE_RANKS = ['abs', 'rel'] as const;
export type ChangeRank = (typeof CHANGE_RANKS)[number];

export interface SortState {
  column: string;
  desc: boolean;
}

export interface ViewState {
  view: View;
  /** null: the latest year in the data */
  year: number | null;
  /** compare: from and to years; null: the earliest / the latest */
  from: number | null;
  to: number | null;
  cls: Classification;
  /** drill path of codes from the top, e.g. ['210', '21015'] */
  path: string[];
  measure: Measure;
  table: TableId;
  sort: SortState | null;
  /** text filter on name or code */
  q: string;
  /** compare view: level of the line-by-line comparison */
  level: CompareLevel;
  /** compare view: order of the change bar chart, by absolute or relative change */
  rank: ChangeRank;
  /** selected project id (projects view) */
  project: string | null;
  /**
   * null: not in the URL; the remembered unit, else 'auto', applies (useUnit in
   * src/components/use-money.ts). 'auto' in the URL is a choice like the others and wins.
   */
  unit: UnitParam | null;
  /** null: not in the URL; the remembered or default language applies */
  lang: LangParam | null;
  theme: Theme;
}

export const DEFAULT_VIEW_STATE: ViewState = {
  view: 'overview',
  year: null,
  from: null,
  to: null,
  cls: 'function',
  path: [],
  measure: 'total',
  table: 'expenditureByFunction',
  sort: null,
  q: '',
  level: 'all',
  rank: 'abs',
  project: null,
  unit: null,
  lang: null,
  theme: 'auto',
};

export interface UrlNotice {
  param: string;
  value: string;
}

export interface ParsedUrl {
  state: ViewState;
  notices: UrlNotice[];
}

const MAX_TEXT = 200;
/** 类 › 款 › 项: no classification is deeper. */
const MAX_PATH_DEPTH = 3;
const KNOWN = new Set([
  'v',
  'view',
  'year',
  'from',
  'to',
  'cls',
  'path',
  'measure',
  'table',
  'sort',
  'q',
  'level',
  'rank',
  'project',
  'unit',
  'lang',
  'theme',
]);
// Parameters that belong to other shells reading the same hash (kiosk, embed); not errors here.
const FOREIGN = new Set([
  'kiosk',
  'tour',
  'interval',
  'start',
  'idle',
  'alt',
  'chart',
  'static',
  'data',
  'years',
  'slide',
]);

function oneOf<T extends string>(list: readonly T[], value: string): T | undefined {
  return (list as readonly string[]).includes(value) ? (value as T) : undefined;
}

function parseYear(value: string): number | undefined {
  return /^\d{4}$/.test(value) ? Number(value) : undefined;
}

/** Parse a hash (with or without the leading '#') into a view state, never throwing. */
export function parseViewState(hash: string): ParsedUrl {
  const notices: UrlNotice[] = [];
  const state: ViewState = { ...DEFAULT_VIEW_STATE, path: [] };
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(hash.replace(/^#\/?\??/, ''));
  } catch {
    return { state, notices: [{ param: '#', value: hash.slice(0, MAX_TEXT) }] };
  }
  const reject = (param: string, value: string) => notices.push({ param, value: value.slice(0, MAX_TEXT) });

  for (const [param, raw] of params) {
    const value = raw.trim();
    switch (param) {
      case 'v':
        if (value !== String(URL_FORMAT_VERSION)) reject(param, value);
        break;
      case 'view': {
        const view = oneOf(VIEWS, value);
        if (view) state.view = view;
        else reject(param, value);
        break;
      }
      case 'year':
      case 'from':
      case 'to': {
        const year = parseYear(value);
        if (year !== undefined) state[param] = year;
        else reject(param, value);
        break;
      }
      case 'cls': {
        const cls = oneOf(CLASSIFICATIONS, value);
        if (cls) state.cls = cls;
        else reject(param, value);
        break;
      }
      case 'path': {
        // Digits only, at most three levels. A code that does not exist (e.g. `210.99999.1`) is
        // kept: the view falls back to the longest prefix that exists and says so. Anything
        // malformed is cut at the first bad part (`210.abc` -> 210) and reported here.
        const codes = value.split('.').filter(Boolean);
        const wellFormed = codes.findIndex((c, i) => i >= MAX_PATH_DEPTH || !/^\d{1,7}$/.test(c));
        state.path = wellFormed === -1 ? codes : codes.slice(0, wellFormed);
        if (wellFormed !== -1) reject(param, value);
        break;
      }
      case 'measure': {
        const measure = oneOf(MEASURES, value);
        if (measure) state.measure = measure;
        else reject(param, value);
        break;
      }
      case 'table': {
        const table = oneOf(TABLE_IDS, value);
        if (table) state.table = table;
        else reject(param, value);
        break;
      }
      case 'sort': {
        const match = /^([A-Za-z][A-Za-z0-9]{0,30})\.(asc|desc)$/.exec(value);
        if (match?.[1] && match[2]) state.sort = { column: match[1], desc: match[2] === 'desc' };
        else reject(param, value);
        break;
      }
      case 'q':
        if (value.length <= MAX_TEXT) state.q = value;
        else reject(param, value);
        break;
      case 'level': {
        const level = oneOf(COMPARE_LEVELS, value);
        if (level) state.level = level;
        else reject(param, value);
        break;
      }
      case 'rank': {
        const rank = oneOf(CHANGE_RANKS, value);
        if (rank) state.rank = rank;
        else reject(param, value);
        break;
      }
      case 'project':
        if (/^[a-z0-9-]{1,40}$/.test(value)) state.project = value;
        else reject(param, value);
        break;
      case 'unit': {
        const unit = oneOf(UNITS, value);
        if (unit) state.unit = unit;
        else reject(param, value);
        break;
      }
      case 'lang': {
        const lang = oneOf(LANGS, value);
        if (lang) state.lang = lang;
        else reject(param, value);
        break;
      }
      case 'theme': {
        const theme = oneOf(THEMES, value);
        if (theme) state.theme = theme;
        else reject(param, value);
        break;
      }
      default:
        if (!KNOWN.has(param) && !FOREIGN.has(param)) reject(param, value);
    }
  }
  return { state, notices };
}

/** Serialize a view state: only values that differ from the defaults, in a stable order. */
export function serializeViewState(state: ViewState): string {
  const params = new URLSearchParams();
  const d = DEFAULT_VIEW_STATE;
  if (state.view !== d.view) params.set('view', state.view);
  if (state.year !== null) params.set('year', String(state.year));
  if (state.from !== null) params.set('from', String(state.from));
  if (state.to !== null) params.set('to', String(state.to));
  if (state.cls !== d.cls) params.set('cls', state.cls);
  if (state.path.length > 0) params.set('path', state.path.join('.'));
  if (state.measure !== d.measure) params.set('measure', state.measure);
  if (state.table !== d.table) params.set('table', state.table);
  if (state.sort) params.set('sort', `${state.sort.column}.${state.sort.desc ? 'desc' : 'asc'}`);
  if (state.q !== '') params.set('q', state.q);
  if (state.level !== d.level) params.set('level', state.level);
  if (state.rank !== d.rank) params.set('rank', state.rank);
  if (state.project !== null) params.set('project', state.project);
  if (state.unit !== null) params.set('unit', state.unit);
  if (state.lang !== null) params.set('lang', state.lang);
  if (state.theme !== d.theme) params.set('theme', state.theme);
  const text = params.toString();
  return text === '' ? '' : `#${text}`;
}

/** Apply a partial change; changing view, year or classification resets what depends on it. */
export function patchViewState(state: ViewState, patch: Partial<ViewState>): ViewState {
  const next = { ...state, ...patch };
  const resetsDrill = ('cls' in patch && patch.cls !== state.cls) || ('year' in patch && patch.year !== state.year);
  if (resetsDrill && !('path' in patch)) next.path = [];
  if ('table' in patch && patch.table !== state.table && !('sort' in patch)) next.sort = null;
  return next;
}
