// A small comparison table of stated figures (三公 and 机关运行经费, procurement, performance
// targets): both years, the change, and one sentence per row. A figure a document does not give
// reads "not stated" and has no change.
import { useTranslation } from 'react-i18next';
import { formatMoney, formatNumber, formatPercent, formatPoints, formatSignedMoney, type Lang } from '../../domain/money-format';
import { formatStatedMoney } from '../../domain/stated-money';
import { useMoney } from '../../components/use-money';
import type { UnitParam } from '../../state/url-state';
import type { FigurePair } from './logic/other-figures';
import { lineSentence } from './logic/sentences';
import { finish, lineText, type Translate } from './logic/sentence-text';
import { AltTable } from './AltTable';
import { ChartCard } from './ChartCard';
import { useCompareT, type ComparePair } from './use-compare';

function valueText(p: FigurePair, side: 'from' | 'to', lang: Lang, unit: UnitParam, notStated: string): string {
  const v = p[side];
  if (v === null) return notStated;
  if (p.kind === 'count') return formatNumber(v, lang);
  if (p.kind === 'share') return formatPercent(v, lang);
  const precision = side === 'from' ? p.fromPrecision : p.toPrecision;
  return precision === null ? formatMoney(v, { lang, unit }) : formatStatedMoney(v, precision, { lang, unit });
}

function changeText(p: FigurePair, lang: Lang, unit: UnitParam, dash: string): string {
  if (p.change === null) return dash;
  if (p.kind === 'share') return formatPoints(p.change, lang);
  if (p.kind === 'count') return p.change > 0 ? `+${formatNumber(p.change, lang)}` : formatNumber(p.change, lang);
  return formatSignedMoney(p.change, { lang, unit });
}

function sentence(t: Translate, lang: Lang, p: FigurePair, name: string, pair: ComparePair): string {
  const { fromYear, toYear } = pair.years;
  if (p.from === null || p.to === null) {
    if (p.from === null && p.to === null) return t('figures.notStatedBoth', { name });
    return t('figures.notStated', { name, year: p.from === null ? fromYear : toYear });
  }
  if (p.kind === 'money') return lineText(t, lang, lineSentence({ status: 'changed', from: p.from, to: p.to }, name, pair.years));
  const show = (v: number) => (p.kind === 'share' ? formatPercent(v, lang) : formatNumber(v, lang));
  return t('figures.sentence', { name, from: show(p.from), to: show(p.to), fromYear, toYear });
}

interface Props {
  pair: ComparePair;
  title: string;
  pairs: FigurePair[];
  testId: string;
  /** A line under the title, e.g. where the figures come from. */
  note?: string;
}

export function FiguresCard({ pair, title, pairs, testId, note }: Props) {
  const { t } = useTranslation('compare');
  const tc = useCompareT();
  const { lang, unit } = useMoney();
  const dash = t('noFigure');
  const notStated = t('figures.notStatedShort');
  const sentences = pairs.map((p) => sentence(tc, lang, p, t(`figures.${p.key}`), pair));
  const { fromYear, toYear } = pair.years;
  return (
    <ChartCard title={title} description={finish(tc, sentences)} testId={testId}>
      {note && <p className="cmp-chart-note">{note}</p>}
      <AltTable
        caption={title}
        columns={[t('figures.item'), t('figures.year', { year: fromYear }), t('figures.year', { year: toYear }), t('lines.change'), t('lines.pct')]}
        rows={pairs.map((p) => ({
          key: p.key,
          head: <span className={p.depth === 1 ? 'cmp-indent' : undefined}>{t(`figures.${p.key}`)}</span>,
          cells: [
            valueText(p, 'from', lang, unit, notStated),
            valueText(p, 'to', lang, unit, notStated),
            changeText(p, lang, unit, dash),
            p.pct === null ? dash : formatPercent(p.pct, lang, { signed: true }),
          ],
        }))}
      />
    </ChartCard>
  );
}
