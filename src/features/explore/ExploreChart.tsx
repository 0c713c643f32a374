// The chart of a level, for the Explore view and the embedded treemap: the opened leaf's details,
// if any, and the treemap with its list, tooltip and accessible description.
import { useTranslation } from 'react-i18next';
import { DrillTreemap } from '../../components/treemap/DrillTreemap';
import type { DrillTreemapProps } from '../../components/treemap/types';
import { LeafDetails } from './LeafDetails';
import { TileTooltip } from './TileTooltip';
import type { ExploreFrame } from './use-explore-frame';
import '../../i18n/ns/explore';

export function ExploreChart({
  frame,
  focusRequest,
}: {
  frame: ExploreFrame;
  focusRequest: DrillTreemapProps['focusRequest'];
}) {
  const { t } = useTranslation('explore');
  const { x, model, levelName, measureLabel, caption, description, leafRef } = frame;
  return (
    <>
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
        focusRequest={focusRequest}
        renderTooltip={(node) => {
          const item = model.items.find((i) => i.code === node.id);
          return item ? <TileTooltip name={node.name} item={item} parentName={levelName} share={x.share} /> : null;
        }}
      />
    </>
  );
}
