// Everything the Explore view draws for one document, classification, measure and path, as
// plain data: the breadcrumb, the shown level with values and shares, the line in detail.
// Generic over the table row type inside; the result is the same shape for both classifications.
import { valueOf, type CodedRow, type Measure, type TreeNode } from '../../domain/hierarchy';
import { levelItems, resolveDrill } from './drill';

interface MeasureValue<M extends string = string> {
  measure: M;
  value: number;
}

interface ExploreLine {
  code: string;
  /** as printed in the document (the view translates by code) */
  name: string;
  /** value in the chosen measure */
  value: number;
  /** every measure of the classification, in its order: for the detail panel */
  values: MeasureValue[];
  /** number of lines below it; 0: it is shown in detail instead of opened */
  childCount: number;
}

export interface ExploreItem extends ExploreLine {
  ofParent: number | null;
  ofTotal: number | null;
}

export interface ExploreModel {
  /** opened lines from the top (breadcrumb), without the line in detail */
  trail: ExploreLine[];
  /** the opened line whose children are shown, null at the top */
  parent: ExploreLine | null;
  /** the value of the shown level: the parent's, or the total at the top */
  parentValue: number;
  total: number;
  /** shown lines, largest first */
  items: ExploreItem[];
  /** the line shown in detail (an item of `items`), if the path ends on one without children */
  leaf: ExploreItem | null;
  /** the path that is shown; differs from the requested one when `valid` is false */
  codes: string[];
  valid: boolean;
}

function line<R extends CodedRow>(
  node: TreeNode<R>,
  measures: readonly Measure<R>[],
  measure: Measure<R>,
): ExploreLine {
  return {
    code: node.code,
    name: node.name,
    value: valueOf(node.row, measure),
    values: measures.map((m) => ({ measure: m, value: valueOf(node.row, m) })),
    childCount: node.children.length,
  };
}

export function exploreModel<R extends CodedRow>(
  tree: readonly TreeNode<R>[],
  measures: readonly Measure<R>[],
  measure: Measure<R>,
  total: number,
  path: readonly string[],
): ExploreModel {
  const level = resolveDrill(tree, path);
  const { parentValue, items } = levelItems(level, measure, total);
  const shown: ExploreItem[] = items.map((item) => ({
    ...line(item.node, measures, measure),
    ofParent: item.ofParent,
    ofTotal: item.ofTotal,
  }));
  return {
    trail: level.trail.map((node) => line(node, measures, measure)),
    parent: level.parent ? line(level.parent, measures, measure) : null,
    parentValue,
    total,
    items: shown,
    leaf: level.leaf ? (shown.find((item) => item.code === level.leaf!.code) ?? null) : null,
    codes: level.codes,
    valid: level.valid,
  };
}
