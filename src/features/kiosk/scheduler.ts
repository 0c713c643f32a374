// The tour as a pure state machine: which slide shows, whether the tour plays, and when it moves
// on. Time comes in with every event (`now`, in ms), so the rules are tested without a browser and
// without fake timers. The player feeds it one heartbeat tick a few times a second; comparing
// against deadlines (instead of arming one timer per slide) means a late or lost timer, a tab that
// was throttled or a machine that slept can delay a transition but never stop the tour.
//
// Rules:
// - playing: a slide that has rendered stays `interval`, then the next one shows; after the last
//   comes the first again, and the round counter goes up (the language alternates per round).
// - watchdog: a slide that has not rendered `watchdog` after it was mounted counts as failed.
// - a failed slide (it threw, it hung, it rendered nothing) is skipped at once; when every slide of
//   the tour has failed in a row the tour rests one interval (a message, never a blank) and tries again.
// - manual moves (keys, buttons) and any other input pause the tour; `idle` after the last input
//   it goes back to the first slide and plays again.

export interface TourTiming {
  count: number;
  intervalMs: number;
  idleMs: number;
  watchdogMs: number;
}

export interface TourState {
  index: number;
  /** goes up at every slide change: the key that mounts a fresh slide, and unmounts the old one */
  serial: number;
  /** completed passes through the tour */
  round: number;
  playing: boolean;
  /** when the current slide was mounted, or when it finished rendering */
  shownAt: number;
  rendered: boolean;
  lastInputAt: number;
  /** failures in a row; reset by a slide that renders */
  failuresInRow: number;
  failuresTotal: number;
  /** every slide failed in a row: nothing is tried again before this time */
  restingUntil: number | null;
  transitions: number;
}

export type TourEvent =
  | { type: 'tick'; now: number }
  | { type: 'next' | 'previous' | 'first' | 'last'; now: number }
  | { type: 'input'; now: number }
  /** presence without intent (the pointer moved): keeps a paused tour paused, never pauses it */
  | { type: 'activity'; now: number }
  | { type: 'toggle'; now: number }
  | { type: 'rendered'; serial: number; now: number }
  | { type: 'failed'; serial: number; now: number };

export function initialTourState(startIndex: number, now: number): TourState {
  return {
    index: startIndex,
    serial: 1,
    round: 0,
    playing: true,
    shownAt: now,
    rendered: false,
    lastInputAt: now,
    failuresInRow: 0,
    failuresTotal: 0,
    restingUntil: null,
    transitions: 0,
  };
}

function show(
  state: TourState,
  timing: TourTiming,
  target: number,
  now: number,
  patch: Partial<TourState> = {},
): TourState {
  const count = Math.max(1, timing.count);
  const wrappedForward = target >= count;
  const index = ((target % count) + count) % count;
  return {
    ...state,
    index,
    serial: state.serial + 1,
    round: wrappedForward ? state.round + 1 : state.round,
    shownAt: now,
    rendered: false,
    restingUntil: null,
    transitions: state.transitions + 1,
    ...patch,
  };
}

function pause(now: number): Partial<TourState> {
  return { playing: false, lastInputAt: now };
}

function fail(state: TourState, timing: TourTiming, now: number): TourState {
  const failuresInRow = state.failuresInRow + 1;
  const failuresTotal = state.failuresTotal + 1;
  if (failuresInRow >= Math.max(1, timing.count)) {
    return { ...state, failuresInRow, failuresTotal, rendered: false, restingUntil: now + timing.intervalMs };
  }
  return show(state, timing, state.index + 1, now, { failuresInRow, failuresTotal });
}

function tick(state: TourState, timing: TourTiming, now: number): TourState {
  if (state.restingUntil !== null) {
    return now >= state.restingUntil ? show(state, timing, state.index + 1, now, { failuresInRow: 0 }) : state;
  }
  if (!state.rendered && now - state.shownAt >= timing.watchdogMs) return fail(state, timing, now);
  if (!state.playing) {
    return now - state.lastInputAt >= timing.idleMs ? show(state, timing, 0, now, { playing: true }) : state;
  }
  if (state.rendered && now - state.shownAt >= timing.intervalMs) return show(state, timing, state.index + 1, now);
  return state;
}

export function tourReducer(state: TourState, event: TourEvent, timing: TourTiming): TourState {
  switch (event.type) {
    case 'tick':
      return tick(state, timing, event.now);
    case 'next':
      return show(state, timing, state.index + 1, event.now, pause(event.now));
    case 'previous':
      return show(state, timing, state.index - 1, event.now, pause(event.now));
    case 'first':
      return show(state, timing, 0, event.now, pause(event.now));
    case 'last':
      return show(state, timing, timing.count - 1, event.now, pause(event.now));
    case 'input':
      return state.playing || event.now - state.lastInputAt > 250 ? { ...state, ...pause(event.now) } : state;
    case 'activity':
      return !state.playing && event.now - state.lastInputAt > 250 ? { ...state, lastInputAt: event.now } : state;
    case 'toggle':
      return state.playing
        ? { ...state, ...pause(event.now) }
        : { ...state, playing: true, shownAt: event.now, lastInputAt: event.now };
    case 'rendered':
      if (event.serial !== state.serial || state.rendered) return state;
      return { ...state, rendered: true, shownAt: event.now, failuresInRow: 0 };
    case 'failed':
      return event.serial === state.serial && state.restingUntil === null ? fail(state, timing, event.now) : state;
  }
}
