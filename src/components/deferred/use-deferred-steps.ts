// A piece of deferred work as a component sees it: how many of its steps may be drawn now, from 0
// (not yet: it waits for its turn) to `steps` (whole). Each step is a render of its own, in a
// task of its own, in the scheduler's order (scheduler.ts); under NoDeferredWork, inside a jump
// or while the page prints, the work is drawn whole from its first render.
import { startTransition, useEffect, useState, type RefObject } from 'react';
import { useScheduler } from './DeferredWork';
import type { Job } from './scheduler';

export interface DeferredSteps {
  /** how many steps the work takes; the last one leaves it whole */
  steps: number;
  /** near the viewport (use-near.ts) */
  near: boolean;
  /** done in idle time even while not near (what the page fills in by itself) */
  idle: boolean;
  /** its size on the page is final before it is drawn (see Job.sized) */
  sized: boolean;
  /** where the work is on the page while it waits */
  element: RefObject<Element | null>;
  /** false: it cannot start yet (what it draws is still loading); it joins the queue once true */
  ready?: boolean;
  /** kept from the first render: runs with each step, in the same update (e.g. to read a size it needs) */
  withStep?: () => void;
}

export function useDeferredSteps({ steps, near, idle, sized, element, ready = true, withStep }: DeferredSteps): number {
  const scheduler = useScheduler();
  const [step, setStep] = useState(() => (ready && scheduler.atOnce() ? steps : 0));
  const [job] = useState<Job>(() => ({
    near,
    idle,
    sized,
    element: () => element.current,
    run: (whole) => {
      const update = () => {
        withStep?.();
        setStep((s) => (whole ? steps : Math.min(s + 1, steps)));
      };
      // A step in its turn may be sliced by React and yields to input; whole, it is drawn at once
      // (the scheduler runs it inside flushSync).
      if (whole) update();
      else startTransition(update);
    },
  }));

  useEffect(() => {
    job.near = near;
    if (near) scheduler.wake();
  }, [scheduler, job, near]);

  // Waiting: in the queue; drawing: its turn goes on, or, once whole, to the next job.
  useEffect(() => {
    if (step === 0) {
      if (ready) scheduler.add(job);
    } else scheduler.stepped(job, step < steps);
  }, [scheduler, job, step, steps, ready]);

  useEffect(() => () => scheduler.remove(job), [scheduler, job]);
  return step;
}
