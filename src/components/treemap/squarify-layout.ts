// Where each tile of a one-level treemap goes: d3-hierarchy's squarified layout (Bruls et al.,
// golden-ratio target) on whole pixels. Pure, so it is tested without a browser and the
// component only draws the rectangles it gets. d3-hierarchy is small and tree-shakable; the
// charting library it replaces pulled a 76 kB (gzip) chunk into every treemap
// (docs/decisions/0004-treemap-layout-d3-hierarchy.md).
import { hierarchy, treemap, treemapSquarify } from 'd3-hierarchy';

export interface LayoutNode {
  id: string;
  value: number;
}

export interface TileLayout<T extends LayoutNode = LayoutNode> {
  id: string;
  /** position among the drawn tiles: 0 is the largest */
  index: number;
  /** always 1: the tiles of the one level drawn (the root, depth 0, is the whole chart) */
  depth: number;
  x: number;
  y: number;
  width: number;
  height: number;
  node: T;
}

/** Largest first; equal values by id, so the same nodes always give the same picture. */
export const byValueDesc = (a: LayoutNode, b: LayoutNode): number =>
  b.value - a.value || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

type Datum<T> = { root: true; children: T[] } | { root?: undefined; node: T };

/**
 * The rectangles of the nodes with a positive value, largest first, filling `width` x `height`
 * from the top left. Edges are rounded to whole pixels (crisp 2px gaps between tiles) and shared
 * by neighbours, so tiles never overlap; a tile rounded down to nothing is left out (the list
 * beside the chart still names it). Nodes with a value <= 0 (or not a number) are left out too.
 */
export function squarifyLayout<T extends LayoutNode>(
  nodes: readonly T[],
  width: number,
  height: number,
): TileLayout<T>[] {
  if (!(width > 0) || !(height > 0)) return [];
  const positive = nodes.filter((n) => Number.isFinite(n.value) && n.value > 0).sort(byValueDesc);
  if (positive.length === 0) return [];
  const root = hierarchy<Datum<T>>({ root: true, children: [] }, (d) =>
    d.root ? positive.map((node) => ({ node })) : undefined,
  ).sum((d) => (d.root ? 0 : d.node.value));
  const laidOut = treemap<Datum<T>>().size([width, height]).round(true).tile(treemapSquarify)(root);
  const tiles: TileLayout<T>[] = [];
  for (const leaf of laidOut.children ?? []) {
    if (leaf.data.root) continue;
    const w = leaf.x1 - leaf.x0;
    const h = leaf.y1 - leaf.y0;
    if (w <= 0 || h <= 0) continue;
    tiles.push({
      id: leaf.data.node.id,
      index: tiles.length,
      depth: leaf.depth,
      x: leaf.x0,
      y: leaf.y0,
      width: w,
      height: h,
      node: leaf.data.node,
    });
  }
  return tiles;
}
