// The two splits of a budget, compared: 基本支出 / 项目支出 of all spending (表3) and 人员经费 /
// 公用经费 of basic spending (表8). Totals are the sums of each table's 类 rows, so the parts of a
// year add up to its whole and the shares to exactly 100% (before display rounding).
import { levelOneTotal } from '../../../domain/compare';
import type { BudgetDocument } from '../../../domain/schema';

export type SplitKind = 'basicProject' | 'personnelPublicUse';
type SplitPart = 'basic' | 'project' | 'personnel' | 'publicUse';

interface SplitPartChange {
  part: SplitPart;
  from: number;
  to: number;
  change: number;
  /** null when the from-year part is 0 */
  pct: number | null;
  fromShare: number | null;
  toShare: number | null;
  /** percentage points; null unless both shares exist */
  sharePoints: number | null;
}

export interface SplitComparison {
  kind: SplitKind;
  fromTotal: number;
  toTotal: number;
  parts: SplitPartChange[];
}

const ratio = (a: number, b: number) => (b === 0 ? null : a / b);

function partChange(part: SplitPart, from: number, to: number, fromTotal: number, toTotal: number): SplitPartChange {
  const fromShare = ratio(from, fromTotal);
  const toShare = ratio(to, toTotal);
  return {
    part,
    from,
    to,
    change: to - from,
    pct: ratio(to - from, from),
    fromShare,
    toShare,
    sharePoints: fromShare !== null && toShare !== null ? (toShare - fromShare) * 100 : null,
  };
}

export function compareSplit(from: BudgetDocument, to: BudgetDocument, kind: SplitKind): SplitComparison {
  if (kind === 'basicProject') {
    const [f, t] = [from.tables.expenditureByFunction, to.tables.expenditureByFunction];
    const fromTotal = levelOneTotal(f, 'total');
    const toTotal = levelOneTotal(t, 'total');
    return {
      kind,
      fromTotal,
      toTotal,
      parts: (['basic', 'project'] as const).map((p) =>
        partChange(p, levelOneTotal(f, p), levelOneTotal(t, p), fromTotal, toTotal),
      ),
    };
  }
  const [f, t] = [from.tables.basicByEconomic, to.tables.basicByEconomic];
  const fromTotal = levelOneTotal(f, 'total');
  const toTotal = levelOneTotal(t, 'total');
  return {
    kind,
    fromTotal,
    toTotal,
    parts: (['personnel', 'publicUse'] as const).map((p) =>
      partChange(p, levelOneTotal(f, p), levelOneTotal(t, p), fromTotal, toTotal),
    ),
  };
}
