// An embedded Explore treemap (chart=treemap-function | treemap-economic). It is the Explore
// view's own data and navigation (use-explore.ts) drawn with the same pieces (breadcrumb,
// DrillTreemap, tooltip, line details); only the frame around it is the embed's. Drill-down
// changes the embed's in-memory view state, never the host page's URL.
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { unitLabel } from '../../domain/money-format';
import { useMoney } from '../../components/use-money';
import { DrillBreadcrumb } from '../../features/explore/DrillBreadcrumb';
import { ExploreChart } from '../../features/explore/ExploreChart';
import { useExploreFrame } from '../../features/explore/use-explore-frame';
import { EmbedLayout } from '../EmbedLayout';
import type { EmbedChartProps } from '../EmbedFrame';
import '../../features/explore/explore.css';
import '../../i18n/ns/embed';

export default function TreemapEmbed({ options, notices }: EmbedChartProps) {
  const { t: te } = useTranslation('embed');
  const { lang, unit } = useMoney();
  const frame = useExploreFrame();
  if (!frame) return null;
  const { x, doc, measureLabel, crumbs } = frame;
  const { cls } = x;
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
        {options.static ? (
          <p className="embed-path">{crumbs.map((c) => c.label).join(' › ')}</p>
        ) : (
          <DrillBreadcrumb crumbs={crumbs} onGo={x.goTo} />
        )}
        {/* Focus follows only a step taken in the frame: focusing on load would pull the host page to the embed. */}
        <ExploreChart frame={frame} focusRequest={x.focusRequest.seq > 0 ? x.focusRequest : undefined} />
      </div>
    </EmbedLayout>
  );
}
