// The kiosk's settings, from its link (src/state/link/kiosk-link.ts) read once at start. A value
// the kiosk cannot use falls back to its default and is listed in the kiosk's control bar, so a
// typo never stops a presentation.
import { parseKioskLink } from '../../state/link/kiosk-link';
import { inParameterOrder, type UrlNotice } from '../../state/link/link';
import { type KioskLang, type Theme, type UnitParam } from '../../state/link/values';
import { parseSlides, type Slide } from './tour';
import { LANGS, type Lang } from '../../domain/lang';

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
  /** the department every slide shows */
  dept: string;
  notices: UrlNotice[];
}

const WATCHDOG_MS = 8_000;

export function parseKioskConfig(hash: string): KioskConfig {
  const { state: link, notices } = parseKioskLink(hash);
  const tour = parseSlides(link.tour);
  return {
    slides: tour.slides,
    intervalMs: Math.round(link.interval * 1000),
    startIndex: link.start - 1,
    idleMs: Math.round(link.idle * 1000),
    watchdogMs: WATCHDOG_MS,
    lang: link.lang,
    theme: link.theme,
    unit: link.unit,
    dept: link.dept,
    notices: inParameterOrder('kiosk', [...notices, ...tour.notices]),
  };
}

/** The language of a round of the tour: fixed, or zh-CN and en in turn when alternating. */
export function languageForRound(lang: KioskLang | null, round: number, fallback: Lang): Lang {
  if (lang === 'alt') {
    const first = LANGS.indexOf(fallback);
    return LANGS[(first + round) % LANGS.length] ?? fallback;
  }
  return lang ?? fallback;
}
