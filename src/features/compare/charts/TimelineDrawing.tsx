// The recharts drawing of a timeline (TimelineCard): a bar per year, derived years drawn open,
// the value over each bar on as many lines as its slot needs. Loaded lazily (lazy.tsx); the card
// works out the labels and the height.
import type { ReactNode } from 'react';
import { STAGE, useDrawStage } from './stages';
import { Bar, BarChart, Tooltip, XAxis, YAxis, type BarShapeProps } from 'recharts';
import type { LabelLines } from '../logic/label-lines';

interface TimelineDatum {
  year: string;
  amount: number;
  derived: boolean;
  label: LabelLines;
}

export interface TimelineDrawingProps {
  width: number;
  height: number;
  /** Room above the bars for the tallest label. */
  labelHeight: number;
  /** Line height of the labels, in em. */
  lineHeight: number;
  data: TimelineDatum[];
  title: string;
  description: string;
  /** The tooltip of a year's bar. */
  tooltipOf: (year: string) => ReactNode;
}

export function TimelineDrawing({
  width,
  height,
  labelHeight,
  lineHeight,
  data,
  title,
  description,
  tooltipOf,
}: TimelineDrawingProps) {
  // Drawn in stages, each in a task of its own (stages.ts): the frame, each axis, the bars, the tooltip.
  const stage = useDrawStage();
  const shape = (props: BarShapeProps) => {
    const d = data[props.index];
    if (!d) return <g />;
    const { lines, fontSize } = d.label;
    const x = props.x + props.width / 2;
    return (
      <g>
        <rect
          className={`cmp-tl ${d.derived ? 'cmp-tl-derived' : ''}`}
          x={props.x}
          y={props.y}
          width={props.width}
          height={props.height}
        />
        <text
          className="cmp-bar-value"
          x={x}
          y={props.y - 6 - (lines.length - 1) * fontSize * lineHeight}
          textAnchor="middle"
          style={{ fontSize }}
        >
          {lines.map((line, i) => (
            <tspan key={i} x={x} dy={i === 0 ? 0 : `${lineHeight}em`}>
              {line}
            </tspan>
          ))}
        </text>
      </g>
    );
  };
  return (
    <BarChart
      width={width}
      height={height}
      data={data}
      margin={{ top: labelHeight + 10, right: 8, bottom: 4, left: 8 }}
      title={title}
      desc={description}
      aria-label={title}
    >
      {stage >= STAGE.xAxis && <XAxis dataKey="year" interval={0} tick={{ fontSize: 12 }} />}
      {stage >= STAGE.yAxis && <YAxis hide domain={[0, 'dataMax']} />}
      {stage >= STAGE.tooltip && (
        <Tooltip
          cursor={{ className: 'cmp-bar-cursor' }}
          content={({ active, label }) => (active ? tooltipOf(String(label)) : null)}
        />
      )}
      {stage >= STAGE.bars && <Bar dataKey="amount" isAnimationActive={false} shape={shape} maxBarSize={72} />}
    </BarChart>
  );
}
