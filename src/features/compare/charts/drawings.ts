// Every recharts drawing of the compare view, in one chunk with recharts (loaded by lazy.tsx).
export { BarsDrawing } from './BarsDrawing';
export { SplitDrawing } from './SplitDrawing';
export { TimelineDrawing } from './TimelineDrawing';
export { WaterfallDrawing } from './WaterfallDrawing';
