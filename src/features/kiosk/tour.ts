// A kiosk tour is a list of slides, and a slide is nothing but a view link: the same hash the full
// app writes (`view=explore&year=2026&path=210.21015`). The kiosk renders it with the ordinary view
// components through a memory view-state source, so it never re-implements a view.
//
// In the `tour` parameter slides are separated by `|`. Inside one slide the parameters are joined
// by `&` written as `%26` (what encodeURIComponent gives) or, readably, by `;`. A slide may also be
// a whole link copied from the address bar: everything up to `#` is dropped.
//
// Two markers exist to exercise the failure paths end to end (documented in the README):
// `kiosk-test-throw` makes the slide throw while rendering, `kiosk-test-hang` makes it wait forever.
// They take effect only inside a kiosk tour; the full app reports them as unknown parameters.
import {
  DEFAULT_VIEW_STATE,
  parseViewState,
  serializeViewState,
  type LangParam,
  type Theme,
  type UnitParam,
  type UrlNotice,
  type ViewState,
} from '../../state/url-state';

export type SlideFault = 'throw' | 'hang' | null;

export interface Slide {
  /** the slide's view state as its link gives it */
  state: ViewState;
  /** test marker: how this slide is made to fail on purpose */
  fault: SlideFault;
}

/**
 * The story: overview, the treemap of the latest year, a drill into 210 卫生健康支出 > 21015
 * 医疗保障管理事务, the earliest against the latest year, 三公, the projects. Years are left to the
 * views' defaults (the latest, and earliest vs latest), which with the published documents are
 * 2026 and 2021 vs 2026; a document added later then joins the story without editing this list.
 */
export const DEFAULT_TOUR_LINKS: readonly string[] = [
  'view=overview',
  'view=explore',
  'view=explore&path=210.21015',
  'view=compare',
  'view=tables&table=threePublic',
  'view=projects',
];

export const MAX_SLIDES = 50;
const FAULT_MARKERS: Record<string, Exclude<SlideFault, null>> = {
  'kiosk-test-throw': 'throw',
  'kiosk-test-hang': 'hang',
};

/** Parse one slide link; unknown or invalid values fall back to their defaults and are reported. */
export function parseSlide(link: string): { slide: Slide; notices: UrlNotice[] } {
  const hashAt = link.indexOf('#');
  const text = (hashAt >= 0 ? link.slice(hashAt + 1) : link).replace(/;/g, '&');
  const params = new URLSearchParams(text);
  let fault: SlideFault = null;
  for (const [marker, kind] of Object.entries(FAULT_MARKERS)) {
    if (params.has(marker)) {
      fault = kind;
      params.delete(marker);
    }
  }
  const parsed = parseViewState(params.toString());
  return {
    slide: { state: parsed.state, fault },
    notices: parsed.notices.map((n) => ({ param: `tour: ${n.param}`, value: n.value })),
  };
}

export function parseTour(value: string | null): { slides: Slide[]; notices: UrlNotice[] } {
  const links = (value ?? '')
    .split('|')
    .map((link) => link.trim())
    .filter(Boolean);
  const notices: UrlNotice[] = [];
  if (value !== null && links.length === 0) notices.push({ param: 'tour', value });
  if (links.length > MAX_SLIDES) notices.push({ param: 'tour', value: `${links.length} > ${MAX_SLIDES}` });
  const chosen = links.length > 0 ? links.slice(0, MAX_SLIDES) : DEFAULT_TOUR_LINKS;
  const slides = chosen.map((link) => {
    const result = parseSlide(link);
    notices.push(...result.notices);
    return result.slide;
  });
  return { slides, notices };
}

/** What the whole tour imposes on every slide: its language, and theme and unit where set. */
export interface SlideOverrides {
  lang: LangParam;
  theme: Theme | null;
  unit: UnitParam | null;
}

/** The hash a slide is rendered with: tour-wide settings apply where the slide keeps the default. */
export function slideHash(slide: Slide, overrides: SlideOverrides): string {
  const state: ViewState = { ...slide.state, lang: overrides.lang };
  if (overrides.theme && state.theme === DEFAULT_VIEW_STATE.theme) state.theme = overrides.theme;
  // 'auto' rather than nothing: a kiosk shows the tour's unit, not one remembered on its browser.
  if (state.unit === null) state.unit = overrides.unit ?? 'auto';
  return serializeViewState(state);
}
