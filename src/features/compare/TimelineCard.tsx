// Totals over the years the documents speak of: each document's stated figure, and the year
// before it derived from the change the document states ("比2020年预算减少10,046万元"). Derived
// bars are drawn open and labelled, and the table quotes the sentence each figure comes from.
// Every document in the store takes part, so a newly ingested year extends the line by itself.
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, Tooltip, XAxis, YAxis, type BarShapeProps } from 'recharts';
import { deriveTimeline, threePublicTimeline, type TimelinePoint } from '../../domain/timeline';
import { formatStatedMoney } from '../../domain/stated-money';
import { formatMoney } from '../../domain/money-format';
import { useMeasuredWidth } from '../../components/treemap/use-measured-width';
import { useMoney } from '../../components/use-money';
import { useDataStore } from '../../state/data-store';
import { AltTable } from './AltTable';
import { ChartCard } from './ChartCard';
import { finish } from './logic/sentence-text';
import { useCompareT } from './use-compare';

export function TimelineCard({ series }: { series: 'expenditure' | 'threePublic' }) {
  const { t } = useTranslation('compare');
  const tc = useCompareT();
  const { lang, unit } = useMoney();
  const documents = useDataStore((s) => s.documents);
  const ref = useRef<HTMLDivElement>(null);
  const width = useMeasuredWidth(ref);
  const points = useMemo(() => (series === 'expenditure' ? deriveTimeline(documents) : threePublicTimeline(documents)), [documents, series]);
  const yearOfDoc = (id: string) => documents.find((d) => d.id === id)?.year ?? id;
  const amount = (p: TimelinePoint) => formatStatedMoney(p.amount, p.precision, { lang, unit });
  const basis = (p: TimelinePoint) => t(p.derived ? 'timeline.derivedFrom' : 'timeline.statedIn', { year: yearOfDoc(p.fromDocId), printed: p.printed });

  const description = finish(
    tc,
    points.map((p) => t('timeline.point', { year: p.year, amount: amount(p), basis: basis(p) })),
  );
  const data = points.map((p) => ({ year: String(p.year), amount: p.amount, label: `${amount(p)}${p.derived ? t('timeline.derivedMark') : ''}`, derived: p.derived }));

  const shape = (props: BarShapeProps) => {
    const d = data[props.index];
    if (!d) return <g />;
    return (
      <g>
        <rect className={`cmp-tl ${d.derived ? 'cmp-tl-derived' : ''}`} x={props.x} y={props.y} width={props.width} height={props.height} />
        <text className="cmp-bar-value" x={props.x + props.width / 2} y={props.y - 6} textAnchor="middle">
          {d.label}
        </text>
      </g>
    );
  };

  const title = t(`timeline.title.${series}`);
  const table = (
    <AltTable
      caption={title}
      columns={[t('timeline.year'), t('timeline.amount'), t('timeline.basis'), t('timeline.sentence')]}
      rows={points.map((p) => ({
        key: String(p.year),
        head: String(p.year),
        cells: [
          amount(p),
          <>
            {basis(p)}
            {p.crossChecks.map((c, i) => (
              <span key={i} className="cmp-crosscheck">
                {t(c.consistent ? 'timeline.crossCheckOk' : 'timeline.crossCheckOff', { year: yearOfDoc(c.fromDocId), amount: formatStatedMoney(c.amount, c.precision, { lang, unit }) })}
              </span>
            ))}
          </>,
          <q key="q" lang="zh-CN">
            {p.sentence}
          </q>,
        ],
      }))}
    />
  );

  return (
    <ChartCard title={title} description={description} table={table} tableOpen testId={`timeline-${series}`}>
      <p className="cmp-chart-note">{t('timeline.note')}</p>
      <div ref={ref} className="cmp-timeline">
        {width > 0 && points.length > 0 && (
          <BarChart width={width} height={220} data={data} margin={{ top: 24, right: 8, bottom: 4, left: 8 }} title={title} desc={description} aria-label={title}>
            <XAxis dataKey="year" tick={{ fontSize: 12 }} />
            <YAxis hide domain={[0, 'dataMax']} />
            <Tooltip
              cursor={{ className: 'cmp-bar-cursor' }}
              content={({ active, label }) => {
                const p = active ? points.find((x) => String(x.year) === String(label)) : undefined;
                return p ? (
                  <div className="cmp-tooltip">
                    <strong>{p.year}</strong>
                    <div>{formatMoney(p.amount, { lang, unit })}</div>
                    <div>{basis(p)}</div>
                  </div>
                ) : null;
              }}
            />
            <Bar dataKey="amount" isAnimationActive={false} shape={shape} maxBarSize={72} />
          </BarChart>
        )}
      </div>
    </ChartCard>
  );
}
