// A one-level treemap (squarify-layout.ts places the tiles, drawn here as one svg) with its
// accessible list. Tiles are buttons with a roving tabindex: Tab reaches the chart once, arrow
// keys move between tiles by position, Home/End go to the largest/smallest, Enter or Space activates. Hover or keyboard focus shows a tooltip.
// Props are documented in ./types.ts. No animation: a drill must repaint at once.
import {
  useCallback,
  useContext,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import { ChartScaleContext } from '../chart-scale';
import { TreemapList } from './TreemapList';
import { TreemapTile, type TileContext } from './TreemapTile';
import { directionOfKey, nextTile } from './spatial-nav';
import { byValueDesc, squarifyLayout } from './squarify-layout';
import { useMeasuredWidth } from './use-measured-width';
import type { DrillTreemapProps } from './types';
import './treemap.css';

function tileElement(container: HTMLElement | null, id: string): SVGGElement | null {
  return container?.querySelector<SVGGElement>(`[data-tile-id="${CSS.escape(id)}"]`) ?? null;
}

export function DrillTreemap(props: DrillTreemapProps) {
  const { nodes, onActivate, label, description, listColumns, renderTooltip, emptyText, focusRequest } = props;
  const uid = useId().replace(/:/g, '');
  const chartRef = useRef<HTMLDivElement>(null);
  const tooltipRef = useRef<HTMLDivElement>(null);
  const width = useMeasuredWidth(chartRef);
  const height = props.height ?? Math.min(520, Math.max(300, Math.round(width * 0.62)));
  // The box keeps its size; at a scale above 1 (the kiosk) tiles and labels are laid out in a
  // drawing that many times smaller and the svg scales it up to the box: larger text that fits.
  const scale = useContext(ChartScaleContext);
  const drawWidth = width / scale;
  const drawHeight = height / scale;

  // Sorted for the list; the layout (positive values only, largest first) is recomputed only
  // when the nodes or the size change.
  const sorted = useMemo(() => [...nodes].sort(byValueDesc), [nodes]);
  const data = useMemo(() => sorted.filter((n) => n.value > 0), [sorted]);
  const tiles = useMemo(() => squarifyLayout(data, drawWidth, drawHeight), [data, drawWidth, drawHeight]);

  const [activeId, setActiveId] = useState<string | null>(null);
  const [tooltipId, setTooltipId] = useState<string | null>(null);
  const rovingId = activeId !== null && tiles.some((t) => t.id === activeId) ? activeId : (tiles[0]?.id ?? null);
  const tooltipNode = tooltipId === null ? undefined : nodes.find((n) => n.id === tooltipId);

  const focusTile = useCallback((id: string) => {
    setActiveId(id);
    tileElement(chartRef.current, id)?.focus();
  }, []);

  /** Place the tooltip beside a point of the chart, flipping towards the centre near the edges. */
  const placeTooltip = useCallback((px: number, py: number) => {
    const tip = tooltipRef.current;
    const box = chartRef.current;
    if (!tip || !box) return;
    const { width: w, height: h } = box.getBoundingClientRect();
    tip.style.left = `${px}px`;
    tip.style.top = `${py}px`;
    tip.style.transform = `translate(${px > w / 2 ? 'calc(-100% - 12px)' : '12px'}, ${py > h / 2 ? 'calc(-100% - 12px)' : '12px'})`;
  }, []);

  // Keyboard focus requested by the owner (after a drill): once the new tiles are drawn. The
  // request present at mount is not one: opening the view must not grab focus or scroll.
  const handledSeq = useRef<number | null>(focusRequest?.seq ?? null);
  useEffect(() => {
    if (!focusRequest || handledSeq.current === focusRequest.seq) return;
    const id = focusRequest.id ?? data[0]?.id;
    if (!id) return;
    let frames = 0;
    let raf = 0;
    const attempt = () => {
      if (tileElement(chartRef.current, id)) {
        handledSeq.current = focusRequest.seq;
        focusTile(id);
      } else if (frames++ < 10) raf = requestAnimationFrame(attempt);
    };
    attempt();
    return () => cancelAnimationFrame(raf);
  }, [focusRequest, data, focusTile]);

  const onKeyDown = useCallback(
    (event: KeyboardEvent<SVGGElement>, id: string) => {
      const direction = directionOfKey(event.key);
      let target: string | null = null;
      // Moves go by the drawn rectangles (a tile rounded to nothing is not drawn: the list has it).
      if (direction) target = nextTile(tiles, id, direction);
      else if (event.key === 'Home') target = tiles[0]?.id ?? null;
      else if (event.key === 'End') target = tiles[tiles.length - 1]?.id ?? null;
      else if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        onActivate(id);
        return;
      }
      if (target === null) return;
      event.preventDefault();
      focusTile(target);
    },
    [tiles, focusTile, onActivate],
  );

  const ctx: TileContext = {
    uid,
    activeId: rovingId,
    tooltipId,
    tooltipElementId: `${uid}-tooltip`,
    onActivate,
    onKeyDown,
    onFocus: (id: string, event: FocusEvent<SVGGElement>) => {
      setActiveId(id);
      // A tooltip on focus only for keyboard focus, not after a click moved focus.
      if (!event.currentTarget.matches(':focus-visible')) return;
      setTooltipId(id);
      const r = tiles.find((t) => t.id === id);
      if (r) placeTooltip((r.x + r.width / 2) * scale, (r.y + Math.min(r.height / 2, 40)) * scale);
    },
    onHover: (id: string | null) => setTooltipId(id),
    onPointerMove: (event: MouseEvent<SVGGElement>) => {
      const box = chartRef.current?.getBoundingClientRect();
      if (box) placeTooltip(event.clientX - box.left, event.clientY - box.top);
    },
  };

  const titleId = `${uid}-title`;
  const descId = `${uid}-desc`;
  return (
    <div className="tm">
      <div
        className="tm-chart"
        role="group"
        aria-labelledby={titleId}
        aria-describedby={descId}
        ref={chartRef}
        onBlur={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setTooltipId(null);
        }}
      >
        <span id={titleId} className="visually-hidden">
          {label}
        </span>
        <span id={descId} className="visually-hidden">
          {description}
        </span>
        {data.length === 0 ? (
          <p className="tm-empty">{emptyText}</p>
        ) : width > 0 ? (
          // role="none": without it the <svg> is exposed as an image, which screen readers may
          // read as one opaque graphic; with it the tile buttons sit directly in the labelled group.
          <svg
            className="treemap-svg"
            role="none"
            width={width}
            height={height}
            viewBox={`0 0 ${drawWidth} ${drawHeight}`}
          >
            {tiles.map((tile) => (
              <TreemapTile key={tile.id} tile={tile} ctx={ctx} />
            ))}
          </svg>
        ) : (
          // Not measured yet (markup rendered at build time, src/prerender; or a chart not on
          // screen): the box holds the chart's height (treemap.css: the same rule as `height`
          // above), so the drawn chart replaces it without moving what follows.
          <div className="tm-unmeasured" style={props.height === undefined ? undefined : { height: props.height }} />
        )}
        <div ref={tooltipRef} id={`${uid}-tooltip`} role="tooltip" className="tm-tooltip" hidden={!tooltipNode}>
          {tooltipNode ? renderTooltip(tooltipNode) : null}
        </div>
      </div>
      <TreemapList nodes={sorted} columns={listColumns} caption={props.listCaption ?? label} onActivate={onActivate} />
    </div>
  );
}
