// An embedded budget table (chart=table-<tableId>): the Tables view's content for one table of
// one document, drawn by its own TableSection (the shared hierarchical table), with sort and
// filter kept in the embed's in-memory view state.
import { useTranslation } from 'react-i18next';
import { useDataStore } from '../../state/data-store';
import { documentForYear } from '../../state/selectors';
import { useViewState } from '../../state/use-view-state';
import { tableEntry } from '../../features/tables/table-catalog';
import { useTableContent } from '../../features/tables/use-table-content';
import { TableSection } from '../../features/tables/TableSection';
import { EmbedLayout } from '../EmbedLayout';
import type { EmbedChartProps } from '../EmbedFrame';
import '../../features/tables/tables.css';
import '../../i18n/ns/tables';

export default function TableEmbed({ options, notices }: EmbedChartProps) {
  const { t } = useTranslation('tables');
  const [state] = useViewState();
  const documents = useDataStore((s) => s.documents);
  const doc = documentForYear(documents, state.year);
  const entry = tableEntry(state.table);
  const content = useTableContent(doc, entry.id);
  if (!doc || !content) return null;
  const title = t(`titles.${entry.id}`, { year: doc.year });

  return (
    // No unit line under the title: the table's own toolbar says the unit (once, beside its figures).
    <EmbedLayout title={title} notices={notices} pinned={options.data.length > 0}>
      {content.kind === 'sections' ? (
        <div className={`table-sections count-${content.sections.length}`}>
          {content.sections.map((section) => (
            <TableSection key={section.key} section={section} entry={entry} year={doc.year} title={title} />
          ))}
        </div>
      ) : (
        <p className="table-note">{t(content.kind, { year: doc.year })}</p>
      )}
    </EmbedLayout>
  );
}
