// Compare two budget documents: what changed, line by line, computed in the browser from the two
// documents the URL names (from, to; default the earliest and the latest). The view state
// (years, classification, level, measure, sort, filter, drill path, chart rank) is all in the URL.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useViewState } from '../../state/use-view-state';
import { compareLines, effectiveLevel, effectiveMeasure } from './logic/compare-lines';
import { performancePairs, procurementPairs, threePublicPairs } from './logic/other-figures';
import { ChangeBars } from './ChangeBars';
import { ChangeTreemap } from './ChangeTreemap';
import { FiguresCard } from './FiguresCard';
import { LineControls } from './LineControls';
import { LineTable } from './LineTable';
import { ProjectsCard } from './ProjectsCard';
import { SectionNav } from './SectionNav';
import { SplitCard } from './SplitCard';
import { TimelineCard } from './TimelineCard';
import { TotalChange } from './TotalChange';
import { UnitsCard } from './UnitsCard';
import { WaterfallCard } from './WaterfallCard';
import { YearPickers } from './YearPickers';
import { useComparePair } from './use-compare';
import './compare.css';

export default function CompareView() {
  const { t } = useTranslation('compare');
  const [state] = useViewState();
  const pair = useComparePair();
  const cls = state.cls;
  const level = effectiveLevel(cls, state.level);
  const measure = effectiveMeasure(cls, state.measure);
  const rows = useMemo(() => (pair ? compareLines(pair.from, pair.to, cls, measure) : []), [pair, cls, measure]);

  if (!pair) {
    return (
      <section className="view compare" aria-labelledby="compare-title">
        <h1 id="compare-title">{t('title')}</h1>
        <p>{t('needTwo')}</p>
      </section>
    );
  }
  const { from, to } = pair;
  return (
    <section className="view compare" aria-labelledby="compare-title">
      <div className="cmp-top">
        <h1 id="compare-title">{t('heading', { from: from.year, to: to.year })}</h1>
        <YearPickers years={pair.years} />
      </div>
      <TotalChange pair={pair} />
      <SectionNav />

      <div id="cmp-where" className="cmp-grid">
        <WaterfallCard pair={pair} groupBy="category" />
        <WaterfallCard pair={pair} groupBy="basicProject" />
      </div>
      <div id="cmp-splits" className="cmp-grid">
        <SplitCard pair={pair} kind="basicProject" />
        <SplitCard pair={pair} kind="personnelPublicUse" />
      </div>

      <section id="cmp-lines" className="cmp-section" aria-labelledby="cmp-lines-title">
        <h2 id="cmp-lines-title">{t('lines.title')}</h2>
        <p className="cmp-chart-note">{t(`lines.intro.${cls}`)}</p>
        <LineControls />
        <LineTable pair={pair} rows={rows} cls={cls} level={level} measure={measure} />
      </section>
      <div id="cmp-charts">
        <ChangeBars pair={pair} rows={rows} cls={cls} level={level} />
        <ChangeTreemap pair={pair} rows={rows} cls={cls} />
      </div>

      <div id="cmp-timeline" className="cmp-grid">
        <TimelineCard series="expenditure" />
        <TimelineCard series="threePublic" />
      </div>
      <div id="cmp-figures" className="cmp-grid">
        <FiguresCard pair={pair} title={t('figures.title.threePublic')} pairs={threePublicPairs(from, to)} testId="figures-three-public" note={t('figures.note.threePublic')} />
        <FiguresCard pair={pair} title={t('figures.title.procurement')} pairs={procurementPairs(from, to)} testId="figures-procurement" />
        <FiguresCard pair={pair} title={t('figures.title.performance')} pairs={performancePairs(from, to)} testId="figures-performance" />
      </div>
      <div id="cmp-units" className="cmp-grid">
        <UnitsCard pair={pair} />
        <ProjectsCard pair={pair} />
      </div>
    </section>
  );
}
