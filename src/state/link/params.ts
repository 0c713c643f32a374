// Every parameter a link can carry, in one table: its name in the link, the shells that read it,
// how its value is read and written (codecs.ts) and its default. The view state of each shell
// (ViewState, EmbedOptions, the kiosk's settings) is made from this table, and link.ts reads and
// writes links with it; README "Links" and "Kiosk" and docs/EMBED.md describe the same rows.
//
// Shells: 'app' (index.html), 'embed' (embed.html), 'kiosk' (index.html#kiosk and kiosk.html) and
// 'slide' (one view link of a kiosk tour: the app's parameters and the tour's test markers).
// A name may appear twice when its shells differ and so does its meaning (`lang=alt` is the
// kiosk's only). The table's order is the order links are written in, and the kiosk lists its
// notices in it.
import { CHART_IDS, DEFAULT_CHART } from './charts';
import * as codec from './codecs';
import type { Codec } from './codecs';
import {
  CHANGE_RANKS,
  CLASSIFICATIONS,
  COMPARE_LEVELS,
  DEFAULT_DEPT,
  DEFAULT_TOUR_LINKS,
  KIOSK_LANGS,
  MAX_SLIDES,
  MEASURES,
  TABLE_IDS,
  THEMES,
  UNITS,
  VIEWS,
} from './values';
import { LANGS } from '../../domain/lang';

export type Shell = 'app' | 'embed' | 'kiosk' | 'slide';

export interface Param<K extends string = string, S extends readonly Shell[] = readonly Shell[], T = unknown> {
  /** the field of the shell's state */
  key: K;
  /** the name in the link */
  name: string;
  shells: S;
  codec: Codec<Exclude<T, null>>;
  /** left out of links; null: the shell decides (e.g. the latest year, the remembered language) */
  default: T;
  /** written even when it is the default: an embed code always says which chart it shows */
  alwaysWritten: boolean;
  /** whether a value that parses also fits the rest of the link (else: notice, and the default) */
  fits?(value: T, link: Readonly<Record<string, unknown>>): boolean;
}

interface ParamSpec<K extends string, S extends readonly Shell[], V> {
  key: K;
  /** when it differs from the key */
  name?: string;
  shells: S;
  codec: Codec<V>;
  alwaysWritten?: boolean;
  fits?: (value: V, link: Readonly<Record<string, unknown>>) => boolean;
}

// A default of null means "not in the link": the value is the codec's or null.
function param<const K extends string, const S extends readonly Shell[], V>(
  spec: ParamSpec<K, S, V> & { default: NoInfer<V> },
): Param<K, S, V>;
function param<const K extends string, const S extends readonly Shell[], V>(
  spec: ParamSpec<K, S, V> & { default: null },
): Param<K, S, V | null>;
function param(spec: ParamSpec<string, readonly Shell[], unknown> & { default: unknown }): Param {
  return { alwaysWritten: false, name: spec.key, ...spec };
}

const MAX_FILTER_TEXT = 200;

export const LINK_PARAMS = [
  // The kiosk's own (README "Kiosk").
  param({ key: 'kiosk', shells: ['kiosk'], codec: codec.flag, default: false }),
  param({ key: 'tour', shells: ['kiosk'], codec: codec.linkList(MAX_SLIDES), default: DEFAULT_TOUR_LINKS }),
  param({ key: 'interval', shells: ['kiosk'], codec: codec.seconds(1, 3600), default: 20 }),
  param({ key: 'idle', shells: ['kiosk'], codec: codec.seconds(1, 86_400), default: 60 }),
  param({
    key: 'start',
    shells: ['kiosk'],
    codec: codec.ordinal,
    default: 1,
    fits: (start, link) => Array.isArray(link.tour) && start <= link.tour.length,
  }),
  param({ key: 'lang', shells: ['kiosk'], codec: codec.oneOf(KIOSK_LANGS), default: null }),
  // null: each slide keeps its own theme; a theme here applies to the slides that set none.
  param({ key: 'theme', shells: ['kiosk'], codec: codec.oneOf(THEMES), default: null }),

  // What a view shows: the app's view state, and an embed's where it shows the same thing.
  // the department shown (data/departments/<dept>.json, or one imported by this user); a link
  // without one, and every link written before the library, opens the featured department. A
  // kiosk tours one department: its `dept` applies to every slide.
  param({
    key: 'dept',
    shells: ['app', 'embed', 'kiosk'],
    codec: codec.matching(/^[a-z0-9-]{1,60}$/),
    default: DEFAULT_DEPT,
  }),
  param({ key: 'view', shells: ['app'], codec: codec.oneOf(VIEWS), default: 'overview' }),
  param({
    key: 'chart',
    shells: ['embed'],
    codec: codec.oneOf(CHART_IDS),
    default: DEFAULT_CHART,
    alwaysWritten: true,
  }),
  // null: the latest year in the data
  param({ key: 'year', shells: ['app', 'embed'], codec: codec.year, default: null }),
  // an embedded comparison's two years; null: the earliest and the latest
  param({ key: 'years', shells: ['embed'], codec: codec.yearPair, default: null }),
  // the compare view's years; null: the earliest and the latest
  param({ key: 'from', shells: ['app'], codec: codec.year, default: null }),
  param({ key: 'to', shells: ['app'], codec: codec.year, default: null }),
  param({ key: 'cls', shells: ['app'], codec: codec.oneOf(CLASSIFICATIONS), default: 'function' }),
  // drill path of codes from the top, e.g. ['210', '21015']
  param({ key: 'path', shells: ['app', 'embed'], codec: codec.drillPath, default: [] }),
  param({ key: 'measure', shells: ['app', 'embed'], codec: codec.oneOf(MEASURES), default: 'total' }),
  param({ key: 'table', shells: ['app'], codec: codec.oneOf(TABLE_IDS), default: 'expenditureByFunction' }),
  param({ key: 'sort', shells: ['app', 'embed'], codec: codec.sortOrder, default: null }),
  // text filter on name or code
  param({ key: 'q', shells: ['app', 'embed'], codec: codec.text(MAX_FILTER_TEXT), default: '' }),
  // compare: the level of the lines compared, and the order of the change bars (by yuan or by %)
  param({ key: 'level', shells: ['app', 'embed'], codec: codec.oneOf(COMPARE_LEVELS), default: 'all' }),
  param({ key: 'rank', shells: ['app', 'embed'], codec: codec.oneOf(CHANGE_RANKS), default: 'abs' }),
  // the project selected in the projects view
  param({ key: 'project', shells: ['app'], codec: codec.matching(/^[a-z0-9-]{1,40}$/), default: null }),

  // How it is shown.
  // null: the unit remembered on this browser, else auto (src/components/use-money.ts); an
  // explicit auto is a choice and wins. An embed never reads a remembered unit: auto is its default.
  param({ key: 'unit', shells: ['app', 'kiosk'], codec: codec.oneOf(UNITS), default: null }),
  param({ key: 'unit', shells: ['embed'], codec: codec.oneOf(UNITS), default: 'auto' }),
  // null: the remembered language, else zh-CN (an embed: zh-CN, it reads nothing remembered)
  param({ key: 'lang', shells: ['app', 'embed'], codec: codec.oneOf(LANGS), default: null }),
  param({ key: 'theme', shells: ['app', 'embed'], codec: codec.oneOf(THEMES), default: 'auto' }),

  // The embed's own (docs/EMBED.md).
  // no drill-down or other interaction: the chart as published
  param({ key: 'static', shells: ['embed'], codec: codec.flag, default: false }),
  // the pinned documents' content hashes; [] follows the latest data
  param({ key: 'data', shells: ['embed'], codec: codec.contentHashes, default: [] }),

  // Markers that make a kiosk slide fail on purpose, to test the kiosk's recovery (README "Kiosk").
  param({ key: 'testThrow', name: 'kiosk-test-throw', shells: ['slide'], codec: codec.flag, default: false }),
  param({ key: 'testHang', name: 'kiosk-test-hang', shells: ['slide'], codec: codec.flag, default: false }),
] as const;

type Entry = (typeof LINK_PARAMS)[number];

/** A slide is a view of the app: it reads the app's parameters as well as its own. */
type ReaderOf<S extends Shell> = S extends 'slide' ? 'app' | 'slide' : S;

/** What a link of this shell says, one field per parameter the shell reads. */
export type LinkState<S extends Shell> = {
  -readonly [E in Entry as ReaderOf<S> & E['shells'][number] extends never ? never : E['key']]: E['default'];
};

export function readsParam(shell: Shell, param: Param): boolean {
  return param.shells.includes(shell) || (shell === 'slide' && param.shells.includes('app'));
}

/**
 * Shells that read the same address stay silent about each other's parameters: `#kiosk=0&tour=…`
 * opens the app with the tour kept for later, and the kiosk ignores a view link's `view`.
 */
const SAME_ADDRESS: Partial<Record<Shell, Shell>> = { app: 'kiosk', kiosk: 'app' };

export function paramsOf(shell: Shell): readonly Param[] {
  return LINK_PARAMS.filter((param: Param) => readsParam(shell, param));
}

export function paramNamed(shell: Shell, name: string): Param | undefined {
  return paramsOf(shell).find((param) => param.name === name);
}

/** A name this shell does not read but the other shell of its address does. */
export function belongsToNeighbour(shell: Shell, name: string): boolean {
  const neighbour = SAME_ADDRESS[shell];
  return neighbour !== undefined && paramNamed(neighbour, name) !== undefined;
}

/** A parameter's default, as a value of its own (a list is never shared between states). */
export function defaultOf(param: Param): unknown {
  return Array.isArray(param.default) ? [...(param.default as unknown[])] : param.default;
}

/** A new state with every parameter at its default. */
export function defaultsOf<S extends Shell>(shell: S): LinkState<S> {
  const state: Record<string, unknown> = {};
  for (const param of paramsOf(shell)) state[param.key] = defaultOf(param);
  return state as LinkState<S>;
}
