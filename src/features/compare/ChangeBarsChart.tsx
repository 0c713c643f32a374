// The diverging bars: names on the left (cut to fit; the full name is in the tooltip and the
// table), bars from the zero line, the change written at each bar's end. The layout is worked
// out here; the recharts drawing (charts/BarsDrawing) comes lazily, its place held meanwhile.
import { useRef } from 'react';
import { estimateTextWidth } from '../../components/treemap/label-fit';
import { useChartWidth } from './charts/use-chart-width';
import { BarsDrawing, ChartSlot } from './charts/lazy';
import { useSmallTextPx } from './charts/text-size';
import type { BarsDatum } from './charts/BarsDrawing';
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

type Datum = BarsDatum;

function tone(bar: ChangeBar): string {
  if (bar.status === 'new' || bar.status === 'removed') return bar.status;
  return bar.value < 0 ? 'down' : 'up';
}

export function ChangeBarsChart({
  bars,
  title,
  description,
  labelOf,
  valueText,
  axisText,
  detailOf,
  statusText,
}: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const width = useChartWidth(ref);
  const small = useSmallTextPx();
  const labelWidth = width < 500 ? Math.round(width * 0.42) : Math.min(220, Math.round(width * 0.32));
  const data: Datum[] = bars.map((bar) => {
    const status = statusText(bar);
    return {
      code: bar.code,
      label: labelOf(bar),
      value: bar.value,
      text: status ? `${status} ${valueText(bar.value)}` : valueText(bar.value),
      tone: tone(bar),
      bar,
    };
  });
  const min = Math.min(0, ...data.map((d) => d.value));
  const max = Math.max(0, ...data.map((d) => d.value));
  // Room beside the bars for the written values, in pixels, on each side that has bars.
  const room = (list: Datum[]) => Math.max(0, ...list.map((d) => estimateTextWidth(d.text, small))) + 8;
  const plotWidth = width - labelWidth - 12;
  const domain = domainWithRoom(
    min,
    max,
    plotWidth,
    room(data.filter((d) => d.value < 0)),
    room(data.filter((d) => d.value >= 0)),
  );
  const byCode = new Map(data.map((d) => [d.code, d]));
  const height = data.length * ROW + 36;
  const tooltipOf = (code: string) => {
    const d = byCode.get(code);
    return d ? (
      <div className="cmp-tooltip">
        <strong>{d.label}</strong>
        <div>{detailOf(d.bar)}</div>
      </div>
    ) : null;
  };

  return (
    <div ref={ref} className="cmp-bars-chart">
      {data.length > 0 && (
        <ChartSlot height={height}>
          {width > 0 && (
            <BarsDrawing
              width={width}
              height={height}
              data={data}
              domain={domain}
              ticks={niceTicks(domain[0], domain[1], width < 600 ? 3 : 5).filter(
                (v) => v >= domain[0] && v <= domain[1],
              )}
              axisText={axisText}
              labelWidth={labelWidth}
              fontSize={FONT}
              title={title}
              description={description}
              tooltipOf={tooltipOf}
            />
          )}
        </ChartSlot>
      )}
    </div>
  );
}
