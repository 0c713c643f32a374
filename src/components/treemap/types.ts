// The data a <DrillTreemap> draws. Generic on purpose: the Explore view colours tiles by 类, the
// Compare view by change; neither the component nor these types know about budgets or i18n.
// Every string here is already translated and formatted by the caller.
import type { ReactNode } from 'react';

export type TreemapNode = {
  /** Stable id, unique among the nodes (e.g. the classification code). */
  id: string;
  /** Full name: the tile title (cut with an ellipsis when long) and the first list cell. */
  name: string;
  /** Tile area. Nodes with a value <= 0 are not drawn but are still listed. */
  value: number;
  /** Tile fill, any CSS colour, e.g. "var(--cat-1)". */
  colour: string;
  /** Text colour on the tile, chosen for contrast with `colour`, e.g. "var(--cat-1-ink)". */
  ink: string;
  /** Lines written under the title when they fit, most important first (amount, share). Never cut. */
  labelLines: string[];
  /** What a screen reader hears on the tile and on the list button: name, amount, share, action. */
  ariaLabel: string;
  /** List row cells after the name, in the order of `listColumns` (amount, share, ...). */
  listCells: string[];
  /** true: activating opens the next level (drawn with a drill mark in the list). */
  drillable: boolean;
  /** true: this node is the one currently opened or shown in detail (outlined; aria-current). */
  selected?: boolean;
};

export interface FocusRequest {
  /** Tile to focus; null: the first (largest) tile. */
  id: string | null;
  /** Bumped for every request so that asking twice for the same tile focuses it again. */
  seq: number;
}

export interface DrillTreemapProps {
  /** The tiles of one level, in any order (drawn largest first). */
  nodes: TreemapNode[];
  /** Click, Enter or Space on a tile or a list button. */
  onActivate: (id: string) => void;
  /** Accessible name of the chart (also the list caption unless `listCaption` is given). */
  label: string;
  /** Text alternative: what the chart shows in words, plus how to operate it. */
  description: string;
  /** Headers of the list: the name column, then one per `listCells` entry. */
  listColumns: string[];
  listCaption?: string;
  /** Content of the tooltip of a hovered or focused tile (the component frames and places it). */
  renderTooltip: (node: TreemapNode) => ReactNode;
  /** Shown instead of the chart when no node has a positive value. */
  emptyText: string;
  /** Move keyboard focus to a tile after the nodes change (e.g. after a drill). */
  focusRequest?: FocusRequest;
  /** Chart height in px; default follows the width (between 260 and 520). */
  height?: number;
}
