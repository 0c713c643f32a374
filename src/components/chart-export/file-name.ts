// The name a download is saved under: what it shows, its years and drill path, in ASCII, so that
// two charts never save under the same name (and the browser never adds "(1)" to the second).
// The chart is named by its embed chart id (treemap-function, table-threePublic, compare-bars)
// or, for a chart without an embed, by the id its view gives it (compare-waterfall-category).
import { exportFileName } from './download';
import type { ChartId } from '../../state/link/charts';

export interface FileNameParts {
  embedChart?: ChartId;
  /** an ASCII id of the chart, used when it has no embed chart id */
  exportId?: string;
  /** the view, the last resort: a view with one chart */
  view: string;
  years: readonly number[];
  path: readonly string[];
}

/** e.g. hsa-budget-treemap-function-2026-210.png, hsa-budget-compare-waterfall-category-2021-2026.csv */
export function shareFileName({ embedChart, exportId, view, years, path }: FileNameParts, extension: string): string {
  return exportFileName([embedChart ?? exportId ?? view, years.join('-'), path.join('.')], extension);
}
