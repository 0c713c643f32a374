// The size measures of each classification: the columns of its table that the treemap can use.
// The URL has one `measure` parameter for both; a measure that the classification does not
// have (e.g. measure=basic with cls=economic) falls back to the total and is reported.
import type { Classification, Measure } from '../../state/url-state';

export const FUNCTION_MEASURES = ['total', 'basic', 'project'] as const; // 合计, 基本支出, 项目支出 (表3)
export const ECONOMIC_MEASURES = ['total', 'personnel', 'publicUse'] as const; // 合计, 人员经费, 公用经费 (表8)

export type FunctionMeasureKey = (typeof FUNCTION_MEASURES)[number];
export type EconomicMeasureKey = (typeof ECONOMIC_MEASURES)[number];

export function measuresOf(cls: Classification): readonly Measure[] {
  return cls === 'economic' ? ECONOMIC_MEASURES : FUNCTION_MEASURES;
}

export function resolveMeasure(cls: Classification, measure: Measure): { measure: Measure; valid: boolean } {
  return measuresOf(cls).includes(measure) ? { measure, valid: true } : { measure: 'total', valid: false };
}

export function isFunctionMeasure(measure: Measure): measure is FunctionMeasureKey {
  return (FUNCTION_MEASURES as readonly Measure[]).includes(measure);
}

export function isEconomicMeasure(measure: Measure): measure is EconomicMeasureKey {
  return (ECONOMIC_MEASURES as readonly Measure[]).includes(measure);
}
