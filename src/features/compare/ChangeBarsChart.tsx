// The recharts drawing of the diverging bars: names on the left (cut to fit; the full name is in
// the tooltip and the table), bars from the zero line, the change written at each bar's end.
// recharts' accessibility layer makes the chart one tab stop whose arrow keys walk the bars.
import { useRef } from 'react';
import { Bar, BarChart, ReferenceLine, Tooltip, XAxis, YAxis, type BarShapeProps } from 'recharts';
import { estimateTextWidth } from '../../components/treemap/label-fit';
import { useChartWidth } from './deferred/use-chart-width';
import { categoryTick } from './CategoryTick';
import { domainWithRoom, niceTicks, type ChangeBar } from './logic/chart-data';

interface Props {
  bars: ChangeBar[];
  title: string;
  description: string;
  labelOf: (bar: ChangeBar) => string;
  valueText: (value: number) => string;
  /** A tick of the value axis (round numbers, no fixed decimals). */
  axisText: (value: number) => string;
  /** The line's sentence, for the tooltip. */
  detailOf: (bar: ChangeBar) => string;
  /** "new" / "no longer listed" for one-year lines, else '' */
  statusText: (bar: ChangeBar) => string;
}

const ROW = 26;
const FONT = 12;

type Datum = { code: string; label: string; value: number; text: string; tone: string; bar: ChangeBar };

function tone(bar: ChangeBar): string {
  if (bar.status === 'new' || bar.status === 'removed') return bar.status;
  return bar.value < 0 ? 'down' : 'up';
}

export function ChangeBarsChart({ bars, title, description, labelOf, valueText, axisText, detailOf, statusText }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const width = useChartWidth(ref);
  const labelWidth = width < 500 ? Math.round(width * 0.42) : Math.min(220, Math.round(width * 0.32));
  const data: Datum[] = bars.map((bar) => {
    const status = statusText(bar);
    return { code: bar.code, label: labelOf(bar), value: bar.value, text: status ? `${status} ${valueText(bar.value)}` : valueText(bar.value), tone: tone(bar), bar };
  });
  const min = Math.min(0, ...data.map((d) => d.value));
  const max = Math.max(0, ...data.map((d) => d.value));
  // Room beside the bars for the written values, in pixels, on each side that has bars.
  const room = (list: Datum[]) => Math.max(0, ...list.map((d) => estimateTextWidth(d.text, 11))) + 8;
  const plotWidth = width - labelWidth - 12;
  const domain = domainWithRoom(min, max, plotWidth, room(data.filter((d) => d.value < 0)), room(data.filter((d) => d.value >= 0)));
  const byCode = new Map(data.map((d) => [d.code, d]));

  const shape = (props: BarShapeProps) => {
    const d = (props.payload as Datum | undefined) ?? data[props.index];
    if (!d) return <g />;
    const left = Math.min(props.x, props.x + props.width);
    const w = Math.abs(props.width);
    const negative = d.value < 0;
    return (
      <g>
        <rect className={`cmp-bar cmp-bar-${d.tone}`} x={left} y={props.y} width={Math.max(w, 1)} height={props.height} />
        <text className="cmp-bar-value" x={negative ? left - 4 : left + w + 4} y={props.y + props.height / 2} dy="0.35em" textAnchor={negative ? 'end' : 'start'}>
          {d.text}
        </text>
      </g>
    );
  };

  return (
    <div ref={ref} className="cmp-bars-chart">
      {width > 0 && data.length > 0 && (
        <BarChart width={width} height={data.length * ROW + 36} data={data} layout="vertical" margin={{ top: 4, right: 8, bottom: 4, left: 4 }} title={title} desc={description} aria-label={title}>
          <XAxis type="number" domain={domain} ticks={niceTicks(domain[0], domain[1], width < 600 ? 3 : 5).filter((v) => v >= domain[0] && v <= domain[1])} tickFormatter={axisText} tick={{ fontSize: 11 }} />
          <YAxis
            type="category"
            dataKey="code"
            width={labelWidth}
            interval={0}
            // Codes keep lines apart that share a name (其他卫生健康支出 is a 款 and a 项).
            tick={categoryTick((code) => byCode.get(code)?.label ?? code, labelWidth, FONT)}
          />
          <ReferenceLine x={0} className="cmp-zero-line" />
          <Tooltip
            cursor={{ className: 'cmp-bar-cursor' }}
            content={({ active, label }) => {
              const d = active ? byCode.get(String(label)) : undefined;
              return d ? (
                <div className="cmp-tooltip">
                  <strong>{d.label}</strong>
                  <div>{detailOf(d.bar)}</div>
                </div>
              ) : null;
            }}
          />
          <Bar dataKey="value" isAnimationActive={false} shape={shape} />
        </BarChart>
      )}
    </div>
  );
}
