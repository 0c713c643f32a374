// From the from-year total to the to-year total in steps: by 类, or by basic and project
// spending. Floating bars (recharts, stacked on an invisible base: charts/WaterfallDrawing, loaded
// lazily), the change written at each bar's end; the steps add up exactly (src/domain/compare.ts waterfall()).
import { memo, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { waterfall } from '../../domain/compare';
import { formatMoney, formatSignedMoney, unitLabel } from '../../domain/money-format';
import { estimateTextWidth } from '../../components/treemap/label-fit';
import { useChartWidth } from './charts/use-chart-width';
import { Money } from '../../components/Money';
import { useMoney } from '../../components/use-money';
import { domainWithRoom, niceTicks, waterfallBars, type WaterfallBar } from './logic/chart-data';
import { waterfallSentence } from './logic/sentences';
import { waterfallText } from './logic/sentence-text';
import { AltTable } from './AltTable';
import { ChartSlot, WaterfallDrawing } from './charts/lazy';
import { useSmallTextPx } from './charts/text-size';
import { ChartCard } from './ChartCard';
import { SignedMoney } from './SignedMoney';
import { useAxisMoney, useCodeName, useCompareT, type ComparePair } from './use-compare';
import '../../i18n/ns/compare';

const ROW = 30;

export const WaterfallCard = memo(function WaterfallCard({
  pair,
  groupBy,
}: {
  pair: ComparePair;
  groupBy: 'category' | 'basicProject';
}) {
  const { t } = useTranslation('compare');
  const tc = useCompareT();
  const { lang, unit, printsFen, options: money } = useMoney();
  const nameOfCode = useCodeName('function');
  const axisMoney = useAxisMoney();
  const ref = useRef<HTMLDivElement>(null);
  const width = useChartWidth(ref);
  const small = useSmallTextPx();
  const { from, to, years } = pair;

  const w = useMemo(
    () =>
      groupBy === 'category'
        ? waterfall(from.tables.expenditureByFunction, to.tables.expenditureByFunction, 'total', 'category')
        : waterfall(from.tables.expenditureByFunction, to.tables.expenditureByFunction, 'total', 'basicProject'),
    [from, to, groupBy],
  );
  const nameOf = (key: string, printed: string) =>
    /^\d+$/.test(key) ? nameOfCode(key, printed) : t(`waterfall.${key}`);
  const bars = waterfallBars(
    w,
    t('waterfall.total', { year: years.fromYear }),
    t('waterfall.total', { year: years.toYear }),
    nameOf,
  );
  const description = waterfallText(tc, lang, waterfallSentence(w, nameOf, years), printsFen);
  const labelWidth = width < 500 ? Math.round(width * 0.4) : Math.min(200, Math.round(width * 0.3));
  const text = (b: WaterfallBar) =>
    b.kind === 'total'
      ? formatMoney(b.amount, { ...money, withUnit: false })
      : formatSignedMoney(b.amount, { ...money, withUnit: false });
  const data = bars.map((b) => ({
    ...b,
    label: text(b),
    tone: b.kind === 'total' ? 'total' : b.amount < 0 ? 'down' : 'up',
  }));
  const byKey = new Map(data.map((d) => [d.key, d]));
  const max = Math.max(w.from, w.to, ...bars.map((b) => b.base + b.size));
  const domain = domainWithRoom(
    0,
    max,
    width - labelWidth - 12,
    0,
    Math.max(...data.map((d) => estimateTextWidth(d.label, small))) + 8,
  );

  const height = data.length * ROW + 36;
  const tooltipOf = (key: string) => {
    const d = byKey.get(key);
    return d ? (
      <div className="cmp-tooltip">
        <strong>{d.name}</strong>
        <div>{d.kind === 'total' ? formatMoney(d.amount, money) : formatSignedMoney(d.amount, money)}</div>
      </div>
    ) : null;
  };

  const title = t(`waterfall.title.${groupBy}`, { from: years.fromYear, to: years.toYear });
  const table = (
    <AltTable
      caption={title}
      columns={[t('waterfall.step'), t('waterfall.start'), t('lines.change'), t('waterfall.end')]}
      rows={w.steps.map((s) => ({
        key: s.key,
        head: `${nameOf(s.key, s.name)}${s.status === 'new' || s.status === 'removed' ? t('waterfall.statusSuffix', { status: t(`status.${s.status}`) }) : ''}`,
        cells: [<Money key="s" fen={s.start} />, <SignedMoney key="c" fen={s.change} />, <Money key="e" fen={s.end} />],
      }))}
    />
  );

  return (
    <ChartCard
      title={title}
      description={description}
      table={table}
      shareRows={() => ({
        columns: [
          { key: 'code', label: t('share.code'), kind: 'code' },
          { key: 'step', label: t('waterfall.step'), kind: 'text' },
          { key: 'status', label: t('lines.status'), kind: 'text' },
          { key: 'start', label: t('waterfall.start'), kind: 'money' },
          { key: 'change', label: t('lines.change'), kind: 'money' },
          { key: 'end', label: t('waterfall.end'), kind: 'money' },
        ],
        rows: w.steps.map((s) => ({
          code: /^\d+$/.test(s.key) ? s.key : null,
          step: nameOf(s.key, s.name),
          status: s.status === 'new' || s.status === 'removed' ? t(`status.${s.status}`) : '',
          start: s.start,
          change: s.change,
          end: s.end,
        })),
      })}
    >
      <p className="cmp-chart-note">{t('waterfall.unit', { unit: unitLabel(unit, lang) })}</p>
      <div ref={ref} className="cmp-waterfall">
        <ChartSlot height={height}>
          {width > 0 && (
            <WaterfallDrawing
              width={width}
              height={height}
              data={data}
              domain={domain}
              ticks={niceTicks(0, domain[1], width < 600 ? 3 : 4).filter((v) => v <= domain[1])}
              axisText={axisMoney}
              labelWidth={labelWidth}
              title={title}
              description={description}
              tooltipOf={tooltipOf}
            />
          )}
        </ChartSlot>
      </div>
    </ChartCard>
  );
});
