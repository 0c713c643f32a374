// One section of a budget table (most tables have one; tables 1 and 4 have revenue and
// expenditure) in the shared HierTable, with sort and filter kept in the URL.
import { useTranslation } from 'react-i18next';
import { HierTable } from '../../components/hier-table/HierTable';
import { useUrlTableState } from '../../components/hier-table/use-url-table-state';
import { exportFileName } from '../../components/chart-export/download';
import { useLang } from '../../components/use-money';
import type { TableEntry } from './table-catalog';
import type { Section } from './table-sections';
import '../../i18n/ns/tables';

interface Props {
  section: Section;
  entry: TableEntry;
  year: number;
  /** the table's title, the accessible name of a single-section table */
  title: string;
}

export function TableSection({ section, entry, year, title }: Props) {
  const { t } = useTranslation('tables');
  const lang = useLang();
  const urlState = useUrlTableState();
  const id = `table-${entry.number}-${section.key}`;
  const caption = section.heading ? `${title} · ${section.heading}` : title;
  const fileName = exportFileName(
    ['table', entry.number, entry.slug, section.key === 'main' ? null : section.key, year, lang],
    'csv',
  );
  return (
    <section className="table-section" aria-labelledby={section.heading ? `${id}-heading` : undefined}>
      {section.heading && (
        <h3 id={`${id}-heading`} className="table-section-heading">
          {section.heading}
        </h3>
      )}
      <HierTable
        id={id}
        caption={caption}
        rows={section.rows}
        columns={section.columns}
        share={section.share}
        totals={section.totals}
        labels={section.labels}
        filterable={section.filterable}
        csvFileName={fileName}
        {...urlState}
      />
      {section.rows.length === 0 && <p className="table-note">{t('empty', { year })}</p>}
    </section>
  );
}
