// Picks the chart of the embed's `chart` option. Each kind is its own chunk, so an embedded
// treemap does not load the table code and the other way round.
import { lazy, Suspense, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { isTreemapChart, tableOfChart } from '../state/link/charts';
import type { EmbedOptions } from '../state/link/embed-link';
import type { UrlNotice } from '../state/link/link';
import { useDataStore } from '../state/data-store';
import { embedDataNotices } from './data-notices';
import '../i18n/ns/embed';

export interface EmbedChartProps {
  options: EmbedOptions;
  notices: UrlNotice[];
}

const TreemapEmbed = lazy(() => import('./charts/TreemapEmbed'));
const TableEmbed = lazy(() => import('./charts/TableEmbed'));
const CompareEmbed = lazy(() => import('./charts/CompareEmbed'));

function chartComponent(options: EmbedOptions): ComponentType<EmbedChartProps> {
  if (isTreemapChart(options.chart)) return TreemapEmbed;
  if (tableOfChart(options.chart)) return TableEmbed;
  return CompareEmbed;
}

export function EmbedFrame(props: EmbedChartProps) {
  const { t } = useTranslation('embed');
  const Chart = chartComponent(props.options);
  // Rendered once the data is ready (EmbedGate), so a year without a document can be named.
  const documents = useDataStore((s) => s.documents);
  const notices = [...props.notices, ...embedDataNotices(props.options, documents)];
  return (
    <Suspense
      fallback={
        <p role="status" className="embed-message" aria-busy="true" data-waiting>
          {t('loading')}
        </p>
      }
    >
      <Chart options={props.options} notices={notices} />
    </Suspense>
  );
}
