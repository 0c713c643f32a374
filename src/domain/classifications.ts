// The two classifications a view can show the spending by, the measures (columns) each one's table
// has, and its levels. One link parameter names a measure and one a level for both
// classifications, so a link can ask for what a classification does not have (measure=basic with
// cls=economic, level=3 for economic codes, which stop at 款): it then gets the total, or the
// deepest level, and the view says so where it reports invalid values.
import type { Level } from './hierarchy';

export const CLASSIFICATIONS = ['function', 'economic'] as const;
export type Classification = (typeof CLASSIFICATIONS)[number];

/** 表3 部门支出预算总表: 合计, 基本支出, 项目支出. */
export const FUNCTION_MEASURES = ['total', 'basic', 'project'] as const;
/** 表8 一般公共预算基本支出经济分类 (basic spending only): 合计, 人员经费, 公用经费. */
export const ECONOMIC_MEASURES = ['total', 'personnel', 'publicUse'] as const;
type FunctionMeasure = (typeof FUNCTION_MEASURES)[number];
type EconomicMeasure = (typeof ECONOMIC_MEASURES)[number];
export type ClassificationMeasure = FunctionMeasure | EconomicMeasure;

export const MEASURES_OF = { function: FUNCTION_MEASURES, economic: ECONOMIC_MEASURES } as const;
type MeasureOf<C extends Classification> = (typeof MEASURES_OF)[C][number];

/** A level of the classification's codes, or every level at once. */
export type LevelChoice = `${Level}` | 'all';

/** How deep each classification's codes go: 类 > 款 > 项 for function, 类 > 款 for economic. */
export const DEPTH_OF: Record<Classification, Level> = { function: 3, economic: 2 };

export const LEVELS_OF: Record<Classification, readonly LevelChoice[]> = {
  function: ['1', '2', '3', 'all'],
  economic: ['1', '2', 'all'],
};

export function measuresOf<C extends Classification>(cls: C): readonly MeasureOf<C>[] {
  return MEASURES_OF[cls];
}

export function isMeasureOf<C extends Classification>(cls: C, measure: string): measure is MeasureOf<C> {
  return (MEASURES_OF[cls] as readonly string[]).includes(measure);
}

/** The measure if the classification has it, else the total (`valid: false`, for a notice). */
export function resolveMeasure(
  cls: Classification,
  measure: ClassificationMeasure,
): { measure: ClassificationMeasure; valid: boolean } {
  return isMeasureOf(cls, measure) ? { measure, valid: true } : { measure: 'total', valid: false };
}

export function effectiveMeasure(cls: Classification, measure: ClassificationMeasure): ClassificationMeasure {
  return resolveMeasure(cls, measure).measure;
}

/** The level if the classification's codes go that deep, else its deepest level. */
export function effectiveLevel(cls: Classification, level: LevelChoice): LevelChoice {
  return LEVELS_OF[cls].includes(level) ? level : `${DEPTH_OF[cls]}`;
}
