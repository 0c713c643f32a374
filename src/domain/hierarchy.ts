// The classification hierarchy, rebuilt from the flat rows of a table by code prefix:
// "210" (类, level 1) > "21015" (款, level 2) > "2101504" (项, level 3). Economic codes stop
// at level 2. The tables print rows in code order; the tree keeps the input order.
//
// Orphans: a row whose parent code is not among the rows is NOT dropped and NOT guessed into
// an ancestor. It is returned at the root with `orphan: true`, so a view can show it (and the
// sums that exclude it) openly. Validated data never has orphans (the ingest checks parents);
// this is the defensive path. Duplicate or malformed codes are ambiguous and throw.

export interface CodedRow {
  code: string;
  name: string;
}

/** The numeric columns of a row type: 'total' | 'basic' | 'project' for FunctionRow, etc. */
export type Measure<R> = { [K in keyof R]-?: R[K] extends number ? K : never }[keyof R] & string;

export type Level = 1 | 2 | 3;

export interface TreeNode<R extends CodedRow> {
  code: string;
  name: string;
  level: Level;
  row: R;
  children: TreeNode<R>[];
  /** The code this row's parent has by construction (null for a 类), whether or not that row exists. */
  parentCode: string | null;
  /** true: the parent row is missing, so the node sits at the root instead of under its parent. */
  orphan: boolean;
}

const LEVEL_BY_LENGTH: Record<number, Level> = { 3: 1, 5: 2, 7: 3 };

export function levelOf(code: string): Level {
  const level = /^\d+$/.test(code) ? LEVEL_BY_LENGTH[code.length] : undefined;
  if (level === undefined) throw new Error(`not a classification code (3, 5 or 7 digits): "${code}"`);
  return level;
}

export function parentCodeOf(code: string): string | null {
  return levelOf(code) === 1 ? null : code.slice(0, code.length - 2);
}

/** The value of a numeric column; the generic index needs this one cast. */
export function valueOf<R>(row: R, measure: Measure<R>): number {
  return row[measure] as number;
}

export function buildTree<R extends CodedRow>(rows: readonly R[]): TreeNode<R>[] {
  const byCode = new Map<string, TreeNode<R>>();
  for (const row of rows) {
    if (byCode.has(row.code)) throw new Error(`duplicate code ${row.code} (${row.name})`);
    const parentCode = parentCodeOf(row.code);
    byCode.set(row.code, {
      code: row.code,
      name: row.name,
      level: levelOf(row.code),
      row,
      children: [],
      parentCode,
      orphan: false,
    });
  }
  const roots: TreeNode<R>[] = [];
  for (const node of byCode.values()) {
    const parent = node.parentCode === null ? undefined : byCode.get(node.parentCode);
    if (parent) parent.children.push(node);
    else {
      node.orphan = node.parentCode !== null;
      roots.push(node);
    }
  }
  return roots;
}

/** Depth-first, parents before children, in tree order. */
export function flatten<R extends CodedRow>(tree: readonly TreeNode<R>[]): TreeNode<R>[] {
  const out: TreeNode<R>[] = [];
  const visit = (nodes: readonly TreeNode<R>[]) => {
    for (const node of nodes) {
      out.push(node);
      visit(node.children);
    }
  };
  visit(tree);
  return out;
}

interface ShareOf {
  code: string;
  name: string;
  value: number;
  /** Share of the node the shares are taken in; null when that is 0. */
  ofParent: number | null;
  /** Share of the given total; null when the total is 0. */
  ofTotal: number | null;
}

export interface NodeShares {
  value: number;
  ofTotal: number | null;
  children: ShareOf[];
}

// A share against 0 has no meaning; null instead of NaN or Infinity keeps it out of charts.
const ratio = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

/** A node's share of the total and its children's shares of the node and of the total. */
export function sharesOf<R extends CodedRow>(node: TreeNode<R>, measure: Measure<R>, total: number): NodeShares {
  const value = valueOf(node.row, measure);
  return {
    value,
    ofTotal: ratio(value, total),
    children: node.children.map((child) => {
      const v = valueOf(child.row, measure);
      return { code: child.code, name: child.name, value: v, ofParent: ratio(v, value), ofTotal: ratio(v, total) };
    }),
  };
}

export interface FoundPath<R extends CodedRow> {
  /** The nodes of the longest valid prefix of the requested path. */
  nodes: TreeNode<R>[];
  /** Their codes: what a URL should hold after the path was checked. */
  codes: string[];
  /** true when every requested code was found, each under the one before. */
  valid: boolean;
}

/** Follows a drill path (["210", "21015", "2101504"]) from the roots; stops at the first wrong step. */
export function findPath<R extends CodedRow>(tree: readonly TreeNode<R>[], codes: readonly string[]): FoundPath<R> {
  const nodes: TreeNode<R>[] = [];
  let level: readonly TreeNode<R>[] = tree;
  for (const code of codes) {
    const next = level.find((n) => n.code === code);
    if (!next) break;
    nodes.push(next);
    level = next.children;
  }
  return { nodes, codes: nodes.map((n) => n.code), valid: nodes.length === codes.length };
}

/** What a drill view shows at a path: the roots for [], else the children of the deepest valid node. */
export function childrenAt<R extends CodedRow>(tree: readonly TreeNode<R>[], path: readonly string[]): TreeNode<R>[] {
  const { nodes } = findPath(tree, path);
  const last = nodes[nodes.length - 1];
  return last ? last.children : [...tree];
}

export interface TopItem<R extends CodedRow> {
  node: TreeNode<R>;
  value: number;
}

/**
 * The n largest items by a measure, for the overview. 'leaf' takes the most detailed lines
 * (a 款 without 项 is a leaf too); a number takes that level. Ties go to the lower code so the
 * order is stable.
 */
export function topItems<R extends CodedRow>(
  rows: readonly R[],
  measure: Measure<R>,
  n: number,
  level: Level | 'leaf' = 'leaf',
): TopItem<R>[] {
  const nodes = flatten(buildTree(rows)).filter((node) =>
    level === 'leaf' ? node.children.length === 0 : node.level === level,
  );
  return nodes
    .map((node) => ({ node, value: valueOf(node.row, measure) }))
    .sort((a, b) => b.value - a.value || (a.node.code < b.node.code ? -1 : a.node.code > b.node.code ? 1 : 0))
    .slice(0, Math.max(0, n));
}
