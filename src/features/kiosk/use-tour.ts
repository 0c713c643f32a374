// The tour state and its heartbeat: one interval timer for the life of the player, cleared on
// unmount, that feeds the clock to the pure scheduler (scheduler.ts). No timer per slide.
import { useCallback, useEffect, useReducer } from 'react';
import { initialTourState, tourReducer, type TourEvent, type TourState, type TourTiming } from './scheduler';

const HEARTBEAT_MS = 250;

type TourAction = TourEvent extends infer E ? (E extends { now: number } ? Omit<E, 'now'> : never) : never;

export function useTour(timing: TourTiming, startIndex: number): [TourState, (action: TourAction) => void] {
  const [state, dispatch] = useReducer(
    (current: TourState, event: TourEvent) => tourReducer(current, event, timing),
    startIndex,
    (index) => initialTourState(index, Date.now()),
  );
  const send = useCallback((action: TourAction) => dispatch({ ...action, now: Date.now() } as TourEvent), []);

  useEffect(() => {
    const timer = window.setInterval(() => dispatch({ type: 'tick', now: Date.now() }), HEARTBEAT_MS);
    return () => window.clearInterval(timer);
  }, []);

  return [state, send];
}
