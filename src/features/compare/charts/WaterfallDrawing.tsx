// The recharts drawing of a waterfall (WaterfallCard): floating bars, each a range from its base
// to its end, the change written at each bar's end. Loaded lazily (lazy.tsx); everything it shows is worked
// out by the card.
import type { ReactNode } from 'react';
import { STAGE, useDrawStage } from './stages';
import { useSmallTextPx } from './text-size';
import { Bar, BarChart, Tooltip, XAxis, YAxis, type BarShapeProps } from 'recharts';
import type { WaterfallBar } from '../logic/chart-data';
import { categoryTick } from '../CategoryTick';

type WaterfallDatum = WaterfallBar & { label: string; tone: string };

export interface WaterfallDrawingProps {
  width: number;
  height: number;
  data: WaterfallDatum[];
  domain: [number, number];
  ticks: number[];
  axisText: (value: number) => string;
  labelWidth: number;
  title: string;
  description: string;
  /** The tooltip of a bar, by its key. */
  tooltipOf: (key: string) => ReactNode;
}

/** A bar's extent on the value axis: recharts draws a range bar for a [start, end] value. */
const span = (d: WaterfallDatum): [number, number] => [d.base, d.base + d.size];

export function WaterfallDrawing({
  width,
  height,
  data,
  domain,
  ticks,
  axisText,
  labelWidth,
  title,
  description,
  tooltipOf,
}: WaterfallDrawingProps) {
  // Drawn in stages, each in a task of its own (stages.ts): the frame, each axis, the bars, the tooltip.
  const stage = useDrawStage();
  const small = useSmallTextPx();
  const byKey = new Map(data.map((d) => [d.key, d]));
  const shape = (props: BarShapeProps) => {
    const d = data[props.index];
    if (!d) return <g />;
    const right = props.x + Math.abs(props.width);
    return (
      <g>
        <rect
          className={`cmp-bar cmp-bar-${d.tone}`}
          x={props.x}
          y={props.y}
          width={Math.max(Math.abs(props.width), 1)}
          height={props.height}
        />
        <text
          className="cmp-bar-value"
          style={{ fontSize: small }}
          x={right + 4}
          y={props.y + props.height / 2}
          dy="0.35em"
        >
          {d.label}
        </text>
      </g>
    );
  };
  return (
    <BarChart
      width={width}
      height={height}
      data={data}
      layout="vertical"
      margin={{ top: 4, right: 8, bottom: 4, left: 4 }}
      title={title}
      desc={description}
      aria-label={title}
    >
      {stage >= STAGE.xAxis && (
        <XAxis
          type="number"
          domain={domain}
          ticks={ticks}
          interval={0}
          tickFormatter={axisText}
          tick={{ fontSize: small }}
        />
      )}
      {stage >= STAGE.yAxis && (
        <YAxis
          type="category"
          dataKey="key"
          width={labelWidth}
          interval={0}
          tick={categoryTick((key) => byKey.get(key)?.name ?? key, labelWidth)}
        />
      )}
      {stage >= STAGE.tooltip && (
        <Tooltip
          cursor={{ className: 'cmp-bar-cursor' }}
          content={({ active, label }) => (active ? tooltipOf(String(label)) : null)}
        />
      )}
      {/* One range bar per step, from its base to its end: half the work of an invisible base bar stacked under the step. */}
      {stage >= STAGE.bars && <Bar dataKey={span} isAnimationActive={false} shape={shape} />}
    </BarChart>
  );
}
