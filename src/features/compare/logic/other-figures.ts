// The figures besides the classification tables, as pairs of the two years: "三公"经费 and
// 机关运行经费 by part (表9), government procurement (政府采购) with the share reserved for small
// firms, and the performance targets (绩效目标). A figure a document does not give is null ("not
// stated"), never 0, and a pair with a missing side has no change.
import type { BudgetDocument, StatedAmount } from '../../../domain/schema';

type FigureKind = 'money' | 'count' | 'share';

export interface FigurePair {
  key: string;
  kind: FigureKind;
  /** 0 for a top line, 1 for a part of the line above */
  depth: 0 | 1;
  from: number | null;
  to: number | null;
  /** Fen value of the last printed digit, for stated money (so 899.09万元 is not shown with more digits). */
  fromPrecision: number | null;
  toPrecision: number | null;
  /** to − from; for shares, in percentage points */
  change: number | null;
  /** relative change; null for shares, missing sides and a from of 0 */
  pct: number | null;
}

function pair(
  key: string,
  kind: FigureKind,
  depth: 0 | 1,
  from: number | null,
  to: number | null,
  precision: [number | null, number | null] = [null, null],
): FigurePair {
  const both = from !== null && to !== null;
  return {
    key,
    kind,
    depth,
    from,
    to,
    fromPrecision: precision[0],
    toPrecision: precision[1],
    change: both ? (kind === 'share' ? (to - from) * 100 : to - from) : null,
    pct: both && kind !== 'share' && from !== 0 ? (to - from) / from : null,
  };
}

const stated = (key: string, depth: 0 | 1, a: StatedAmount | null | undefined, b: StatedAmount | null | undefined) =>
  pair(key, 'money', depth, a?.amount ?? null, b?.amount ?? null, [a?.precision ?? null, b?.precision ?? null]);

/** 表9 (fen): the 三公 total and its parts, then 机关运行经费. */
export function threePublicPairs(from: BudgetDocument, to: BudgetDocument): FigurePair[] {
  const f = from.tables.threePublic;
  const t = to.tables.threePublic;
  return [
    pair('threePublic.total', 'money', 0, f.total, t.total),
    pair('threePublic.overseas', 'money', 1, f.overseas, t.overseas),
    pair('threePublic.reception', 'money', 1, f.reception, t.reception),
    pair('threePublic.vehicles', 'money', 1, f.vehicles, t.vehicles),
    pair('threePublic.vehiclePurchase', 'money', 1, f.vehiclePurchase, t.vehiclePurchase),
    pair('threePublic.vehicleOperation', 'money', 1, f.vehicleOperation, t.vehicleOperation),
    pair('threePublic.agencyOperation', 'money', 0, f.agencyOperation, t.agencyOperation),
  ];
}

const shareOf = (part: StatedAmount | null | undefined, whole: StatedAmount | null | undefined) =>
  part && whole && whole.amount !== 0 ? part.amount / whole.amount : null;

/** 政府采购: total, goods, works, services; reserved for SMEs and for small and micro firms, with their shares of the total. */
export function procurementPairs(from: BudgetDocument, to: BudgetDocument): FigurePair[] {
  const f = from.otherNotes.procurement;
  const t = to.otherNotes.procurement;
  return [
    stated('procurement.total', 0, f?.total, t?.total),
    stated('procurement.goods', 1, f?.goods, t?.goods),
    stated('procurement.works', 1, f?.works, t?.works),
    stated('procurement.services', 1, f?.services, t?.services),
    stated('procurement.smeReserved', 0, f?.smeReserved, t?.smeReserved),
    pair('procurement.smeShare', 'share', 1, shareOf(f?.smeReserved, f?.total), shareOf(t?.smeReserved, t?.total)),
    stated('procurement.smallMicroReserved', 0, f?.smallMicroReserved, t?.smallMicroReserved),
    pair(
      'procurement.smallMicroShare',
      'share',
      1,
      shareOf(f?.smallMicroReserved, f?.total),
      shareOf(t?.smallMicroReserved, t?.total),
    ),
  ];
}

/** 绩效目标: budget units taking part, projects with targets, the project money they cover. */
export function performancePairs(from: BudgetDocument, to: BudgetDocument): FigurePair[] {
  const f = from.otherNotes.performance;
  const t = to.otherNotes.performance;
  return [
    pair('performance.units', 'count', 0, f?.units ?? null, t?.units ?? null),
    pair('performance.projects', 'count', 0, f?.projects ?? null, t?.projects ?? null),
    stated('performance.amount', 0, f?.amount, t?.amount),
  ];
}
