// The nine tables as read: number, name, printed pages, rows read and state (read, printed empty,
// absent). Titles as printed in Chinese; in English the template's table names.
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../domain/money-format';
import type { TableReading } from '../../reader/api';
import { ScrollBox } from '../../components/ScrollBox';
import { useLang } from '../../components/use-money';
import { tableRows } from './report-model';
import '../../i18n/ns/library';

export function ReportTables({ tables }: { tables: readonly TableReading[] }) {
  const { t } = useTranslation('library');
  const lang = useLang();
  const rows = tableRows(tables);
  return (
    <>
      <h4 id="import-tables-title">{t('report.tables.heading')}</h4>
      <ScrollBox label={t('report.tables.heading')}>
        <table className="import-table" aria-labelledby="import-tables-title">
          <thead>
            <tr>
              <th scope="col">{t('report.tables.number')}</th>
              <th scope="col">{t('report.tables.name')}</th>
              <th scope="col">{t('report.tables.pages')}</th>
              <th scope="col" className="num">
                {t('report.tables.rows')}
              </th>
              <th scope="col">{t('report.tables.state')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const translated = lang === 'en' && row.kind !== null;
              return (
                <tr key={row.number} data-state={row.state}>
                  <th scope="row">{t('report.tables.tableNumber', { n: row.number })}</th>
                  <td lang={translated || lang === 'zh-CN' ? undefined : 'zh-CN'}>
                    {translated ? t(`report.tableNames.${row.kind}`) : row.title}
                  </td>
                  <td className="num">{row.pages}</td>
                  <td className="num">{formatNumber(row.rows, lang)}</td>
                  <td>{t(`report.tables.states.${row.state}`)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollBox>
    </>
  );
}
