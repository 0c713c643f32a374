// When a chart's drawing may be drawn: one piece of one chart per task. A recharts chart costs
// tens of ms of synchronous work (its store settles in layout effects, which React cannot slice),
// so charts drawn together block the page together: the four of the first screen, all waiting for
// the drawings to load, once made one task of ~0.6 s at a phone's speed, and even one chart drawn
// whole is a 100-300 ms task there. Instead each waiting chart gets its turn in a task of its own,
// in the order the charts asked, once it is near the viewport (a chart far down the page waits
// until the reader nears it: its card's words and table are there meanwhile), and draws in
// stages (its frame, each axis, its bars, then its tooltip: STAGE), each stage in a task of its
// own; the next chart starts once the previous one is whole. A chart that has to be there at
// once (a jump, print) does not wait and draws whole: see drawAtOnce; nor does anything when the
// page is printed.
import { createContext, startTransition, useContext, useEffect, useState, type RefObject } from 'react';
import { DrawWholeContext } from '../../../components/draw-whole';
import { isPrinting, printMedia } from '../../../components/use-printing';
import { flushSync } from 'react-dom';

/** The stages of a drawing, each drawn in a task of its own; the last is the whole chart. */
export const STAGE = { frame: 1, xAxis: 2, yAxis: 3, bars: 4, tooltip: 5 } as const;
export const DRAW_STAGES: number = STAGE.tooltip;
/** How far the drawing inside a ChartSlot may go (a chart outside one is drawn whole). */
export const DrawStageContext = createContext(DRAW_STAGES);
export const useDrawStage = (): number => useContext(DrawStageContext);

interface Waiting {
  /** Draw the next stage (only in its turn), or (`whole`) all of them. */
  grant: (whole: boolean) => void;
  /** drawn to its last stage */
  whole: boolean;
  /** still mounted */
  live: boolean;
  /** near the viewport (or shown where nearness does not matter): its turn may come */
  near: boolean;
  /** where the chart is on the page (its loading box), for a jump that draws one section at once */
  element: () => Element | null;
}

const queue: Waiting[] = [];
/** The chart whose turn it is, until it is committed (or gone). */
let current: Waiting | null = null;
/** The drawings module is there (or failed: the charts then ask for it themselves, and retry). */
let arrived = false;
/** Inside drawAtOnce: charts shown now are drawn in the same render. */
let urgent = 0;

function next() {
  if (!arrived || current) return;
  // A chart drawn whole meanwhile (drawAtOnce) or gone has no turn to take.
  for (let at = queue.length - 1; at >= 0; at--) if (queue[at]!.whole || !queue[at]!.live) queue.splice(at, 1);
  // The first one near the viewport; the others keep their place until the reader nears them.
  const at = queue.findIndex((w) => w.near);
  if (at < 0) return;
  const [waiting] = queue.splice(at, 1) as [Waiting];
  current = waiting;
  const mine = waiting;
  // A task of its own: the previous chart's task (its commit, layout and paint) is over.
  window.setTimeout(() => mine.grant(false), 0);
}

function done(waiting: Waiting) {
  if (current !== waiting) return;
  current = null;
  next();
}

/** The drawings loaded (or failed to): the waiting charts take their turns. */
export function drawingsArrived() {
  arrived = true;
  next();
}

/**
 * Applies an update that must show its charts synchronously (a jump to a section, print): the
 * charts it shows are drawn in this render, if the drawings are loaded, and so are the waiting
 * charts in `scope`: every one for print ('all'); for a jump, those near the viewport and those in
 * the section jumped to. The others, far from both, keep waiting for the reader: drawing the
 * whole page's charts in one task is what the turns are there to avoid.
 */
export function drawAtOnce(update: () => void, scope: Element | 'all') {
  const inScope = (waiting: Waiting) => {
    if (scope === 'all' || waiting.near) return true;
    const element = waiting.element();
    return element !== null && scope.contains(element);
  };
  urgent += 1;
  try {
    flushSync(() => {
      current?.grant(true);
      for (const waiting of queue.filter(inScope)) {
        queue.splice(queue.indexOf(waiting), 1);
        waiting.grant(true);
      }
      update();
    });
  } finally {
    urgent -= 1;
  }
}

/**
 * How far the chart may be drawn now: 0 (not yet: it waits for its turn) up to DRAW_STAGES.
 * Its turn comes once it is `near` the viewport; it lasts until its last stage is committed;
 * each stage comes in a task of its own.
 */
export function useDrawTurn(near: boolean, box: RefObject<Element | null>): number {
  const drawWhole = useContext(DrawWholeContext);
  const [stage, setStage] = useState(() => (arrived && (urgent > 0 || isPrinting() || drawWhole) ? DRAW_STAGES : 0));
  // One entry in the queue for the chart's whole life, whatever stage it is at.
  const [me] = useState(() => {
    const step = (whole: boolean) => setStage((s) => (whole ? DRAW_STAGES : Math.min(s + 1, DRAW_STAGES)));
    // A stage in its turn renders as a transition, which React may split into short slices; a
    // whole chart (drawAtOnce) renders at once, inside flushSync.
    const waiting: Waiting = {
      live: true,
      whole: false,
      near: false,
      element: () => box.current,
      grant: (whole) => {
        if (!waiting.live) return;
        if (whole || drawWhole) step(true);
        else if (current === waiting) startTransition(() => step(false)); // a step only in its turn
      },
    };
    return waiting;
  });

  // After each stage is committed: the chart's first turn is queued; while it is drawing, its
  // next stage comes in the next task (it keeps the turn); once whole, the next chart's turn.
  useEffect(() => {
    // Live again when remounted (StrictMode's second mount runs this before the effect below).
    me.live = true;
    if (stage === 0) {
      me.near = near || drawWhole;
      if (!queue.includes(me) && current !== me) queue.push(me);
      next();
    } else if (stage < DRAW_STAGES) {
      const timer = window.setTimeout(() => me.grant(false), 0);
      return () => window.clearTimeout(timer);
    } else {
      me.whole = true;
      const at = queue.indexOf(me);
      if (at >= 0) queue.splice(at, 1);
      done(me);
    }
  }, [me, stage, near, drawWhole]);

  // Gone (unmounted, or drawn elsewhere): out of the queue, and its turn is over.
  useEffect(() => {
    me.live = true;
    return () => {
      me.live = false;
      const at = queue.indexOf(me);
      if (at >= 0) queue.splice(at, 1);
      done(me);
    };
  }, [me]);
  return stage;
}

// Printing draws every waiting chart before the page is laid out for paper.
if (typeof window !== 'undefined') {
  const all = () => {
    if (queue.length > 0 || current) drawAtOnce(() => undefined, 'all');
  };
  window.addEventListener('beforeprint', all);
  printMedia?.addEventListener?.('change', (event) => {
    if (event.matches) all();
  });
}
