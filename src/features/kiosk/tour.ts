// A kiosk tour is a list of slides, and a slide is nothing but a view link: the same hash the full
// app writes (`view=explore&year=2026&path=210.21015`). The kiosk renders it with the ordinary view
// components through a memory view-state source, so it never re-implements a view.
//
// Two markers exist to exercise the failure paths end to end (documented in the README):
// `kiosk-test-throw` makes the slide throw while rendering, `kiosk-test-hang` makes it wait forever.
// They take effect only inside a kiosk tour; the full app reports them as unknown parameters.
import { DEFAULT_VIEW_STATE, serializeViewState, type ViewState } from '../../state/link/app-link';
import { parseSlideLink } from '../../state/link/kiosk-link';
import type { UrlNotice } from '../../state/link/link';
import type { Theme, UnitParam } from '../../state/link/values';
import type { Lang } from '../../domain/lang';

export type SlideFault = 'throw' | 'hang' | null;

export interface Slide {
  /** the slide's view state as its link gives it */
  state: ViewState;
  /** test marker: how this slide is made to fail on purpose */
  fault: SlideFault;
}

/** Parse one slide link; unknown or invalid values fall back to their defaults and are reported. */
export function parseSlide(link: string): { slide: Slide; notices: UrlNotice[] } {
  const { state, notices } = parseSlideLink(link);
  const { testThrow, testHang, ...view } = state;
  return {
    slide: { state: view, fault: testHang ? 'hang' : testThrow ? 'throw' : null },
    notices: notices.map((n) => ({ param: `tour: ${n.param}`, value: n.value })),
  };
}

/** The slides of the tour's links, with what each link gets wrong. */
export function parseSlides(links: readonly string[]): { slides: Slide[]; notices: UrlNotice[] } {
  const notices: UrlNotice[] = [];
  const slides = links.map((link) => {
    const result = parseSlide(link);
    notices.push(...result.notices);
    return result.slide;
  });
  return { slides, notices };
}

/** What the whole tour imposes on every slide: its language, and theme and unit where set. */
export interface SlideOverrides {
  lang: Lang;
  theme: Theme | null;
  unit: UnitParam | null;
  /** the tour's department: every slide shows it */
  dept: string;
}

/** The hash a slide is rendered with: tour-wide settings apply where the slide keeps the default. */
export function slideHash(slide: Slide, overrides: SlideOverrides): string {
  const state: ViewState = { ...slide.state, lang: overrides.lang, dept: overrides.dept };
  if (overrides.theme && state.theme === DEFAULT_VIEW_STATE.theme) state.theme = overrides.theme;
  // 'auto' rather than nothing: a kiosk shows the tour's unit, not one remembered on its browser.
  if (state.unit === null) state.unit = overrides.unit ?? 'auto';
  return serializeViewState(state);
}
