// The kiosk's own link parameters, read from the page hash once at start:
//   #kiosk&tour=<slides>&interval=20&start=1&idle=60&lang=zh-CN|en|alt&theme=dark&unit=large
// Like the view state, parsing never throws: a value out of range falls back to its default and is
// reported as a notice (shown in the kiosk's control bar), so a typo never stops a presentation.
import {
  LANGS,
  THEMES,
  UNITS,
  type LangParam,
  type Theme,
  type UnitParam,
  type UrlNotice,
} from '../../state/url-state';
import { parseTour, type Slide } from './tour';

export type KioskLang = LangParam | 'alt';

export interface KioskConfig {
  slides: Slide[];
  /** time a slide stays on screen once it has rendered */
  intervalMs: number;
  /** 0-based index of the slide the tour starts with */
  startIndex: number;
  /** after this long without input a paused tour goes back to the first slide and plays again */
  idleMs: number;
  /** a slide that has not rendered after this long is skipped (the watchdog) */
  watchdogMs: number;
  /** null: the remembered or default language; 'alt': zh-CN and en in turn, one whole round each */
  lang: KioskLang | null;
  theme: Theme | null;
  unit: UnitParam | null;
  notices: UrlNotice[];
}

export const KIOSK_DEFAULTS = { intervalSeconds: 20, idleSeconds: 60, watchdogMs: 8_000 } as const;
const INTERVAL_RANGE = [1, 3600] as const; // seconds
const IDLE_RANGE = [1, 86_400] as const; // seconds

function readHash(hash: string): URLSearchParams {
  return new URLSearchParams(hash.replace(/^#\/?\??/, ''));
}

/** `#kiosk`, `#kiosk=1` or `#kiosk=true` turns the kiosk on; `#kiosk=0` or `false` does not. */
export function isKioskRequested(hash: string): boolean {
  const params = readHash(hash);
  if (!params.has('kiosk')) return false;
  return !['0', 'false', 'no', 'off'].includes((params.get('kiosk') ?? '').trim().toLowerCase());
}

function seconds(value: string | null, [min, max]: readonly [number, number]): number | undefined {
  if (value === null || !/^\d+(\.\d+)?$/.test(value.trim())) return undefined;
  const n = Number(value);
  return n >= min && n <= max ? n : undefined;
}

function oneOf<T extends string>(list: readonly T[], value: string | null): T | undefined {
  return value !== null && (list as readonly string[]).includes(value) ? (value as T) : undefined;
}

export function parseKioskConfig(hash: string): KioskConfig {
  const params = readHash(hash);
  const notices: UrlNotice[] = [];
  const reject = (param: string) => notices.push({ param, value: (params.get(param) ?? '').slice(0, 200) });

  const tour = parseTour(params.get('tour'));
  notices.push(...tour.notices);

  const interval = seconds(params.get('interval'), INTERVAL_RANGE);
  if (params.has('interval') && interval === undefined) reject('interval');
  const idle = seconds(params.get('idle'), IDLE_RANGE);
  if (params.has('idle') && idle === undefined) reject('idle');

  let startIndex = 0;
  if (params.has('start')) {
    const start = Number(params.get('start'));
    if (Number.isInteger(start) && start >= 1 && start <= tour.slides.length) startIndex = start - 1;
    else reject('start');
  }

  const langValue = params.get('lang');
  const lang: KioskLang | undefined = langValue === 'alt' ? 'alt' : oneOf(LANGS, langValue);
  if (langValue !== null && lang === undefined) reject('lang');
  const theme = oneOf(THEMES, params.get('theme'));
  if (params.has('theme') && theme === undefined) reject('theme');
  const unit = oneOf(UNITS, params.get('unit'));
  if (params.has('unit') && unit === undefined) reject('unit');

  return {
    slides: tour.slides,
    intervalMs: Math.round((interval ?? KIOSK_DEFAULTS.intervalSeconds) * 1000),
    startIndex,
    idleMs: Math.round((idle ?? KIOSK_DEFAULTS.idleSeconds) * 1000),
    watchdogMs: KIOSK_DEFAULTS.watchdogMs,
    lang: lang ?? null,
    theme: theme ?? null,
    unit: unit ?? null,
    notices,
  };
}

/** The language of a round of the tour: fixed, or zh-CN and en in turn when alternating. */
export function languageForRound(lang: KioskLang | null, round: number, fallback: LangParam): LangParam {
  if (lang === 'alt') {
    const first = LANGS.indexOf(fallback);
    return LANGS[(first + round) % LANGS.length] ?? fallback;
  }
  return lang ?? fallback;
}
