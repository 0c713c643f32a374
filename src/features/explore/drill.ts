// What the Explore view shows for a drill path: pure, from the tree of one table.
//
// The path in the URL names codes from the top: ["210", "21015"] opens 卫生健康支出 and then
// 医疗保障管理事务 and shows its 项. When the last code is a line without children (a 项, or an
// economic 款) the view stays on that line's level and shows the line in detail, so the path
// ["210", "21015", "2101504"] is 信息化建设 selected among the 项 of 医疗保障管理事务.
// A path that does not exist (another year, a mistyped link) falls back to its longest valid
// prefix; `valid` says so, and the view tells the reader.
import { findPath, valueOf, type CodedRow, type Measure, type TreeNode } from '../../domain/hierarchy';

export interface DrillLevel<R extends CodedRow> {
  /** The opened lines from the top, for the breadcrumb (without the line shown in detail). */
  trail: TreeNode<R>[];
  /** The line whose children are shown; null at the top. */
  parent: TreeNode<R> | null;
  /** The lines shown as tiles, in table order. */
  items: TreeNode<R>[];
  /** The line shown in detail: the path ended on a line without children. */
  leaf: TreeNode<R> | null;
  /** The valid path: trail, then the leaf if any. */
  codes: string[];
  /** false: the requested path was cut back to `codes`. */
  valid: boolean;
}

export function resolveDrill<R extends CodedRow>(tree: readonly TreeNode<R>[], path: readonly string[]): DrillLevel<R> {
  const found = findPath(tree, path);
  const last = found.nodes[found.nodes.length - 1];
  const leaf = last && last.children.length === 0 ? last : null;
  const trail = leaf ? found.nodes.slice(0, -1) : found.nodes;
  const parent = trail[trail.length - 1] ?? null;
  return { trail, parent, items: parent ? parent.children : [...tree], leaf, codes: found.codes, valid: found.valid };
}

/** What the path steps need of a level: a DrillLevel or anything shaped like one. */
export interface PathShape {
  trail: readonly { code: string }[];
  leaf: { code: string } | null;
}

/** The path that opens (or, for a line without children, selects) an item of the level. */
export function pathToItem(level: PathShape, code: string): string[] {
  return [...level.trail.map((n) => n.code), code];
}

/**
 * One step back up: from a line in detail to its level, from a level to the level above.
 * Returns null at the top. `focus` is the code whose tile should take keyboard focus after it.
 */
export function pathUp(level: PathShape): { path: string[]; focus: string } | null {
  if (level.leaf) return { path: level.trail.map((n) => n.code), focus: level.leaf.code };
  const parent = level.trail[level.trail.length - 1];
  if (!parent) return null;
  return { path: level.trail.slice(0, -1).map((n) => n.code), focus: parent.code };
}

export interface LevelItem<R extends CodedRow> {
  node: TreeNode<R>;
  value: number;
  /** Share of the line above (of the total at the top); null when that is 0. */
  ofParent: number | null;
  /** Share of the table total; null when that is 0. */
  ofTotal: number | null;
}

const ratio = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

/** The shown items with their value in the measure and their shares, largest first (ties by code). */
export function levelItems<R extends CodedRow>(
  level: DrillLevel<R>,
  measure: Measure<R>,
  total: number,
): { parentValue: number; items: LevelItem<R>[] } {
  const parentValue = level.parent ? valueOf(level.parent.row, measure) : total;
  const items = level.items
    .map((node) => {
      const value = valueOf(node.row, measure);
      return { node, value, ofParent: ratio(value, parentValue), ofTotal: ratio(value, total) };
    })
    .sort((a, b) => b.value - a.value || (a.node.code < b.node.code ? -1 : a.node.code > b.node.code ? 1 : 0));
  return { parentValue, items };
}
