import { describe, expect, it } from 'vitest';
import { AT_ONCE, createScheduler, type Host, type Job } from './scheduler';

// A page of numbered places: a job's element is its position, a section a range of positions.
type Place = { at: number; end?: number };
const el = (at: number, end?: number) => ({ at, end }) as unknown as Element;
const placeOf = (element: Element) => element as unknown as Place;

function fakeHost() {
  const tasks: (() => void)[] = [];
  const idles: (() => void)[] = [];
  const queue = (list: (() => void)[]) => (work: () => void) => {
    list.push(work);
    return () => list.splice(list.indexOf(work), 1);
  };
  const state = { printing: false, flushing: false };
  const host: Host = {
    task: queue(tasks),
    idle: queue(idles),
    flush: (update) => {
      state.flushing = true;
      update();
      state.flushing = false;
    },
    printing: () => state.printing,
    precedes: (a, b) => placeOf(a).at < placeOf(b).at,
    contains: (scope, element) => {
      const { at, end = at } = placeOf(scope);
      return placeOf(element).at >= at && placeOf(element).at <= end;
    },
  };
  const run = (list: (() => void)[]) => list.shift()?.();
  return { host, state, tasks, idles, task: () => run(tasks), idle: () => run(idles) };
}

/** A job that records its steps; `commit` stands for React committing the step it was given. */
function job(name: string, at: number, options: Partial<Pick<Job, 'near' | 'idle' | 'sized'>> & { steps?: number }) {
  const log: string[] = [];
  const steps = options.steps ?? 1;
  let step = 0;
  const j: Job & { log: string[]; step: () => number } = {
    near: options.near ?? false,
    idle: options.idle ?? false,
    sized: options.sized ?? false,
    element: () => el(at),
    run: (whole) => {
      step = whole ? steps : step + 1;
      log.push(whole ? `${name} whole` : `${name} ${step}`);
    },
    log,
    step: () => step,
  };
  return j;
}

describe('createScheduler', () => {
  it('does one job per task: near ones first in document order, the others in idle time', () => {
    const page = fakeHost();
    const s = createScheduler(page.host);
    const far = job('far', 30, { idle: true });
    const low = job('low', 20, { near: true, idle: true });
    const top = job('top', 10, { near: true, idle: true });
    for (const j of [far, low, top]) s.add(j);
    expect(page.tasks).toHaveLength(1);
    page.task();
    expect(top.log).toEqual(['top 1']);
    // Nothing else until the step is committed.
    expect(page.tasks).toHaveLength(0);
    s.stepped(top, false);
    page.task();
    expect(low.log).toEqual(['low 1']);
    s.stepped(low, false);
    expect(page.tasks).toHaveLength(0);
    page.idle();
    expect(far.log).toEqual(['far 1']);
  });

  it('keeps the turn of a job of several steps, one step per task, and leaves the far ones waiting', () => {
    const page = fakeHost();
    const s = createScheduler(page.host);
    const chart = job('chart', 10, { near: true, steps: 3, sized: true });
    const other = job('other', 5, { near: true, sized: true });
    const far = job('far', 50, { sized: true });
    s.add(chart);
    s.add(far);
    page.task();
    s.add(other);
    s.stepped(chart, true);
    page.task();
    s.stepped(chart, true);
    page.task();
    expect(chart.log).toEqual(['chart 1', 'chart 2', 'chart 3']);
    s.stepped(chart, false);
    page.task();
    expect(other.log).toEqual(['other 1']);
    s.stepped(other, false);
    expect(page.tasks.length + page.idles.length).toBe(0);
    far.near = true;
    s.wake();
    page.task();
    expect(far.log).toEqual(['far 1']);
  });

  it('a jump does at once what lies inside its section, near, or above it and not yet sized', () => {
    const page = fakeHost();
    const s = createScheduler(page.host);
    const above = job('above', 10, { idle: true });
    const aboveSized = job('aboveSized', 11, { sized: true });
    const inside = job('inside', 25, { sized: true });
    const near = job('near', 60, { near: true, sized: true });
    const below = job('below', 40, { idle: true });
    for (const j of [above, aboveSized, inside, near, below]) s.add(j);
    let flushed = false;
    s.now(el(20, 30), () => {
      flushed = page.state.flushing && s.atOnce();
    });
    expect(flushed).toBe(true);
    expect([above, aboveSized, inside, near, below].map((j) => j.step())).toEqual([1, 0, 1, 1, 0]);
    expect(s.atOnce()).toBe(false);
    // Print does everything.
    s.now('all');
    expect([aboveSized, below].map((j) => j.log)).toEqual([['aboveSized whole'], ['below whole']]);
  });

  it('a job gone in its turn passes the turn on', () => {
    const page = fakeHost();
    const s = createScheduler(page.host);
    const a = job('a', 1, { near: true });
    const b = job('b', 2, { near: true });
    s.add(a);
    s.add(b);
    page.task();
    s.remove(a);
    page.task();
    expect(b.log).toEqual(['b 1']);
  });

  it('while printing, and when off, a job is done whole as soon as it comes', () => {
    const page = fakeHost();
    const s = createScheduler(page.host);
    page.state.printing = true;
    const a = job('a', 1, {});
    s.add(a);
    expect(a.log).toEqual(['a whole']);
    const b = job('b', 1, {});
    AT_ONCE.add(b);
    expect(b.log).toEqual(['b whole']);
    expect(AT_ONCE.atOnce()).toBe(true);
  });
});
