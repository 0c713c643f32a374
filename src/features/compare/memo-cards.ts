// The cards as the view renders them: memoised. The view re-renders on every change of the view
// state (chart rank, sort, filter, drill path, ...); a card whose props (the memoised pair, rows
// and figures of CompareView) did not change is skipped, and what it reads itself (language,
// unit, the view state it uses) still re-renders it through its own hooks.
import { memo } from 'react';
import { FiguresCard as Figures } from './FiguresCard';
import { LineTable as Lines } from './LineTable';
import { ProjectsCard as Projects } from './ProjectsCard';
import { SplitCard as Split } from './SplitCard';
import { TimelineCard as Timeline } from './TimelineCard';
import { TotalChange as Total } from './TotalChange';
import { UnitsCard as Units } from './UnitsCard';
import { WaterfallCard as Waterfall } from './WaterfallCard';

export const FiguresCard = memo(Figures);
export const LineTable = memo(Lines);
export const ProjectsCard = memo(Projects);
export const SplitCard = memo(Split);
export const TimelineCard = memo(Timeline);
export const TotalChange = memo(Total);
export const UnitsCard = memo(Units);
export const WaterfallCard = memo(Waterfall);
