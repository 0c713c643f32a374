// Above the table: the name-or-code filter, expand/collapse all, the unit and the CSV download.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { unitLabel } from '../../domain/money-format';
import { downloadBlob } from '../chart-export/download';
import { useMoney } from '../use-money';
import { tableCsvRows, toCsv } from './csv';
import type { HierColumn, ShareSpec, TotalsSpec } from './types';
import './hier-toolbar.css';
import '../../i18n/ns/hierTable';

interface CsvSource<R> {
  fileName: string;
  /** the visible lines in the order shown, read when the button is pressed */
  lines: () => { code: string | null; name: string; row: R }[];
  columns: HierColumn<R>[];
  showCode: boolean;
  share: ShareSpec | null;
  totals: TotalsSpec<R> | null;
  headers: { code: string; name: string; share: string; totals: string };
}

interface Props<R> {
  id: string;
  filterable: boolean;
  query: string;
  onQueryChange: (query: string) => void;
  /** lines shown by the filter (with their ancestors); null without a filter */
  shownCount: number | null;
  canExpand: boolean;
  onExpandAll: () => void;
  onCollapseAll: () => void;
  hasMoney: boolean;
  csv: CsvSource<R>;
}

export function HierTableToolbar<R>(props: Props<R>) {
  const { t } = useTranslation('hierTable');
  const { lang, unit } = useMoney();
  // The box keeps what is typed (spaces included); the URL gets it trimmed. A new query from
  // outside (back button, a link) replaces the draft.
  const [draft, setDraft] = useState(props.query);
  const [seen, setSeen] = useState(props.query);
  if (seen !== props.query) {
    setSeen(props.query);
    if (draft.trim() !== props.query) setDraft(props.query);
  }

  const download = () => {
    const { csv } = props;
    const rows = tableCsvRows({
      ...csv,
      lines: csv.lines(),
      headers: { ...csv.headers, share: t('csvPercent', { header: csv.headers.share }) },
      valueHeader: (column) =>
        column.kind === 'text'
          ? column.header
          : t(column.kind === 'money' || column.kind === 'signedMoney' ? 'csvMoney' : 'csvPercent', {
              header: column.header,
            }),
    });
    downloadBlob(new Blob([toCsv(rows)], { type: 'text/csv;charset=utf-8' }), csv.fileName);
  };

  return (
    <div className="hier-toolbar">
      {props.filterable && (
        <div className="hier-filter">
          <label htmlFor={`${props.id}-filter`}>{t('filterLabel')}</label>
          <input
            id={`${props.id}-filter`}
            type="search"
            value={draft}
            placeholder={t('filterPlaceholder')}
            autoComplete="off"
            onChange={(event) => {
              setDraft(event.target.value);
              props.onQueryChange(event.target.value.trim());
            }}
          />
        </div>
      )}
      {props.canExpand && (
        <div className="hier-expand" role="group" aria-label={t('expandGroup')}>
          <button type="button" className="button" aria-controls={`${props.id}-body`} onClick={props.onExpandAll}>
            {t('expandAll')}
          </button>
          <button type="button" className="button" aria-controls={`${props.id}-body`} onClick={props.onCollapseAll}>
            {t('collapseAll')}
          </button>
        </div>
      )}
      <button type="button" className="button hier-csv" onClick={download}>
        {t('downloadCsv')}
      </button>
      {props.hasMoney && <span className="hier-unit">{t('unit', { unit: unitLabel(unit, lang) })}</span>}
      <p className="hier-status" role="status">
        {props.shownCount === null ? '' : t('matches', { count: props.shownCount, query: props.query })}
      </p>
    </div>
  );
}
