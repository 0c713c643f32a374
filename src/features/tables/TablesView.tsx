// The Tables view: every table of the chosen year's document, picked by number, in the one
// hierarchical table component. Year, table, sort and filter live in the URL.
import { useTranslation } from 'react-i18next';
import { useDataStore } from '../../state/data-store';
import { useDepartment } from '../../components/use-department';
import { documentForYear } from '../../state/selectors';
import { useViewState } from '../../state/use-view-state';
import type { TableId } from '../../state/link/values';
import { TABLE_CATALOG, tableEntry } from './table-catalog';
import { useTableContent } from './use-table-content';
import { TableSection } from './TableSection';
import { Discrepancies } from './Discrepancies';
import { TablesShare } from './TablesShare';
import './tables.css';
import '../../i18n/ns/tables';

export default function TablesView() {
  const { t } = useTranslation('tables');
  const documents = useDataStore((s) => s.documents);
  const [state, navigate] = useViewState();
  const department = useDepartment();
  const doc = documentForYear(documents, state.year);
  const entry = tableEntry(state.table);
  const latest = documents[documents.length - 1]?.year;

  const content = useTableContent(doc, entry.id);
  if (!doc || !content) return null;
  const title = t(`titles.${entry.id}`, { year: doc.year });

  return (
    <section className="view tables-view" aria-labelledby="tables-heading">
      <h1 id="tables-heading">{t('heading')}</h1>
      <p className="tables-intro">{t('intro')}</p>
      <div className="tables-pickers">
        <label className="select-label">
          <span>{t('yearLabel')}</span>
          <select
            value={doc.year}
            onChange={(e) => navigate({ year: Number(e.target.value) === latest ? null : Number(e.target.value) })}
          >
            {documents.map((d) => (
              <option key={d.id} value={d.year}>
                {d.year}
              </option>
            ))}
          </select>
        </label>
        <label className="select-label">
          <span>{t('tableLabel')}</span>
          <select value={entry.id} onChange={(e) => navigate({ table: e.target.value as TableId, q: '' })}>
            {TABLE_CATALOG.map((item) => (
              <option key={item.id} value={item.id}>
                {t('number', { n: item.number })} {t(`short.${item.id}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <article className="card table-card" aria-labelledby="table-title">
        <header className="table-card-header">
          <h2 id="table-title">
            <span className="table-number">{t('number', { n: entry.number })}</span> {title}
          </h2>
          <p className="table-meta">{t('department', { department: department.name })}</p>
          <TablesShare table={entry.id} title={title} sections={content.kind === 'sections' ? content.sections : []} />
        </header>
        <Discrepancies doc={doc} table={entry.id} />
        {content.kind === 'absent' && <p className="table-note">{t('absent', { year: doc.year })}</p>}
        {content.kind === 'empty' && <p className="table-note">{t('empty', { year: doc.year })}</p>}
        {content.kind === 'sections' && (
          <div className={`table-sections count-${content.sections.length}`}>
            {content.sections.map((section) => (
              <TableSection
                key={`${entry.id}-${section.key}`}
                section={section}
                entry={entry}
                year={doc.year}
                title={title}
              />
            ))}
          </div>
        )}
      </article>
    </section>
  );
}
