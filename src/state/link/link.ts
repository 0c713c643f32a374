// Reading and writing the part of an address after `#` for any shell, with the table of
// params.ts. Reading never throws: a value a shell cannot use falls back to its default (or to the
// part of it that is usable) and is named in a notice, and so is a parameter no shell of that
// address reads, so that a mistyped link still opens and says what it ignored. Writing leaves out
// every value that is its default.
import { Rejection } from './codecs';
import {
  LINK_MIGRATIONS,
  LINK_VERSION,
  UNVERSIONED,
  VERSION_PARAM,
  migrateLink,
  type LinkMigration,
} from './migrations';
import {
  belongsToNeighbour,
  defaultOf,
  defaultsOf,
  paramNamed,
  paramsOf,
  type LinkState,
  type Param,
  type Shell,
} from './params';

export interface UrlNotice {
  param: string;
  value: string;
}

export interface ParsedLink<S extends Shell> {
  state: LinkState<S>;
  notices: UrlNotice[];
}

/** A notice quotes at most this much of a value (a link may carry kilobytes of junk). */
export const MAX_NOTICE_VALUE = 200;

/** Parse a hash (with or without the leading '#') for a shell, never throwing. */
export function parseLink<S extends Shell>(
  shell: S,
  hash: string,
  migrations: readonly LinkMigration[] = LINK_MIGRATIONS,
): ParsedLink<S> {
  const state: Record<string, unknown> = defaultsOf(shell);
  const notices: UrlNotice[] = [];
  const notice = (param: string, value: string) => notices.push({ param, value: value.slice(0, MAX_NOTICE_VALUE) });
  const parsed = () => ({ state: state as LinkState<S>, notices });
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(hash.replace(/^#\/?\??/, ''));
  } catch {
    notice('#', hash);
    return parsed();
  }

  const versions = params.getAll(VERSION_PARAM).map((version) => version.trim());
  params.delete(VERSION_PARAM);
  let current = params;
  for (const version of versions) {
    const migrated = /^\d{1,6}$/.test(version) ? migrateLink(params, Number(version), shell, migrations) : null;
    if (migrated) current = migrated;
    else notice(VERSION_PARAM, version);
  }

  const accepted = new Map<Param, string>();
  for (const [name, raw] of current) {
    const text = raw.trim();
    const param = paramNamed(shell, name);
    if (!param) {
      if (!belongsToNeighbour(shell, name)) notice(name, text);
      continue;
    }
    const value = param.codec.parse(text);
    if (value instanceof Rejection) {
      notice(name, value.shown ?? text);
      if (value.kept !== undefined) state[param.key] = value.kept;
    } else {
      state[param.key] = value;
      accepted.set(param, text);
    }
  }
  for (const [param, text] of accepted) {
    if (param.fits && !param.fits(state[param.key], state)) {
      notice(param.name, text);
      state[param.key] = defaultOf(param);
    }
  }
  return parsed();
}

/** As URLSearchParams writes it, but with commas kept readable (`years=2021,2026`). */
function encodePair(name: string, value: string): string {
  return new URLSearchParams([[name, value]]).toString().replace(/%2C/g, ',');
}

/** Serialize a shell's state: only values that differ from the defaults, in the table's order. */
export function serializeLink<S extends Shell>(shell: S, state: LinkState<S>): string {
  const values: Record<string, unknown> = state;
  const pairs: string[] = [];
  for (const param of paramsOf(shell)) {
    const value = values[param.key];
    if (value === null || value === undefined) continue;
    const text = param.codec.serialize(value);
    const isDefault = param.default !== null && text === param.codec.serialize(param.default);
    if (param.alwaysWritten || !isDefault) pairs.push(encodePair(param.name, text));
  }
  if (pairs.length > 0 && LINK_VERSION !== UNVERSIONED) pairs.unshift(encodePair(VERSION_PARAM, String(LINK_VERSION)));
  return pairs.length > 0 ? `#${pairs.join('&')}` : '';
}

/**
 * Notices in the order of the shell's parameters, those of a link nested in a parameter
 * (`tour: view`) with that parameter, names the shell does not read last.
 */
export function inParameterOrder(shell: Shell, notices: readonly UrlNotice[]): UrlNotice[] {
  const params = paramsOf(shell);
  const rank = ({ param }: UrlNotice) => {
    const index = params.findIndex((p) => p.name === param.split(':')[0]);
    return index === -1 ? params.length : index;
  };
  return [...notices].sort((a, b) => rank(a) - rank(b));
}
