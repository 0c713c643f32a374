// The work a view puts off so that no task of the main thread grows long on a phone (a card drawn
// in place of its placeholder, a chart drawn stage by stage), done one piece per task, the next
// only once the previous one is committed:
// - work near the viewport first, in document order, each in a task of its own;
// - work that may be done unseen (a card: the page fills in by itself, nobody has to scroll for
//   it) in idle time, in document order;
// - the rest (a chart far down the page) waits until the reader nears it.
// A job of several steps keeps its turn until its last step. A jump or print needs the page
// drawn now: `now` does what they need synchronously, each job whole. The React side is
// DeferredWork.tsx and use-deferred-steps.ts.
import { flushSync } from 'react-dom';
import { isPrinting } from '../use-printing';
import { whenIdle } from './idle';

export interface Job {
  /** near the viewport: its turn comes before the others' */
  near: boolean;
  /** done in idle time even while not near */
  readonly idle: boolean;
  /** its size on the page is final before it is done (a chart in a box holding its height): a jump past it need not do it */
  readonly sized: boolean;
  /** where it is on the page: its place in the order, and whether a jump needs it */
  element(): Element | null;
  /** its next step, in its turn (as a transition), or (whole) every step left, synchronously */
  run(whole: boolean): void;
}

export interface Scheduler {
  /** nothing is put off: every job is done whole as soon as it is added (a kiosk slide, an embed) */
  readonly off: boolean;
  /** whether what mounts now is to be drawn whole: off, inside `now`, or while the page prints */
  atOnce(): boolean;
  add(job: Job): void;
  remove(job: Job): void;
  /** a job came near: its turn may come sooner */
  wake(): void;
  /** the job's step is committed; `more`: it has steps left and keeps its turn */
  stepped(job: Job, more: boolean): void;
  /** does, whole and before returning, what a jump to `scope` needs ('all': what print needs), with `update` */
  now(scope: Element | 'all', update?: () => void): void;
  dispose(): void;
}

/** What the scheduler needs of the page; the tests give their own. */
export interface Host {
  task(work: () => void): () => void;
  idle(work: () => void): () => void;
  flush(update: () => void): void;
  printing(): boolean;
  /** `a` comes before `b` in the document */
  precedes(a: Element, b: Element): boolean;
  contains(scope: Element, element: Element): boolean;
}

const browser: Host = {
  task: (work) => {
    const handle = window.setTimeout(work, 0);
    return () => window.clearTimeout(handle);
  },
  idle: whenIdle,
  flush: flushSync,
  printing: isPrinting,
  precedes: (a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
  contains: (scope, element) => scope.contains(element),
};

/** No deferral: every job is done whole when it is added. */
export const AT_ONCE: Scheduler = {
  off: true,
  atOnce: () => true,
  add: (job) => job.run(true),
  remove: () => undefined,
  wake: () => undefined,
  stepped: () => undefined,
  now: (_scope, update) => update?.(),
  dispose: () => undefined,
};

export function createScheduler(host: Host = browser): Scheduler {
  const waiting = new Set<Job>();
  /** The job whose turn it is, until its last step is committed; `due`: its next step waits for a task. */
  let current: Job | null = null;
  let due = false;
  let pending: { idle: boolean; cancel: () => void } | null = null;
  let urgent = 0;

  const earlier = (a: Job, b: Job) => {
    const [ea, eb] = [a.element(), b.element()];
    return ea !== null && (eb === null || host.precedes(ea, eb));
  };
  const first = (wanted: (job: Job) => boolean) => {
    let found: Job | null = null;
    for (const job of waiting) if (wanted(job) && (found === null || earlier(job, found))) found = job;
    return found;
  };
  const isNear = (job: Job) => job.near;
  const isIdle = (job: Job) => job.idle;
  const any = (wanted: (job: Job) => boolean) => {
    for (const job of waiting) if (wanted(job)) return true;
    return false;
  };

  function schedule(idle: boolean) {
    const cancel = (idle ? host.idle : host.task)(() => {
      pending = null;
      tick(idle);
    });
    pending = { idle, cancel };
  }

  function tick(idleTime: boolean) {
    if (current) {
      if (due) {
        due = false;
        current.run(false);
      }
      return;
    }
    const job = first(isNear) ?? (idleTime ? first(isIdle) : null);
    if (!job) return pump();
    waiting.delete(job);
    current = job;
    job.run(false);
  }

  function pump() {
    if (current) {
      if (due && !pending) schedule(false);
      return;
    }
    const near = any(isNear);
    // A task already asked for stays; an idle callback gives way to a task once something is near.
    if (pending && !(pending.idle && near)) return;
    pending?.cancel();
    pending = null;
    if (near) schedule(false);
    else if (any(isIdle)) schedule(true);
  }

  return {
    off: false,
    atOnce: () => urgent > 0 || host.printing(),
    add(job) {
      if (urgent > 0 || host.printing()) job.run(true);
      else if (job !== current && !waiting.has(job)) {
        waiting.add(job);
        pump();
      }
    },
    remove(job) {
      waiting.delete(job);
      if (current === job) {
        current = null;
        due = false;
      }
      pump();
    },
    wake: pump,
    stepped(job, more) {
      if (job !== current) return;
      if (more) due = true;
      else current = null;
      pump();
    },
    now(scope, update) {
      const needed = (job: Job) => {
        if (scope === 'all' || job.near) return true;
        const element = job.element();
        return element !== null && (host.contains(scope, element) || (!job.sized && host.precedes(element, scope)));
      };
      const jobs = [...waiting].filter(needed);
      const mid = current;
      current = null;
      due = false;
      urgent += 1;
      try {
        host.flush(() => {
          mid?.run(true);
          for (const job of jobs) {
            waiting.delete(job);
            job.run(true);
          }
          update?.();
        });
      } finally {
        urgent -= 1;
      }
      pump();
    },
    dispose() {
      pending?.cancel();
      pending = null;
      waiting.clear();
      current = null;
      due = false;
    },
  };
}
