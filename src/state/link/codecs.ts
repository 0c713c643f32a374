// How one parameter's value is read from a link and written back. A codec reads the text after
// `name=` (already decoded and trimmed) and gives the value, or a Rejection: the link keeps
// working, the parameter falls back (to `kept` when part of the value is usable, else to its
// default) and the shell names the value in a notice. Codecs never throw.
import type { SortState } from './values';

export class Rejection<T> {
  constructor(
    /** what of the value is still usable, e.g. the well-formed start of a drill path */
    readonly kept?: T,
    /** how the notice names the value when the text itself would not say what is wrong */
    readonly shown?: string,
  ) {}
}

function reject<T>(kept?: T, shown?: string): Rejection<T> {
  return new Rejection(kept, shown);
}

export interface Codec<T> {
  parse(text: string): T | Rejection<T>;
  serialize(value: T): string;
}

export function oneOf<const T extends string>(list: readonly T[]): Codec<T> {
  return {
    parse: (text) => ((list as readonly string[]).includes(text) ? (text as T) : reject()),
    serialize: (value) => value,
  };
}

const YEAR = /^\d{4}$/;

export const year: Codec<number> = {
  parse: (text) => (YEAR.test(text) ? Number(text) : reject()),
  serialize: String,
};

/** Two different years, `2021,2026` (or `2021-2026`). */
export const yearPair: Codec<[number, number]> = {
  parse(text) {
    const [from, to, ...rest] = text.split(/[,-]/);
    if (from === undefined || to === undefined || rest.length > 0) return reject();
    return YEAR.test(from) && YEAR.test(to) && from !== to ? [Number(from), Number(to)] : reject();
  },
  serialize: (years) => years.join(','),
};

/** 类 › 款 › 项: no classification is deeper. */
const MAX_PATH_DEPTH = 3;

/**
 * Codes from the top joined by `.`: digits, at most three levels. Whether the codes exist is the
 * view's question (it shows the longest prefix that does, and says so); a malformed part cuts
 * the path there (`210.abc` keeps 210).
 */
export const drillPath: Codec<string[]> = {
  parse(text) {
    const codes = text.split('.').filter(Boolean);
    const firstBad = codes.findIndex((code, depth) => depth >= MAX_PATH_DEPTH || !/^\d{1,7}$/.test(code));
    return firstBad === -1 ? codes : reject(codes.slice(0, firstBad));
  },
  serialize: (codes) => codes.join('.'),
};

/** `<column>.asc` or `<column>.desc`. */
export const sortOrder: Codec<SortState> = {
  parse(text) {
    const match = /^([A-Za-z][A-Za-z0-9]{0,30})\.(asc|desc)$/.exec(text);
    return match?.[1] && match[2] ? { column: match[1], desc: match[2] === 'desc' } : reject();
  },
  serialize: (sort) => `${sort.column}.${sort.desc ? 'desc' : 'asc'}`,
};

export function text(maxLength: number): Codec<string> {
  return { parse: (value) => (value.length <= maxLength ? value : reject()), serialize: (value) => value };
}

export function matching(pattern: RegExp): Codec<string> {
  return { parse: (value) => (pattern.test(value) ? value : reject()), serialize: (value) => value };
}

/** Present without a value (`#kiosk`), or a yes or no in words or digits. */
export const flag: Codec<boolean> = {
  parse(text) {
    const word = text.toLowerCase();
    if (['', '1', 'true', 'yes', 'on'].includes(word)) return true;
    if (['0', 'false', 'no', 'off'].includes(word)) return false;
    return reject();
  },
  serialize: (on) => (on ? '1' : '0'),
};

/** Content hashes of pinned documents (16 hex digits each), comma-separated, at most four. */
export const contentHashes: Codec<string[]> = {
  parse(text) {
    const hashes = text.split(',').filter(Boolean);
    const wellFormed = hashes.length > 0 && hashes.length <= 4 && hashes.every((h) => /^[0-9a-f]{16}$/.test(h));
    return wellFormed ? hashes : reject();
  },
  serialize: (hashes) => hashes.join(','),
};

/** A number of seconds within [min, max], decimals allowed. */
export function seconds(min: number, max: number): Codec<number> {
  return {
    parse(text) {
      const n = Number(text);
      return /^\d+(\.\d+)?$/.test(text) && n >= min && n <= max ? n : reject();
    },
    serialize: String,
  };
}

/** A position counted from 1. */
export const ordinal: Codec<number> = {
  parse(text) {
    const n = Number(text);
    return text !== '' && Number.isInteger(n) && n >= 1 ? n : reject();
  },
  serialize: String,
};

/** Links separated by `|`, at most `max` of them (the rest are dropped, with a notice). */
export function linkList(max: number): Codec<readonly string[]> {
  return {
    parse(value) {
      const links = value
        .split('|')
        .map((link) => link.trim())
        .filter(Boolean);
      if (links.length === 0) return reject();
      return links.length > max ? reject(links.slice(0, max), `${links.length} > ${max}`) : links;
    },
    serialize: (links) => links.join('|'),
  };
}
