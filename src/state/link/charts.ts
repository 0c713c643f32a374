// The charts an embed can show (its `chart` parameter), and the kind of each: the share dialog
// writes embed codes for them, the embed draws them, and export file names are made from them.
import { TABLE_IDS, type TableId } from './values';

export const TREEMAP_CHARTS = ['treemap-function', 'treemap-economic'] as const;
const TABLE_CHARTS = TABLE_IDS.map((id) => `table-${id}` as const);
export const COMPARE_CHARTS = ['compare-bars', 'compare-bars-economic'] as const;
export const CHART_IDS = [...TREEMAP_CHARTS, ...TABLE_CHARTS, ...COMPARE_CHARTS] as const;
export type ChartId = (typeof CHART_IDS)[number];
export const DEFAULT_CHART: ChartId = 'treemap-function';

export function isTreemapChart(chart: ChartId): chart is (typeof TREEMAP_CHARTS)[number] {
  return (TREEMAP_CHARTS as readonly string[]).includes(chart);
}

export function isCompareChart(chart: ChartId): chart is (typeof COMPARE_CHARTS)[number] {
  return (COMPARE_CHARTS as readonly string[]).includes(chart);
}

export function tableOfChart(chart: ChartId): TableId | null {
  return chart.startsWith('table-') ? (chart.slice('table-'.length) as TableId) : null;
}
