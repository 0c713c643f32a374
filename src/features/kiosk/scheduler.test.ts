import { describe, expect, it } from 'vitest';
import { initialTourState, tourReducer, type TourEvent, type TourState, type TourTiming } from './scheduler';

const timing: TourTiming = { count: 3, intervalMs: 10_000, idleMs: 60_000, watchdogMs: 8_000 };

function run(events: TourEvent[], state = initialTourState(0, 0)): TourState {
  return events.reduce((s, e) => tourReducer(s, e, timing), state);
}

/** The current slide renders at `now`. */
const rendered = (s: TourState, now: number): TourEvent => ({ type: 'rendered', serial: s.serial, now });

describe('tour scheduler', () => {
  it('stays on a rendered slide for the interval, then shows the next one', () => {
    let s = initialTourState(0, 0);
    s = tourReducer(s, rendered(s, 500), timing);
    expect(tourReducer(s, { type: 'tick', now: 10_400 }, timing).index).toBe(0);
    s = tourReducer(s, { type: 'tick', now: 10_500 }, timing);
    expect(s.index).toBe(1);
    expect(s.serial).toBe(2);
    expect(s.rendered).toBe(false);
  });

  it('wraps from the last slide to the first and counts the round', () => {
    let s = initialTourState(2, 0);
    s = tourReducer(s, rendered(s, 0), timing);
    s = tourReducer(s, { type: 'tick', now: 10_000 }, timing);
    expect(s.index).toBe(0);
    expect(s.round).toBe(1);
  });

  it('keeps going for hours: 10,000 transitions, no drift in the index', () => {
    let s = initialTourState(0, 0);
    let now = 0;
    for (let i = 0; i < 10_000; i += 1) {
      s = tourReducer(s, rendered(s, now), timing);
      now += timing.intervalMs;
      s = tourReducer(s, { type: 'tick', now }, timing);
    }
    expect(s.transitions).toBe(10_000);
    expect(s.index).toBe(10_000 % 3);
    expect(s.round).toBe(Math.floor(10_000 / 3));
  });

  it('skips a slide that throws at once, and goes on', () => {
    let s = initialTourState(0, 0);
    s = tourReducer(s, { type: 'failed', serial: s.serial, now: 100 }, timing);
    expect(s.index).toBe(1);
    expect(s.failuresTotal).toBe(1);
    expect(s.playing).toBe(true);
  });

  it('ignores a failure reported by a slide that is no longer shown', () => {
    const s = run([{ type: 'next', now: 0 }]);
    expect(tourReducer(s, { type: 'failed', serial: 1, now: 10 }, timing)).toBe(s);
  });

  it('the watchdog skips a slide that has not rendered in time', () => {
    const s = initialTourState(0, 0);
    expect(tourReducer(s, { type: 'tick', now: 7_999 }, timing).index).toBe(0);
    const after = tourReducer(s, { type: 'tick', now: 8_000 }, timing);
    expect(after.index).toBe(1);
    expect(after.failuresTotal).toBe(1);
  });

  it('rests one interval when every slide failed in a row, then tries again', () => {
    let s = initialTourState(0, 0);
    for (let i = 0; i < 3; i += 1) s = tourReducer(s, { type: 'failed', serial: s.serial, now: 0 }, timing);
    expect(s.restingUntil).toBe(10_000);
    const resting = tourReducer(s, { type: 'tick', now: 9_000 }, timing);
    expect(resting).toBe(s);
    s = tourReducer(s, { type: 'tick', now: 10_000 }, timing);
    expect(s.restingUntil).toBeNull();
    expect(s.failuresInRow).toBe(0);
    expect(s.serial).toBe(4);
  });

  it('a slide that renders resets the count of failures in a row', () => {
    let s = initialTourState(0, 0);
    s = tourReducer(s, { type: 'failed', serial: s.serial, now: 0 }, timing);
    s = tourReducer(s, rendered(s, 10), timing);
    expect(s.failuresInRow).toBe(0);
    expect(s.failuresTotal).toBe(1);
  });

  it('keys move between slides and pause the tour', () => {
    let s = run([
      { type: 'next', now: 1_000 },
      { type: 'next', now: 2_000 },
    ]);
    expect(s.index).toBe(2);
    expect(s.playing).toBe(false);
    s = tourReducer(s, { type: 'previous', now: 3_000 }, timing);
    expect(s.index).toBe(1);
    expect(run([{ type: 'previous', now: 0 }]).index).toBe(2);
    expect(run([{ type: 'last', now: 0 }]).index).toBe(2);
    expect(
      run([
        { type: 'last', now: 0 },
        { type: 'first', now: 1 },
      ]).index,
    ).toBe(0);
  });

  it('a paused tour does not advance, and returns to the first slide after idle', () => {
    let s = run([
      { type: 'next', now: 0 },
      { type: 'next', now: 1_000 },
    ]);
    s = tourReducer(s, rendered(s, 1_100), timing);
    expect(tourReducer(s, { type: 'tick', now: 60_999 }, timing).index).toBe(2);
    s = tourReducer(s, { type: 'tick', now: 61_000 }, timing);
    expect(s.index).toBe(0);
    expect(s.playing).toBe(true);
  });

  it('input pauses; later input and pointer activity push the idle deadline back', () => {
    let s = run([{ type: 'next', now: 0 }]);
    s = run([rendered(s, 100), { type: 'input', now: 1_000 }], s);
    expect(s.playing).toBe(false);
    s = tourReducer(s, { type: 'activity', now: 30_000 }, timing);
    const stillPaused = tourReducer(s, { type: 'tick', now: 61_000 }, timing);
    expect(stillPaused).toMatchObject({ index: 1, playing: false });
    expect(tourReducer(s, { type: 'tick', now: 90_000 }, timing)).toMatchObject({ index: 0, playing: true });
  });

  it('pointer activity alone never pauses a playing tour', () => {
    const s = initialTourState(0, 0);
    expect(tourReducer(s, { type: 'activity', now: 5 }, timing)).toBe(s);
  });

  it('toggle pauses and plays; playing again gives the slide its full time', () => {
    let s = initialTourState(0, 0);
    s = tourReducer(s, rendered(s, 0), timing);
    s = tourReducer(s, { type: 'toggle', now: 9_000 }, timing);
    expect(s.playing).toBe(false);
    s = tourReducer(s, { type: 'toggle', now: 20_000 }, timing);
    expect(s.playing).toBe(true);
    expect(tourReducer(s, { type: 'tick', now: 29_999 }, timing).index).toBe(0);
    expect(tourReducer(s, { type: 'tick', now: 30_000 }, timing).index).toBe(1);
  });

  it('a one-slide tour remounts its slide each interval and never divides by zero', () => {
    const one = { ...timing, count: 1 };
    let s = initialTourState(0, 0);
    s = tourReducer(s, rendered(s, 0), one);
    s = tourReducer(s, { type: 'tick', now: 10_000 }, one);
    expect(s.index).toBe(0);
    expect(s.serial).toBe(2);
  });
});
