// Explore: drill-down treemaps of the function classification (类 > 款 > 项) and of the economic
// classification of basic spending (类 > 款), one year at a time. All state is in the URL
// (year, cls, path, measure); see use-explore.ts for the data and the navigation.
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DrillTreemap } from '../../components/treemap/DrillTreemap';
import { Money } from '../../components/Money';
import { ExploreShare } from '../../components/share/ExploreShare';
import { DrillBreadcrumb, type Crumb } from './DrillBreadcrumb';
import { ExploreControls } from './ExploreControls';
import { ExploreNotices } from './ExploreNotices';
import { LeafDetails } from './LeafDetails';
import { TileTooltip } from './TileTooltip';
import { useExplore } from './use-explore';
import './explore.css';
import '../../i18n/ns/explore';

// Keys typed into a form field are the field's, not "go up".
function isTextEntry(target: EventTarget): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

export default function ExploreView() {
  const { t } = useTranslation('explore');
  const x = useExplore();
  const leafRef = useRef<HTMLElement>(null);

  // A leaf opened from the view takes focus, so Escape closes it and the reader hears its figures.
  useEffect(() => {
    if (x.leafFocusSeq > 0) leafRef.current?.focus();
  }, [x.leafFocusSeq]);

  const { doc, model, cls } = x;
  if (!doc || !model) return null;

  const rootLabel = t(`root.${cls}`);
  const measureLabel = t(`measure.${x.measure}`);
  const parent = model.parent;
  const levelName = parent ? x.name(parent.code, parent.name) : rootLabel;
  const crumbs: Crumb[] = [{ path: [], label: rootLabel }, ...model.trail.map((line, i) => ({ path: model.trail.slice(0, i + 1).map((l) => l.code), label: x.name(line.code, line.name) }))];
  const depth = model.trail.length + 1;
  const caption = t(`caption.${cls}${depth}`, { parent: levelName, measure: measureLabel, year: doc.year });
  const largest = model.items[0];
  const description = largest
    ? t('chart.description', { count: model.items.length, measure: measureLabel, largest: x.name(largest.code, largest.name), amount: x.nodes[0]?.labelLines[0] ?? '', share: x.share(largest.ofParent) })
    : t('chart.empty');

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if ((event.key !== 'Escape' && event.key !== 'Backspace') || isTextEntry(event.target) || event.altKey || event.ctrlKey || event.metaKey) return;
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
      <ExploreNotices state={x.state} docYear={doc.year} model={model} measureValid={x.measureValid} name={x.name} rootLabel={rootLabel} />
      <DrillBreadcrumb crumbs={crumbs} onGo={x.goTo} />
      <div className="explore-level">
        <h2>{levelName}</h2>
        <p className="explore-level-figures">
          <span>{measureLabel}</span> <Money yuan={model.parentValue} />
          {parent ? <span className="explore-level-share">{t('level.ofTotal', { share: x.share(model.total === 0 ? null : parent.value / model.total) })}</span> : null}
        </p>
        <div className="explore-level-share-menu">
          <ExploreShare cls={cls} year={doc.year} items={model.items} caption={caption} measureLabel={measureLabel} nameOf={x.name} />
        </div>
      </div>
      <p className="visually-hidden" aria-live="polite">
        {t('announce', { name: levelName, count: model.items.length })}
      </p>
      {model.leaf ? (
        <LeafDetails
          ref={leafRef}
          item={model.leaf}
          name={x.name(model.leaf.code, model.leaf.name)}
          parentName={levelName}
          measureLabel={measureLabel}
          share={x.share}
          onClose={() => x.goUp()}
        />
      ) : null}
      <DrillTreemap
        nodes={x.nodes}
        onActivate={x.activate}
        label={t('chart.label', { caption })}
        description={description}
        listCaption={caption}
        listColumns={[t('list.name'), t('list.amount'), t('list.share')]}
        emptyText={t('chart.empty')}
        focusRequest={x.focusRequest}
        renderTooltip={(node) => {
          const item = model.items.find((i) => i.code === node.id);
          return item ? <TileTooltip name={node.name} item={item} parentName={levelName} share={x.share} /> : null;
        }}
      />
    </section>
  );
}
