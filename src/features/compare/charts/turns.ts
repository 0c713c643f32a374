// When a chart's drawing may be drawn: one chart per task. A recharts chart costs tens of ms of
// synchronous work (its store settles in layout effects, which React cannot slice), so charts
// drawn together block the page together: the four of the first screen, all waiting for the
// drawings to load, once made one task of ~0.6 s at a phone's speed. Instead each waiting chart
// gets its turn in a task of its own, in the order the charts asked, the next once the previous
// one is committed. A chart that has to be there at once (a jump, print) does not wait: see
// drawAtOnce; nor does anything when the page is printed.
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

interface Waiting {
  grant: () => void;
}

const queue: Waiting[] = [];
/** The chart whose turn it is, until it is committed (or gone). */
let current: Waiting | null = null;
/** The drawings module is there (or failed: the charts then ask for it themselves, and retry). */
let arrived = false;
/** Inside drawAtOnce: charts shown now are drawn in the same render. */
let urgent = 0;

// One MediaQueryList for the module: matchMedia() makes a new one per call, which a kiosk
// showing this view for hours would pile up.
const printQuery = typeof window !== 'undefined' ? window.matchMedia?.('print') : undefined;
const printing = () => printQuery?.matches === true;

function next() {
  if (!arrived || current || queue.length === 0) return;
  const waiting = queue.shift()!;
  current = waiting;
  // A task of its own: the previous chart's task (its commit, layout and paint) is over.
  window.setTimeout(waiting.grant, 0);
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
 * charts it shows, and all those still waiting, are drawn in this render, if the drawings are loaded.
 */
export function drawAtOnce(update: () => void) {
  urgent += 1;
  try {
    flushSync(() => {
      current?.grant();
      for (const waiting of queue.splice(0)) waiting.grant();
      update();
    });
  } finally {
    urgent -= 1;
  }
}

/** Whether the chart may be drawn now; if not, it waits for its turn. */
export function useDrawTurn(): boolean {
  const [ready, setReady] = useState(() => arrived && (urgent > 0 || printing()));
  useEffect(() => {
    if (ready) return;
    let live = true;
    const waiting: Waiting = { grant: () => (live ? setReady(true) : undefined) };
    queue.push(waiting);
    next();
    // Runs once the chart is committed (ready), or when it goes: either way its turn is over.
    return () => {
      live = false;
      const at = queue.indexOf(waiting);
      if (at >= 0) queue.splice(at, 1);
      done(waiting);
    };
  }, [ready]);
  return ready;
}

// Printing draws every waiting chart before the page is laid out for paper.
if (typeof window !== 'undefined') {
  const all = () => {
    if (queue.length > 0 || current) drawAtOnce(() => undefined);
  };
  window.addEventListener('beforeprint', all);
  printQuery?.addEventListener?.('change', (event) => {
    if (event.matches) all();
  });
}
