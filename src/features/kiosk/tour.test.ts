import { describe, expect, it } from 'vitest';
import { DEFAULT_TOUR_LINKS, MAX_SLIDES } from '../../state/link/values';
import { parseKioskConfig } from './kiosk-params';
import { parseSlide, slideHash } from './tour';

/** The tour of a kiosk link with this `tour` value (null: a link without one). */
const parseTour = (value: string | null) =>
  parseKioskConfig(value === null ? '#kiosk' : `#kiosk&tour=${encodeURIComponent(value)}`);

describe('kiosk tour', () => {
  it('a slide is a view link: bare, with ; between parameters, or a whole copied link', () => {
    for (const link of [
      'view=explore&year=2026&path=210.21015',
      'view=explore;year=2026;path=210.21015',
      'https://example.org/hsa/#view=explore&year=2026&path=210.21015',
    ]) {
      const { slide, notices } = parseSlide(link);
      expect(notices).toEqual([]);
      expect(slide.state).toMatchObject({ view: 'explore', year: 2026, path: ['210', '21015'] });
      expect(slide.fault).toBeNull();
    }
  });

  it('splits slides at |, readable form included', () => {
    const { slides, notices } = parseTour('view=overview|view=explore;year=2021|view=compare');
    expect(notices).toEqual([]);
    expect(slides.map((s) => s.state.view)).toEqual(['overview', 'explore', 'compare']);
    expect(slides[1]?.state.year).toBe(2021);
  });

  it('reports what a slide link gets wrong and keeps the slide with the defaults', () => {
    const { slides, notices } = parseTour('view=nowhere|view=explore;year=20x6');
    expect(slides).toHaveLength(2);
    expect(slides[0]?.state.view).toBe('overview');
    expect(notices).toEqual([
      { param: 'tour: view', value: 'nowhere' },
      { param: 'tour: year', value: '20x6' },
    ]);
  });

  it('an empty tour parameter gives the default tour and a notice', () => {
    const { slides, notices } = parseTour(' | ');
    expect(slides).toHaveLength(DEFAULT_TOUR_LINKS.length);
    expect(notices).toHaveLength(1);
    expect(parseTour(null).notices).toEqual([]);
  });

  it('caps the number of slides', () => {
    const { slides, notices } = parseTour(Array.from({ length: MAX_SLIDES + 5 }, () => 'view=overview').join('|'));
    expect(slides).toHaveLength(MAX_SLIDES);
    expect(notices).toHaveLength(1);
  });

  it('recognises the test markers and leaves them out of the view state', () => {
    const thrown = parseSlide('view=explore;kiosk-test-throw');
    expect(thrown.slide.fault).toBe('throw');
    expect(thrown.notices).toEqual([]);
    expect(parseSlide('view=compare&kiosk-test-hang=1').slide.fault).toBe('hang');
  });

  it('renders every slide in the tour language; theme and unit fill in where the slide has none', () => {
    const { slide } = parseSlide('view=explore;year=2026;unit=yuan;lang=en');
    expect(slideHash(slide, { lang: 'zh-CN', theme: 'dark', unit: 'large', dept: 'shanghai-hsa' })).toBe(
      '#view=explore&year=2026&unit=yuan&lang=zh-CN&theme=dark',
    );
    // Without a unit anywhere the kiosk asks for auto, never for a unit remembered on its browser.
    expect(
      slideHash(parseSlide('view=explore').slide, { lang: 'zh-CN', theme: null, unit: null, dept: 'shanghai-hsa' }),
    ).toBe('#view=explore&unit=auto&lang=zh-CN');
    expect(
      slideHash(parseSlide('view=explore').slide, { lang: 'zh-CN', theme: null, unit: 'large', dept: 'shanghai-hsa' }),
    ).toBe('#view=explore&unit=large&lang=zh-CN');
  });

  it('shows the tour’s department on every slide, whatever a slide link says', () => {
    const { slide } = parseSlide('dept=putuo-finance;view=explore');
    expect(slideHash(slide, { lang: 'en', theme: null, unit: null, dept: 'imported-0a1b2c3d' })).toBe(
      '#dept=imported-0a1b2c3d&view=explore&unit=auto&lang=en',
    );
  });
});
