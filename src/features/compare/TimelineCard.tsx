// Totals over the years the documents speak of. A year with a document shows the exact figure of
// its table (the text's rounded figure, as printed, beside it); the year before a document is
// derived from the change the document states ("比2020年预算减少10,046万元") and shown only as
// precise as that printing, marked derived and approximate. Derived bars are drawn open. Every
// document in the store takes part, so a newly ingested year extends the line by itself. The
// recharts drawing (charts/TimelineDrawing) comes lazily, its place held meanwhile.
import { memo, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { deriveTimeline, threePublicTimeline } from '../../domain/timeline';
import { yuanNumber } from '../../domain/fen';
import { formatMoney } from '../../domain/money-format';
import { useChartWidth } from './charts/use-chart-width';
import { useMoney } from '../../components/use-money';
import { useDataStore } from '../../state/data-store';
import { AltTable } from './AltTable';
import { ChartCard } from './ChartCard';
import { ChartSlot, TimelineDrawing } from './charts/lazy';
import { useSmallTextPx } from './charts/text-size';
import { labelLines } from './logic/label-lines';
import { finish } from './logic/sentence-text';
import { timelineRows, type TimelineRow, type TimelineSeries } from './logic/timeline-rows';
import { useCompareT } from './use-compare';
import { useStatedMoney } from '../../components/use-stated-money';
import '../../i18n/ns/compare';

const LINE = 1.2;

export const TimelineCard = memo(function TimelineCard({ series }: { series: TimelineSeries }) {
  const { t } = useTranslation('compare');
  const tc = useCompareT();
  const { options: money } = useMoney();
  const stated = useStatedMoney();
  const documents = useDataStore((s) => s.documents);
  const ref = useRef<HTMLDivElement>(null);
  const width = useChartWidth(ref);
  const small = useSmallTextPx();
  const rows = useMemo(
    () =>
      timelineRows(
        series === 'expenditure' ? deriveTimeline(documents) : threePublicTimeline(documents),
        documents,
        series,
      ),
    [documents, series],
  );
  const yearOfDoc = (id: string) => documents.find((d) => d.id === id)?.year ?? id;

  // Chart, tooltip, table, description and data file all say the same: exact or approximate.
  const amount = (r: TimelineRow) =>
    r.exact
      ? formatMoney(r.amount, money)
      : stated(r.amount, r.precision, { approximate: r.derived, withinUnit: true });
  const basis = (r: TimelineRow) =>
    r.derived
      ? t('timeline.derivedFrom', { year: yearOfDoc(r.point.fromDocId), printed: r.point.printed })
      : t(r.exact ? 'timeline.tableFigure' : 'timeline.statedIn', { year: r.year, printed: r.point.printed });

  const description = finish(
    tc,
    rows.map((r) => t('timeline.point', { year: r.year, amount: amount(r), basis: basis(r) })),
  );

  // Each value label stays within its bar's slot, on as many lines as it needs.
  const slot = rows.length > 0 ? (width - 16) / rows.length - 6 : 0;
  const data = rows.map((r) => ({
    year: String(r.year),
    amount: r.amount,
    derived: r.derived,
    label: labelLines(r.derived ? [amount(r), t('timeline.derivedMark')] : [amount(r)], slot, small),
  }));
  const labelHeight = Math.max(1, ...data.map((d) => d.label.lines.length * d.label.fontSize * LINE));

  const height = 200 + labelHeight;
  const tooltipOf = (year: string) => {
    const r = rows.find((x) => String(x.year) === year);
    return r ? (
      <div className="cmp-tooltip">
        <strong>{r.year}</strong>
        <div>{amount(r)}</div>
        <div>{basis(r)}</div>
      </div>
    ) : null;
  };

  const title = t(`timeline.title.${series}`);
  const table = (
    <AltTable
      caption={title}
      columns={[t('timeline.year'), t('timeline.amount'), t('timeline.basis'), t('timeline.sentence')]}
      rows={rows.map((r) => ({
        key: String(r.year),
        head: String(r.year),
        cells: [
          amount(r),
          <>
            {basis(r)}
            {r.point.crossChecks.map((c, i) => (
              <span key={i} className="cmp-crosscheck">
                {t(c.consistent ? 'timeline.crossCheckOk' : 'timeline.crossCheckOff', {
                  year: yearOfDoc(c.fromDocId),
                  amount: stated(c.amount, c.precision, { approximate: c.derived, withinUnit: true }),
                })}
              </span>
            ))}
          </>,
          <q key="q" lang="zh-CN">
            {r.point.sentence}
          </q>,
        ],
      }))}
    />
  );

  return (
    <ChartCard
      title={title}
      description={description}
      table={table}
      tableOpen
      shareRows={() => ({
        columns: [
          { key: 'year', label: t('timeline.year'), kind: 'code' },
          { key: 'amount', label: t('timeline.amount'), kind: 'money' },
          { key: 'kind', label: t('share.figureKind'), kind: 'text' },
          { key: 'precision', label: t('share.precision'), kind: 'number' },
          { key: 'basis', label: t('timeline.basis'), kind: 'text' },
          { key: 'printed', label: t('share.printed'), kind: 'text' },
        ],
        rows: rows.map((r) => ({
          year: String(r.year),
          amount: r.amount,
          kind: t(r.exact ? 'share.kindTable' : r.derived ? 'share.kindDerived' : 'share.kindStated'),
          precision: yuanNumber(r.precision), // yuan, as the amount in the file
          basis: basis(r),
          printed: r.point.printed,
        })),
      })}
    >
      <p className="cmp-chart-note">{t('timeline.note')}</p>
      <div ref={ref} className="cmp-timeline">
        {rows.length > 0 && (
          <ChartSlot height={height}>
            {width > 0 && (
              <TimelineDrawing
                width={width}
                height={height}
                labelHeight={labelHeight}
                lineHeight={LINE}
                data={data}
                title={title}
                description={description}
                tooltipOf={tooltipOf}
              />
            )}
          </ChartSlot>
        )}
      </div>
    </ChartCard>
  );
});
