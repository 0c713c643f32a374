// The stages a compare chart is drawn in, each a render in a task of its own (ChartSlot,
// charts/lazy.tsx): a recharts chart costs tens of ms of synchronous work (its store settles in
// layout effects, which React cannot slice), 100-300 ms whole on a phone. Drawn in stages, its
// frame, each axis, its bars and then its tooltip, no task is long.
import { createContext, useContext } from 'react';

export const STAGE = { frame: 1, xAxis: 2, yAxis: 3, bars: 4, tooltip: 5 } as const;
/** The last stage: the whole chart. */
export const DRAW_STAGES: number = STAGE.tooltip;
/** How far the drawing inside a ChartSlot may go (a chart outside one is drawn whole). */
export const DrawStageContext = createContext(DRAW_STAGES);
export const useDrawStage = (): number => useContext(DrawStageContext);
