// One tile of the treemap, drawn at the rectangle the squarified layout gave it. It is a button
// for keyboard and screen reader users (roving tabindex: only the active tile is in the Tab order).
import type { FocusEvent, KeyboardEvent, MouseEvent } from 'react';
import { fitLabel, DEFAULT_METRICS as M } from './label-fit';
import type { TileLayout } from './squarify-layout';
import type { TreemapNode } from './types';

export interface TileContext {
  /** prefix for ids inside the SVG (clip paths) */
  uid: string;
  activeId: string | null;
  tooltipId: string | null;
  tooltipElementId: string;
  onActivate: (id: string) => void;
  onKeyDown: (event: KeyboardEvent<SVGGElement>, id: string) => void;
  onFocus: (id: string, event: FocusEvent<SVGGElement>) => void;
  onHover: (id: string | null) => void;
  onPointerMove: (event: MouseEvent<SVGGElement>) => void;
}

export function TreemapTile({ tile, ctx }: { tile: TileLayout<TreemapNode>; ctx: TileContext }) {
  const { id, x, y, width, height, index, node } = tile;
  const label = fitLabel(node.name, node.labelLines, width, height);
  const clipId = `${ctx.uid}-clip-${index}`;
  // Line boxes stacked from the top padding: the title lines, then the other lines.
  const titleLine = M.titleSize * M.lineHeight;
  const textTop = y + M.padding + label.title.length * titleLine;
  const rows = [
    ...label.title.map((text, i) => ({ text, title: true, baseline: y + M.padding + i * titleLine + M.titleSize })),
    ...label.lines.map((text, j) => ({
      text,
      title: false,
      baseline: textTop + j * M.textSize * M.lineHeight + M.textSize,
    })),
  ];
  return (
    <g
      className="tm-tile"
      role="button"
      tabIndex={ctx.activeId === id ? 0 : -1}
      aria-label={node.ariaLabel}
      aria-current={node.selected ? 'true' : undefined}
      aria-describedby={ctx.tooltipId === id ? ctx.tooltipElementId : undefined}
      data-tile-id={id}
      data-x={x}
      data-y={y}
      data-w={width}
      data-h={height}
      onClick={() => ctx.onActivate(id)}
      onKeyDown={(event) => ctx.onKeyDown(event, id)}
      onFocus={(event) => ctx.onFocus(id, event)}
      onMouseEnter={(event) => {
        ctx.onHover(id);
        ctx.onPointerMove(event);
      }}
      onMouseMove={ctx.onPointerMove}
      onMouseLeave={() => ctx.onHover(null)}
    >
      <clipPath id={clipId}>
        <rect x={x} y={y} width={width} height={height} />
      </clipPath>
      <rect className="tm-rect" x={x} y={y} width={width} height={height} style={{ fill: node.colour }} />
      {node.selected ? (
        <rect
          className="tm-selected"
          x={x + 2}
          y={y + 2}
          width={Math.max(width - 4, 0)}
          height={Math.max(height - 4, 0)}
        />
      ) : null}
      <rect
        className="tm-focus"
        x={x + 2.5}
        y={y + 2.5}
        width={Math.max(width - 5, 0)}
        height={Math.max(height - 5, 0)}
      />
      {rows.length > 0 ? (
        <text className="tm-label" clipPath={`url(#${clipId})`} style={{ fill: node.ink }} aria-hidden="true">
          {rows.map((row, i) => (
            <tspan key={i} className={row.title ? 'tm-title' : undefined} x={x + M.padding} y={row.baseline}>
              {row.text}
            </tspan>
          ))}
        </text>
      ) : null}
    </g>
  );
}
