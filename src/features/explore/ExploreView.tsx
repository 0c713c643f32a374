// Explore: drill-down treemaps of the function classification (类 > 款 > 项) and of the economic
// classification of basic spending (类 > 款), one year at a time. All state is in the URL
// (year, cls, path, measure); see use-explore.ts for the data and the navigation.
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Money } from '../../components/Money';
import { isTextEntry } from '../../components/text-entry';
import { ExploreShare } from './ExploreShare';
import { DrillBreadcrumb } from './DrillBreadcrumb';
import { ExploreControls } from './ExploreControls';
import { ExploreNotices } from './ExploreNotices';
import { ExploreChart } from './ExploreChart';
import { useExploreFrame } from './use-explore-frame';
import './explore.css';
import '../../i18n/ns/explore';

export default function ExploreView() {
  const { t } = useTranslation('explore');
  const frame = useExploreFrame();
  if (!frame) return null;
  const { x, doc, model, rootLabel, measureLabel, levelName, crumbs, caption } = frame;
  const { cls } = x;
  const parent = model.parent;

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (
      (event.key !== 'Escape' && event.key !== 'Backspace') ||
      isTextEntry(event.target) ||
      event.altKey ||
      event.ctrlKey ||
      event.metaKey
    )
      return;
    if (x.goUp()) event.preventDefault();
  };

  return (
    <section className="view explore" aria-labelledby="explore-title" onKeyDown={onKeyDown}>
      <h1 id="explore-title">{t('title')}</h1>
      <p className="explore-intro">{t('intro')}</p>
      <ExploreControls
        years={x.years}
        year={doc.year}
        cls={cls}
        measure={x.measure}
        onYear={x.setYear}
        onClassification={x.setClassification}
        onMeasure={x.setMeasure}
      />
      <ExploreNotices
        state={x.state}
        docYear={doc.year}
        model={model}
        measureValid={x.measureValid}
        name={x.name}
        rootLabel={rootLabel}
      />
      <DrillBreadcrumb crumbs={crumbs} onGo={x.goTo} />
      <div className="explore-level">
        <h2>{levelName}</h2>
        <p className="explore-level-figures">
          <span>{measureLabel}</span> <Money fen={model.parentValue} />
          {parent ? (
            <span className="explore-level-share">
              {t('level.ofTotal', { share: x.share(model.total === 0 ? null : parent.value / model.total) })}
            </span>
          ) : null}
        </p>
        <div className="explore-level-share-menu">
          <ExploreShare
            cls={cls}
            year={doc.year}
            items={model.items}
            caption={caption}
            measureLabel={measureLabel}
            nameOf={x.name}
          />
        </div>
      </div>
      <p className="visually-hidden" aria-live="polite">
        {t('announce', { name: levelName, count: model.items.length })}
      </p>
      <ExploreChart frame={frame} focusRequest={x.focusRequest} />
    </section>
  );
}
