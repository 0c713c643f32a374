// One split of the budget in both years: basic / project spending, or personnel / public-use
// spending of basic spending. One stacked bar per year (lengths in yuan, so growth shows), each
// part labelled with its share; the sentence gives both parts' change and the shift of shares.
// The recharts drawing (charts/SplitDrawing) comes lazily, its place held meanwhile.
import { memo, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney, formatPercent, unitLabel } from '../../domain/money-format';
import { useChartWidth } from './charts/use-chart-width';
import { Money } from '../../components/Money';
import { useMoney } from '../../components/use-money';
import { niceTicks } from './logic/chart-data';
import { compareSplit, type SplitKind } from './logic/splits';
import { lineSentence, shareSentence } from './logic/sentences';
import { finish, lineText, shareText } from './logic/sentence-text';
import { AltTable } from './AltTable';
import { ChartSlot, SplitDrawing } from './charts/lazy';
import { ChartCard } from './ChartCard';
import { SignedMoney } from './SignedMoney';
import { percentCell } from './logic/share-rows';
import { useAxisMoney, useCompareT, usePointsText, type ComparePair } from './use-compare';
import '../../i18n/ns/compare';

const HEIGHT = 130;

export const SplitCard = memo(function SplitCard({ pair, kind }: { pair: ComparePair; kind: SplitKind }) {
  const { t } = useTranslation('compare');
  const tc = useCompareT();
  const axisMoney = useAxisMoney();
  const { lang, unit, printsFen, options: money } = useMoney();
  const ref = useRef<HTMLDivElement>(null);
  const width = useChartWidth(ref);
  const { years } = pair;
  const split = useMemo(() => compareSplit(pair.from, pair.to, kind), [pair, kind]);
  const [a, b] = split.parts as [(typeof split.parts)[0], (typeof split.parts)[0]];
  const name = (part: string) => t(`measures.${part}`);
  const pointsText = usePointsText();
  const pct = (v: number | null) => (v === null ? t('noFigure') : formatPercent(v, lang));

  const sentences = split.parts.map((p) =>
    lineText(tc, lang, lineSentence({ status: 'changed', from: p.from, to: p.to }, name(p.part), years), printsFen),
  );
  if (a.fromShare !== null && a.toShare !== null)
    sentences.push(shareText(tc, lang, shareSentence(name(a.part), a.fromShare, a.toShare, years)));
  const description = finish(tc, sentences);

  const label = (part: typeof a, share: number | null) => `${name(part.part)} ${pct(share)}`;
  const data = [
    {
      year: String(years.fromYear),
      a: a.from,
      b: b.from,
      aShare: a.fromShare,
      bShare: b.fromShare,
      aLabel: label(a, a.fromShare),
      bLabel: label(b, b.fromShare),
    },
    {
      year: String(years.toYear),
      a: a.to,
      b: b.to,
      aShare: a.toShare,
      bShare: b.toShare,
      aLabel: label(a, a.toShare),
      bLabel: label(b, b.toShare),
    },
  ];
  const tooltipOf = (year: string) => {
    const d = data.find((x) => x.year === year);
    return d ? (
      <div className="cmp-tooltip">
        <strong>{d.year}</strong>
        <div>{`${name(a.part)} ${formatMoney(d.a, money)} (${pct(d.aShare)})`}</div>
        <div>{`${name(b.part)} ${formatMoney(d.b, money)} (${pct(d.bShare)})`}</div>
      </div>
    ) : null;
  };

  const title = t(`splits.title.${kind}`);
  const table = (
    <AltTable
      caption={title}
      columns={[
        t('splits.part'),
        t('lines.amount', { year: years.fromYear }),
        t('lines.amount', { year: years.toYear }),
        t('lines.change'),
        t('lines.pct'),
        t('lines.share', { year: years.fromYear }),
        t('lines.share', { year: years.toYear }),
        t('lines.sharePoints'),
      ]}
      rows={split.parts.map((p) => ({
        key: p.part,
        head: name(p.part),
        cells: [
          <Money key="f" fen={p.from} />,
          <Money key="t" fen={p.to} />,
          <SignedMoney key="c" fen={p.change} />,
          p.pct === null ? t('noFigure') : formatPercent(p.pct, lang, { signed: true }),
          pct(p.fromShare),
          pct(p.toShare),
          p.sharePoints === null ? t('noFigure') : pointsText(p.sharePoints),
        ],
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
          { key: 'part', label: t('splits.part'), kind: 'text' },
          { key: 'from', label: t('lines.amount', { year: years.fromYear }), kind: 'money' },
          { key: 'to', label: t('lines.amount', { year: years.toYear }), kind: 'money' },
          { key: 'change', label: t('lines.change'), kind: 'money' },
          { key: 'pct', label: t('share.pctColumn'), kind: 'number' },
          { key: 'fromShare', label: t('share.shareColumn', { year: years.fromYear }), kind: 'number' },
          { key: 'toShare', label: t('share.shareColumn', { year: years.toYear }), kind: 'number' },
          { key: 'sharePoints', label: t('lines.sharePoints'), kind: 'number' },
        ],
        rows: split.parts.map((p) => ({
          part: name(p.part),
          from: p.from,
          to: p.to,
          change: p.change,
          pct: percentCell(p.pct),
          fromShare: percentCell(p.fromShare),
          toShare: percentCell(p.toShare),
          sharePoints: p.sharePoints === null ? null : Math.round(p.sharePoints * 100) / 100,
        })),
      })}
    >
      <div ref={ref} className="cmp-split-chart">
        <ChartSlot height={HEIGHT}>
          {width > 0 && (
            <SplitDrawing
              width={width}
              height={HEIGHT}
              data={data}
              ticks={niceTicks(0, Math.max(split.fromTotal, split.toTotal), width < 600 ? 3 : 4)}
              axisText={axisMoney}
              title={title}
              description={description}
              tooltipOf={tooltipOf}
            />
          )}
        </ChartSlot>
      </div>
      <p className="cmp-split-key">
        {t('waterfall.unit', { unit: unitLabel(unit, lang) })}
        <span className="cmp-swatch cmp-split-a" aria-hidden="true" /> {name(a.part)}{' '}
        <span className="cmp-swatch cmp-split-b" aria-hidden="true" /> {name(b.part)}
      </p>
    </ChartCard>
  );
});
