// The iframe height the embed code starts with, and keeps when the host strips the resize
// script: about what the chart needs at a common article width (the frame scrolls if not).
import { isTreemapChart, tableOfChart, type ChartId } from '../../state/link/charts';

export function fallbackHeightOf(chart: ChartId): number {
  if (isTreemapChart(chart)) return 640;
  if (tableOfChart(chart)) return 720;
  return 600;
}
