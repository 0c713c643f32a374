// The recharts drawing of a split (SplitCard): one stacked bar per year, each part labelled with
// its share where the label fits. Loaded lazily (lazy.tsx); the card works out what it shows.
import type { ReactNode } from 'react';
import { STAGE, useDrawStage } from './stages';
import { useSmallTextPx } from './text-size';
import { Bar, BarChart, Tooltip, XAxis, YAxis, type BarShapeProps } from 'recharts';
import { estimateTextWidth } from '../../../components/treemap/label-fit';

interface SplitDatum {
  year: string;
  a: number;
  b: number;
  /** The parts' labels: name and share. */
  aLabel: string;
  bLabel: string;
}

export interface SplitDrawingProps {
  width: number;
  height: number;
  data: SplitDatum[];
  ticks: number[];
  axisText: (value: number) => string;
  title: string;
  description: string;
  /** The tooltip of a year's bar. */
  tooltipOf: (year: string) => ReactNode;
}

export function SplitDrawing({
  width,
  height,
  data,
  ticks,
  axisText,
  title,
  description,
  tooltipOf,
}: SplitDrawingProps) {
  // Drawn in stages, each in a task of its own (stages.ts): the frame, each axis, the bars, the tooltip.
  const stage = useDrawStage();
  const small = useSmallTextPx();
  const segment = (part: 'a' | 'b') =>
    function Segment(props: BarShapeProps) {
      const d = data[props.index];
      if (!d) return <g />;
      const label = part === 'a' ? d.aLabel : d.bLabel;
      const w = Math.abs(props.width);
      return (
        <g>
          <rect className={`cmp-split cmp-split-${part}`} x={props.x} y={props.y} width={w} height={props.height} />
          {w > estimateTextWidth(label, 12) + 12 && (
            <text
              className={`cmp-split-label cmp-split-label-${part}`}
              x={props.x + 6}
              y={props.y + props.height / 2}
              dy="0.35em"
            >
              {label}
            </text>
          )}
        </g>
      );
    };
  return (
    <BarChart
      width={width}
      height={height}
      data={data}
      layout="vertical"
      margin={{ top: 4, right: 12, bottom: 4, left: 4 }}
      title={title}
      desc={description}
      aria-label={title}
    >
      {stage >= STAGE.xAxis && (
        <XAxis
          type="number"
          domain={[0, 'dataMax']}
          ticks={ticks}
          interval={0}
          tickFormatter={axisText}
          tick={{ fontSize: small }}
        />
      )}
      {stage >= STAGE.yAxis && <YAxis type="category" dataKey="year" width={48} tick={{ fontSize: 12 }} />}
      {stage >= STAGE.tooltip && (
        <Tooltip
          cursor={{ className: 'cmp-bar-cursor' }}
          content={({ active, label }) => (active ? tooltipOf(String(label)) : null)}
        />
      )}
      {stage >= STAGE.bars && <Bar dataKey="a" stackId="s" isAnimationActive={false} shape={segment('a')} />}
      {stage >= STAGE.bars && <Bar dataKey="b" stackId="s" isAnimationActive={false} shape={segment('b')} />}
    </BarChart>
  );
}
