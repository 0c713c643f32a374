import { describe, expect, it } from 'vitest';
import { scrollStops } from './slide-scroll';

describe('paging through a slide taller than the screen', () => {
  it('does nothing when the slide fits', () => {
    expect(scrollStops(900, 900, 20_000)).toEqual([]);
    expect(scrollStops(901, 900, 20_000)).toEqual([]);
    expect(scrollStops(500, 0, 20_000)).toEqual([]);
  });

  it('shares the slide time between its screenfuls, keeping a tenth of the last one', () => {
    // 1000 px of screen, 2500 px of slide: stops at 900 and 1500 (the bottom), thirds of 30 s.
    expect(scrollStops(2500, 1000, 30_000)).toEqual([
      { atMs: 10_000, top: 900 },
      { atMs: 20_000, top: 1500 },
    ]);
  });

  it('a little overflow: one stop, half way through', () => {
    expect(scrollStops(1100, 1000, 20_000)).toEqual([{ atMs: 10_000, top: 100 }]);
  });
});
