// A small comparison table of stated figures (三公 and 机关运行经费, procurement, performance
// targets): both years, the change, and one sentence per row. A figure a document does not give
// reads "not stated" and has no change. Figures of the documents' text keep their printed
// precision (754.813万元 stays so; 24,653万元 is never written as an exact number of yuan).
// Money is fen; the data files say yuan (the unit column), so money values go there as yuan.
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { yuanNumber } from '../../domain/fen';
import { formatNumber, formatPercent } from '../../domain/money-format';
import { statedDifference } from '../../domain/stated-money';
import { useMoney } from '../../components/use-money';
import { performancePairs, procurementPairs, threePublicPairs, type FigurePair } from './logic/other-figures';
import { lineSentence } from './logic/sentences';
import { finish, lineText, type Translate } from './logic/sentence-text';
import { percentCell } from './logic/share-rows';
import { AltTable } from './AltTable';
import { ChartCard } from './ChartCard';
import { useCompareT, usePointsText, type ComparePair } from './use-compare';
import { useStatedMoney } from '../../components/use-stated-money';
import '../../i18n/ns/compare';
import type { Lang } from '../../domain/lang';
type Stated = ReturnType<typeof useStatedMoney>;

/** Fen value of the last digit a money figure of the pair has (1: exact, from a table). */
const precisionOf = (p: FigurePair, side: 'from' | 'to') => (side === 'from' ? p.fromPrecision : p.toPrecision) ?? 1;

function valueText(p: FigurePair, side: 'from' | 'to', lang: Lang, stated: Stated, notStated: string): string {
  const v = p[side];
  if (v === null) return notStated;
  if (p.kind === 'count') return formatNumber(v, lang);
  if (p.kind === 'share') return formatPercent(v, lang);
  return stated(v, precisionOf(p, side));
}

function changeText(p: FigurePair, lang: Lang, stated: Stated, points: (pp: number) => string, dash: string): string {
  if (p.change === null) return dash;
  if (p.kind === 'share') return points(p.change);
  if (p.kind === 'count') return p.change > 0 ? `+${formatNumber(p.change, lang)}` : formatNumber(p.change, lang);
  // A difference of two printed figures is as precise as the coarser of them (statedDifference).
  const d = statedDifference(p.change, precisionOf(p, 'from'), precisionOf(p, 'to'));
  return stated(d.amount, d.precision, { signed: true, approximate: d.approximate });
}

function sentence(
  t: Translate,
  lang: Lang,
  p: FigurePair,
  name: string,
  pair: ComparePair,
  stated: Stated,
  printsFen: boolean,
): string {
  const { fromYear, toYear } = pair.years;
  if (p.from === null || p.to === null) {
    if (p.from === null && p.to === null) return t('figures.notStatedBoth', { name });
    return t('figures.notStated', { name, year: p.from === null ? fromYear : toYear });
  }
  const exact = precisionOf(p, 'from') === 1 && precisionOf(p, 'to') === 1;
  if (p.kind === 'money' && exact)
    return lineText(t, lang, lineSentence({ status: 'changed', from: p.from, to: p.to }, name, pair.years), printsFen);
  const show = (side: 'from' | 'to') => valueText(p, side, lang, stated, '');
  return t('figures.sentence', { name, from: show('from'), to: show('to'), fromYear, toYear });
}

const FIGURES = { threePublic: threePublicPairs, procurement: procurementPairs, performance: performancePairs };

interface Props {
  pair: ComparePair;
  /** 三公 and 机关运行经费, government procurement, or performance targets */
  kind: keyof typeof FIGURES;
}

export const FiguresCard = memo(function FiguresCard({ pair, kind }: Props) {
  const { t } = useTranslation('compare');
  const tc = useCompareT();
  const stated = useStatedMoney();
  const points = usePointsText();
  const { lang, printsFen } = useMoney();
  const pairs = useMemo(() => FIGURES[kind](pair.from, pair.to), [pair, kind]);
  const title = t(`figures.title.${kind}`);
  // Only the 三公 figures need a word on where they come from.
  const note = kind === 'threePublic' ? t('figures.note.threePublic') : undefined;
  const dash = t('noFigure');
  const notStated = t('figures.notStatedShort');
  const sentences = pairs.map((p) => sentence(tc, lang, p, t(`figures.${p.key}`), pair, stated, printsFen));
  const { fromYear, toYear } = pair.years;
  const unitOf = (p: FigurePair) => t(`share.figureUnit.${p.kind}`);
  return (
    <ChartCard
      title={title}
      description={finish(tc, sentences)}
      shareRows={() => ({
        columns: [
          { key: 'item', label: t('figures.item'), kind: 'text' },
          { key: 'unit', label: t('share.unitColumn'), kind: 'text' },
          { key: 'from', label: t('figures.year', { year: fromYear }), kind: 'number' },
          { key: 'to', label: t('figures.year', { year: toYear }), kind: 'number' },
          { key: 'change', label: t('lines.change'), kind: 'number' },
          { key: 'pct', label: t('share.pctColumn'), kind: 'number' },
          { key: 'fromShown', label: t('share.shown', { year: fromYear }), kind: 'text' },
          { key: 'toShown', label: t('share.shown', { year: toYear }), kind: 'text' },
        ],
        rows: pairs.map((p) => {
          // The file's number for the unit column: a percentage, money in yuan, a count as it is.
          const cell = (v: number | null) =>
            v === null ? null : p.kind === 'share' ? percentCell(v) : p.kind === 'money' ? yuanNumber(v) : v;
          return {
            item: t(`figures.${p.key}`),
            unit: unitOf(p),
            from: cell(p.from),
            to: cell(p.to),
            change: p.change === null ? null : p.kind === 'share' ? Math.round(p.change * 100) / 100 : cell(p.change),
            pct: percentCell(p.pct),
            fromShown: valueText(p, 'from', lang, stated, notStated),
            toShown: valueText(p, 'to', lang, stated, notStated),
          };
        }),
      })}
    >
      {note && <p className="cmp-chart-note">{note}</p>}
      <AltTable
        caption={title}
        columns={[
          t('figures.item'),
          t('figures.year', { year: fromYear }),
          t('figures.year', { year: toYear }),
          t('lines.change'),
          t('lines.pct'),
        ]}
        rows={pairs.map((p) => ({
          key: p.key,
          head: <span className={p.depth === 1 ? 'cmp-indent' : undefined}>{t(`figures.${p.key}`)}</span>,
          cells: [
            valueText(p, 'from', lang, stated, notStated),
            valueText(p, 'to', lang, stated, notStated),
            changeText(p, lang, stated, points, dash),
            p.pct === null ? dash : formatPercent(p.pct, lang, { signed: true }),
          ],
        }))}
      />
    </ChartCard>
  );
});
