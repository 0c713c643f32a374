// The line-by-line comparison of two documents: which table each classification compares and
// the rows at a level. The arithmetic is src/domain/compare.ts; filter, sort and CSV are the
// shared hierarchical table's (src/components/hier-table).
import { effectiveMeasure, isMeasureOf, type Classification, type LevelChoice } from '../../../domain/classifications';
import { diffRows, type DiffRow } from '../../../domain/compare';
import type { BudgetDocument, EconomicRow, FunctionRow } from '../../../domain/schema';
import type { Measure } from '../../../state/link/values';

/** function: 表3 部门支出预算总表; economic: 表8 一般公共预算基本支出经济分类 (basic spending only). */
export function compareLines(
  from: BudgetDocument,
  to: BudgetDocument,
  cls: Classification,
  measure: Measure,
): DiffRow[] {
  const m = effectiveMeasure(cls, measure);
  if (cls === 'economic')
    return diffRows<EconomicRow>(
      from.tables.basicByEconomic,
      to.tables.basicByEconomic,
      isMeasureOf('economic', m) ? m : 'total',
    );
  return diffRows<FunctionRow>(
    from.tables.expenditureByFunction,
    to.tables.expenditureByFunction,
    isMeasureOf('function', m) ? m : 'total',
  );
}

/** The rows of one level; 'all' keeps every row (tree order: parents first). */
export function rowsAtLevel(rows: readonly DiffRow[], level: LevelChoice): DiffRow[] {
  return level === 'all' ? [...rows] : rows.filter((r) => String(r.level) === level);
}

/** The most detailed lines: rows without children in either year (a 款 without 项 is one). */
export function leafRows(rows: readonly DiffRow[]): DiffRow[] {
  const parents = new Set(rows.map((r) => r.parentCode).filter((c): c is string => c !== null));
  return rows.filter((r) => !parents.has(r.code));
}
