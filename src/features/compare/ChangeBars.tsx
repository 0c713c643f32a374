// Diverging bars of the change of each line at the chosen level (the most detailed lines for
// "all"), ranked by yuan or by percent (`rank` in the URL). In yuan, a new or removed line is
// drawn with its whole amount, in its own colour and labelled; in percent it has no bar and is
// listed under the chart instead.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPercent, formatSignedMoney, unitLabel } from '../../domain/money-format';
import type { DiffRow } from '../../domain/compare';
import { useMoney } from '../../components/use-money';
import { useViewState } from '../../state/use-view-state';
import { CHANGE_RANKS, type Classification, type CompareLevel } from '../../state/link/values';
import { leafRows, rowsAtLevel } from './logic/compare-lines';
import { rankChanges } from './logic/chart-data';
import { changeSummary } from './logic/sentences';
import { summaryText } from './logic/sentence-text';
import { useDiffShare } from './use-diff-share';
import { ChartCard } from './ChartCard';
import { ChangeBarsChart } from './ChangeBarsChart';
import { LineAltTable } from './LineAltTable';
import { useAxisMoney, useCodeName, useCompareT, useRowSentence, type ComparePair } from './use-compare';
import '../../i18n/ns/compare';

interface Props {
  pair: ComparePair;
  rows: DiffRow[];
  cls: Classification;
  level: CompareLevel;
}

export function ChangeBars({ pair, rows, cls, level }: Props) {
  const { t } = useTranslation('compare');
  const tc = useCompareT();
  const { lang, unit, printsFen, options: money } = useMoney();
  const [state, navigate] = useViewState();
  const nameOf = useCodeName(cls);
  const axisMoney = useAxisMoney();
  const sentenceOf = useRowSentence(cls, pair.years);
  const shown = useMemo(() => (level === 'all' ? leafRows(rows) : rowsAtLevel(rows, level)), [rows, level]);
  const { bars, withoutPct } = useMemo(() => rankChanges(shown, state.rank), [shown, state.rank]);
  const description = useMemo(
    () =>
      summaryText(
        tc,
        lang,
        changeSummary(shown, (r) => nameOf(r.code, r.name), pair.years),
        printsFen,
      ),
    [tc, lang, printsFen, shown, nameOf, pair.years],
  );
  const tableRows = state.rank === 'rel' ? [...bars.map((b) => b.row), ...withoutPct] : bars.map((b) => b.row);
  const shareRows = useDiffShare(cls, pair.years);
  const valueText = (value: number) =>
    state.rank === 'rel'
      ? formatPercent(value / 100, lang, { signed: true })
      : formatSignedMoney(value, { ...money, withUnit: false });

  const controls = (
    <div role="group" aria-label={t('bars.rankLabel')} className="segmented">
      {CHANGE_RANKS.map((rank) => (
        <button key={rank} type="button" aria-pressed={state.rank === rank} onClick={() => navigate({ rank })}>
          {t(`bars.rank.${rank}`)}
        </button>
      ))}
    </div>
  );

  return (
    <ChartCard
      title={t('bars.title')}
      description={description}
      controls={controls}
      shareRows={() => shareRows(tableRows)}
      unitText={state.rank === 'rel' ? t('share.percent') : undefined}
      embedChart={cls === 'economic' ? 'compare-bars-economic' : 'compare-bars'}
      table={<LineAltTable caption={t('bars.tableCaption')} rows={tableRows} cls={cls} sentenceOf={sentenceOf} />}
    >
      <p className="cmp-chart-note">
        {t(level === 'all' ? 'bars.subtitleLeaves' : 'bars.subtitle', { level: t(`controls.levels.${cls}.${level}`) })}{' '}
        {state.rank === 'abs' ? t('bars.unit', { unit: unitLabel(unit, lang) }) : t('bars.percent')}
      </p>
      <ChangeBarsChart
        bars={bars}
        title={t('bars.title')}
        description={description}
        labelOf={(b) => nameOf(b.code, b.row.name)}
        valueText={valueText}
        axisText={(v) =>
          state.rank === 'rel' ? formatPercent(v / 100, lang, { decimals: 0, signed: true }) : axisMoney(v)
        }
        detailOf={(b) => sentenceOf(b.row)}
        statusText={(b) => (b.status === 'new' || b.status === 'removed' ? t(`status.${b.status}`) : '')}
      />
      {withoutPct.length > 0 && (
        <div className="cmp-without-pct">
          <p>{t('bars.withoutPct')}</p>
          <ul>
            {withoutPct.map((r) => (
              <li key={r.code}>{sentenceOf(r)}</li>
            ))}
          </ul>
        </div>
      )}
    </ChartCard>
  );
}
