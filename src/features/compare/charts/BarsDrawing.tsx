// The recharts drawing of the diverging change bars (ChangeBarsChart): names on the left, bars
// from the zero line, the change written at each bar's end. recharts' accessibility layer makes
// the chart one tab stop whose arrow keys walk the bars. Loaded lazily (lazy.tsx).
import type { ReactNode } from 'react';
import { STAGE, useDrawStage } from './stages';
import { useSmallTextPx } from './text-size';
import { Bar, BarChart, ReferenceLine, Tooltip, XAxis, YAxis, type BarShapeProps } from 'recharts';
import type { ChangeBar } from '../logic/chart-data';
import { categoryTick } from '../CategoryTick';

export type BarsDatum = { code: string; label: string; value: number; text: string; tone: string; bar: ChangeBar };

export interface BarsDrawingProps {
  width: number;
  height: number;
  data: BarsDatum[];
  domain: [number, number];
  ticks: number[];
  axisText: (value: number) => string;
  labelWidth: number;
  fontSize: number;
  title: string;
  description: string;
  /** The tooltip of a bar, by its code. */
  tooltipOf: (code: string) => ReactNode;
}

export function BarsDrawing({
  width,
  height,
  data,
  domain,
  ticks,
  axisText,
  labelWidth,
  fontSize,
  title,
  description,
  tooltipOf,
}: BarsDrawingProps) {
  // Drawn in stages, each in a task of its own (stages.ts): the frame, each axis, the bars, the tooltip.
  const stage = useDrawStage();
  const small = useSmallTextPx();
  const byCode = new Map(data.map((d) => [d.code, d]));
  const shape = (props: BarShapeProps) => {
    const d = (props.payload as BarsDatum | undefined) ?? data[props.index];
    if (!d) return <g />;
    const left = Math.min(props.x, props.x + props.width);
    const w = Math.abs(props.width);
    const negative = d.value < 0;
    return (
      <g>
        <rect
          className={`cmp-bar cmp-bar-${d.tone}`}
          x={left}
          y={props.y}
          width={Math.max(w, 1)}
          height={props.height}
        />
        <text
          className="cmp-bar-value"
          style={{ fontSize: small }}
          x={negative ? left - 4 : left + w + 4}
          y={props.y + props.height / 2}
          dy="0.35em"
          textAnchor={negative ? 'end' : 'start'}
        >
          {d.text}
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
          dataKey="code"
          width={labelWidth}
          interval={0}
          // Codes keep lines apart that share a name (其他卫生健康支出 is a 款 and a 项).
          tick={categoryTick((code) => byCode.get(code)?.label ?? code, labelWidth, fontSize)}
        />
      )}
      {stage >= STAGE.yAxis && <ReferenceLine x={0} className="cmp-zero-line" />}
      {stage >= STAGE.tooltip && (
        <Tooltip
          cursor={{ className: 'cmp-bar-cursor' }}
          content={({ active, label }) => (active ? tooltipOf(String(label)) : null)}
        />
      )}
      {stage >= STAGE.bars && <Bar dataKey="value" isAnimationActive={false} shape={shape} />}
    </BarChart>
  );
}
