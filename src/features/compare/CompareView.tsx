// Compare two budget documents: what changed, line by line, computed in the browser from the two
// documents the URL names (from, to; default the earliest and the latest). The view state
// (years, classification, level, measure, sort, filter, drill path, chart rank) is all in the URL.
// The headline is drawn at once and painted first; the cards (cards/registry.tsx) follow, those
// in or near view first, the others in idle time (CardSlot, in the view's DeferredWork), so the
// page never blocks for long while it opens. A card's chart is drawn as the reader nears it.
// recharts is not in this chunk: the chart drawings load after the headline's paint (charts/lazy.tsx).
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { effectiveLevel, effectiveMeasure } from '../../domain/classifications';
import { DeferredWork } from '../../components/deferred/DeferredWork';
import { ViewLink } from '../../components/ViewLink';
import { useViewState } from '../../state/use-view-state';
import { compareLines } from './logic/compare-lines';
import { SectionNav } from './SectionNav';
import { TotalChange } from './TotalChange';
import { YearPickers } from './YearPickers';
import { CardSlot } from './cards/CardSlot';
import { COMPARE_CARDS, type CardData } from './cards/registry';
import { SECTIONS, Section } from './cards/sections';
import { DrawingsStatus } from './charts/lazy';
import { useComparePair, useCompareT } from './use-compare';
import './compare.css';
import '../../i18n/ns/compare';

export default function CompareView() {
  const { t } = useTranslation('compare');
  const tc = useCompareT();
  const [state] = useViewState();
  const pair = useComparePair();
  const cls = state.cls;
  const level = effectiveLevel(cls, state.level);
  const measure = effectiveMeasure(cls, state.measure);
  // Computed once per pair and classification/measure, not on every change of the view state
  // (rank, sort, drill path, filter re-render the view but change none of these).
  const rows = useMemo(() => (pair ? compareLines(pair.from, pair.to, cls, measure) : []), [pair, cls, measure]);

  if (!pair) {
    return (
      <section className="view compare" aria-labelledby="compare-title">
        <h1 id="compare-title">{t('title')}</h1>
        <p>{t('needTwo')}</p>
        <ViewLink to={{ view: 'library' }}>{t('needTwoAction')}</ViewLink>
      </section>
    );
  }
  const { from, to } = pair;
  const years = { from: from.year, to: to.year };
  const data: CardData = { pair, rows, cls, level, measure };
  return (
    <section className="view compare" aria-labelledby="compare-title">
      <DeferredWork>
        <div className="cmp-top">
          <h1 id="compare-title">{t('heading', years)}</h1>
          <YearPickers years={pair.years} />
        </div>
        {state.from !== null && state.from === state.to && (
          // The URL asked for one year against itself; compareYears showed another pair instead.
          <p className="cmp-warning" role="status" data-testid="same-year-notice">
            {t('years.sameYear', { year: state.from, from: from.year, to: to.year })}
          </p>
        )}
        <TotalChange pair={pair} />
        {/* The chart drawings (recharts) load once the headline is painted, not before: the data and the first screen's text never wait for them. */}
        <DrawingsStatus />
        <SectionNav />
        {SECTIONS.map((section) => (
          <Section key={section} id={section}>
            {COMPARE_CARDS.filter((card) => card.section === section).map((card) => (
              <CardSlot key={card.id} id={card.id} draw={card.draw} title={card.title?.(tc, years)}>
                {card.render(data)}
              </CardSlot>
            ))}
          </Section>
        ))}
      </DeferredWork>
    </section>
  );
}
