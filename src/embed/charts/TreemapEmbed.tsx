// An embedded Explore treemap (chart=treemap-function | treemap-economic). It is the Explore
// view's own data and navigation (use-explore.ts) drawn with the same pieces (breadcrumb,
// DrillTreemap, tooltip, line details); only the frame around it is the embed's. Drill-down
// changes the embed's in-memory view state, never the host page's URL.
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { unitLabel } from '../../domain/money-format';
import { useMoney } from '../../components/use-money';
import { DrillTreemap } from '../../components/treemap/DrillTreemap';
import { DrillBreadcrumb, type Crumb } from '../../features/explore/DrillBreadcrumb';
import { LeafDetails } from '../../features/explore/LeafDetails';
import { TileTooltip } from '../../features/explore/TileTooltip';
import { useExplore } from '../../features/explore/use-explore';
import { EmbedLayout } from '../EmbedLayout';
import type { EmbedChartProps } from '../EmbedFrame';
import '../../features/explore/explore.css';
import '../../i18n/ns/embed';
import '../../i18n/ns/explore';

export default function TreemapEmbed({ options, notices }: EmbedChartProps) {
  const { t } = useTranslation('explore');
  const { t: te } = useTranslation('embed');
  const { lang, unit } = useMoney();
  const x = useExplore();
  const leafRef = useRef<HTMLElement>(null);
  useEffect(() => {
    if (x.leafFocusSeq > 0) leafRef.current?.focus();
  }, [x.leafFocusSeq]);

  const { doc, model, cls } = x;
  if (!doc || !model) return null;
  const rootLabel = t(`root.${cls}`);
  const measureLabel = t(`measure.${x.measure}`);
  const levelName = model.parent ? x.name(model.parent.code, model.parent.name) : rootLabel;
  const crumbs: Crumb[] = [
    { path: [], label: rootLabel },
    ...model.trail.map((line, i) => ({ path: model.trail.slice(0, i + 1).map((l) => l.code), label: x.name(line.code, line.name) })),
  ];
  const caption = t(`caption.${cls}${model.trail.length + 1}`, { parent: levelName, measure: measureLabel, year: doc.year });
  const largest = model.items[0];
  const description = largest
    ? t('chart.description', {
        count: model.items.length,
        measure: measureLabel,
        largest: x.name(largest.code, largest.name),
        amount: x.nodes[0]?.labelLines[0] ?? '',
        share: x.share(largest.ofParent),
      })
    : t('chart.empty');
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if ((event.key === 'Escape' || event.key === 'Backspace') && !options.static && x.goUp()) event.preventDefault();
  };

  return (
    <EmbedLayout
      title={te(`treemap.${cls}`, { year: doc.year })}
      subtitle={te('treemap.subtitle', { measure: measureLabel, unit: unitLabel(unit, lang) })}
      notices={notices}
      pinned={options.data.length > 0}
    >
      <div className="explore embed-explore" onKeyDown={onKeyDown}>
        {options.static ? <p className="embed-path">{crumbs.map((c) => c.label).join(' › ')}</p> : <DrillBreadcrumb crumbs={crumbs} onGo={x.goTo} />}
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
          // Only after a step taken in the frame: focusing on load would pull the host page to the embed.
          focusRequest={x.focusRequest.seq > 0 ? x.focusRequest : undefined}
          renderTooltip={(node) => {
            const item = model.items.find((i) => i.code === node.id);
            return item ? <TileTooltip name={node.name} item={item} parentName={levelName} share={x.share} /> : null;
          }}
        />
      </div>
    </EmbedLayout>
  );
}
