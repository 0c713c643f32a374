// Compare two budget documents: what changed, line by line, computed in the browser from the two
// documents the URL names (from, to; default the earliest and the latest). The view state
// (years, classification, level, measure, sort, filter, drill path, chart rank) is all in the URL.
// The headline is drawn at once and painted first; the cards follow, those in or near view first,
// the others in idle time (deferred/), so the page never blocks for long while it opens. A card's
// chart is drawn as the reader nears it (charts/use-near.ts). recharts is not in this chunk: the
// chart drawings load after the headline's paint (charts/lazy.tsx).
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useViewState } from '../../state/use-view-state';
import { compareLines, effectiveLevel, effectiveMeasure } from './logic/compare-lines';
import { performancePairs, procurementPairs, threePublicPairs } from './logic/other-figures';
import { ChangeBars } from './ChangeBars';
import { ChangeTreemap } from './ChangeTreemap';
import { LineControls } from './LineControls';
import { SectionNav } from './SectionNav';
import { YearPickers } from './YearPickers';
import {
  FiguresCard,
  LineTable,
  ProjectsCard,
  SplitCard,
  TimelineCard,
  TotalChange,
  UnitsCard,
  WaterfallCard,
} from './memo-cards';
import { Deferred } from './deferred/Deferred';
import { DeferredMounting } from './deferred/DeferredMounting';
import { DrawingsStatus } from './charts/lazy';
import { useComparePair } from './use-compare';
import './compare.css';
import '../../i18n/ns/compare';

export default function CompareView() {
  const { t } = useTranslation('compare');
  const [state] = useViewState();
  const pair = useComparePair();
  const root = useRef<HTMLElement>(null);
  const cls = state.cls;
  const level = effectiveLevel(cls, state.level);
  const measure = effectiveMeasure(cls, state.measure);
  // Computed once per pair and classification/measure, not on every change of the view state
  // (rank, sort, drill path, filter re-render the view but change none of these).
  const rows = useMemo(() => (pair ? compareLines(pair.from, pair.to, cls, measure) : []), [pair, cls, measure]);
  const figures = useMemo(
    () =>
      pair
        ? {
            threePublic: threePublicPairs(pair.from, pair.to),
            procurement: procurementPairs(pair.from, pair.to),
            performance: performancePairs(pair.from, pair.to),
          }
        : null,
    [pair],
  );

  if (!pair || !figures) {
    return (
      <section className="view compare" aria-labelledby="compare-title">
        <h1 id="compare-title">{t('title')}</h1>
        <p>{t('needTwo')}</p>
      </section>
    );
  }
  const { from, to } = pair;
  const years = { from: from.year, to: to.year };
  return (
    <section ref={root} className="view compare" aria-labelledby="compare-title">
      <DeferredMounting root={root}>
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

        <div id="cmp-where" className="cmp-grid">
          {/* On the first screen: its placeholder is in view, so it is drawn right after the headline is painted. */}
          <Deferred card="waterfall-category" title={t('waterfall.title.category', years)}>
            <WaterfallCard pair={pair} groupBy="category" />
          </Deferred>
          <Deferred card="waterfall-basicProject" title={t('waterfall.title.basicProject', years)}>
            <WaterfallCard pair={pair} groupBy="basicProject" />
          </Deferred>
        </div>
        <div id="cmp-splits" className="cmp-grid">
          <Deferred card="split-basicProject" title={t('splits.title.basicProject')}>
            <SplitCard pair={pair} kind="basicProject" />
          </Deferred>
          <Deferred card="split-personnelPublicUse" title={t('splits.title.personnelPublicUse')}>
            <SplitCard pair={pair} kind="personnelPublicUse" />
          </Deferred>
        </div>

        <section id="cmp-lines" className="cmp-section" aria-labelledby="cmp-lines-title">
          <h2 id="cmp-lines-title">{t('lines.title')}</h2>
          <p className="cmp-chart-note">{t(`lines.intro.${cls}`)}</p>
          <LineControls />
          <Deferred card="lines">
            <LineTable pair={pair} rows={rows} cls={cls} level={level} measure={measure} />
          </Deferred>
        </section>
        <div id="cmp-charts">
          <Deferred card="change-bars" title={t('bars.title')}>
            <ChangeBars pair={pair} rows={rows} cls={cls} level={level} />
          </Deferred>
          <Deferred card="change-treemap" title={t('treemap.title')}>
            <ChangeTreemap pair={pair} rows={rows} cls={cls} />
          </Deferred>
        </div>

        <div id="cmp-timeline" className="cmp-grid">
          <Deferred card="timeline-expenditure" title={t('timeline.title.expenditure')}>
            <TimelineCard series="expenditure" />
          </Deferred>
          <Deferred card="timeline-threePublic" title={t('timeline.title.threePublic')}>
            <TimelineCard series="threePublic" />
          </Deferred>
        </div>
        <div id="cmp-figures" className="cmp-grid">
          <Deferred card="figures-three-public" title={t('figures.title.threePublic')}>
            <FiguresCard
              pair={pair}
              title={t('figures.title.threePublic')}
              pairs={figures.threePublic}
              testId="figures-three-public"
              note={t('figures.note.threePublic')}
            />
          </Deferred>
          <Deferred card="figures-procurement" title={t('figures.title.procurement')}>
            <FiguresCard
              pair={pair}
              title={t('figures.title.procurement')}
              pairs={figures.procurement}
              testId="figures-procurement"
            />
          </Deferred>
          <Deferred card="figures-performance" title={t('figures.title.performance')}>
            <FiguresCard
              pair={pair}
              title={t('figures.title.performance')}
              pairs={figures.performance}
              testId="figures-performance"
            />
          </Deferred>
        </div>
        <div id="cmp-units" className="cmp-grid">
          <Deferred card="budget-units" title={t('units.title')}>
            <UnitsCard pair={pair} />
          </Deferred>
          <Deferred card="projects-compare" title={t('projects.title')}>
            <ProjectsCard pair={pair} />
          </Deferred>
        </div>
      </DeferredMounting>
    </section>
  );
}
