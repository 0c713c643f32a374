// An embedded comparison of two years (chart=compare-bars | compare-bars-economic): the Compare
// view's change bars for the two documents, at the level and ranking of the embed's view state.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { unitLabel } from '../../domain/money-format';
import { useViewState } from '../../state/use-view-state';
import { useLang, useUnit } from '../../components/use-money';
import { ChangeBars } from '../../features/compare/ChangeBars';
import { useComparePair } from '../../features/compare/use-compare';
import { compareLines } from '../../features/compare/logic/compare-lines';
import { CardIdContext } from '../../features/compare/cards/card-context';
import type { CardId } from '../../features/compare/cards/registry';
import { effectiveLevel } from '../../domain/classifications';
import { EmbedLayout } from '../EmbedLayout';
import { NoDeferredWork } from '../../components/deferred/DeferredWork';
import '../../features/compare/compare.css';
import type { EmbedChartProps } from '../EmbedFrame';
import '../../i18n/ns/compare';
import '../../i18n/ns/embed';

export default function CompareEmbed({ options, notices }: EmbedChartProps) {
  const { t } = useTranslation('compare');
  const { t: te } = useTranslation('embed');
  const [state] = useViewState();
  const lang = useLang();
  const unit = useUnit();
  const pair = useComparePair();
  const rows = useMemo(
    () => (pair ? compareLines(pair.from, pair.to, state.cls, state.measure) : []),
    [pair, state.cls, state.measure],
  );
  const years = pair ? pair.years : null;
  // Ranked by percent, the bars are in % (as the chart's downloads say), not in the money unit.
  const shownUnit = state.rank === 'rel' ? t('share.percent') : unitLabel(unit, lang);
  return (
    <EmbedLayout
      title={t('bars.title')}
      subtitle={years ? te('compare.subtitle', { from: years.fromYear, to: years.toYear, unit: shownUnit }) : undefined}
      notices={notices}
      pinned={options.data.length > 0}
    >
      {/* .compare scopes the view's colour variables (compare.css) */}
      {/* Its one chart is drawn whole at once, not when it nears the viewport: inside an iframe of
          another origin the observer ignores its margin, and a frame in a hidden tab would never draw. */}
      <NoDeferredWork>
        <div className="compare embed-compare">
          {pair ? (
            // The view's change bars card, with its id (test id, downloads' name) as in the view.
            <CardIdContext value={'change-bars' satisfies CardId}>
              <ChangeBars pair={pair} rows={rows} cls={state.cls} level={effectiveLevel(state.cls, state.level)} />
            </CardIdContext>
          ) : (
            <p>{t('needTwo')}</p>
          )}
        </div>
      </NoDeferredWork>
    </EmbedLayout>
  );
}
