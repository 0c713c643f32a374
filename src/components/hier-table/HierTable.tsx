// The one hierarchical table of the product (DESIGN.md convention 4): every table of a budget
// document and the year-to-year comparison. A view supplies rows (HierNode trees) and its value
// columns; this component adds code, name and share columns, sorting within each level,
// expand/collapse, the name-or-code filter, the totals line and a CSV of what it shows.
// Built on TanStack Table v9 (useTable + tableFeatures, see table-model.ts). API: README.md.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTable, type ExpandedState, type SortingState, type Updater } from '@tanstack/react-table';
import { formatMoney, formatPercent, formatPoints, formatSignedMoney } from '../../domain/money-format';
import { useMoney } from '../use-money';
import { ScrollBox } from '../ScrollBox';
import { buildColumnDefs, getRowId, getSubRows, hierFeatures, type HierTableMeta } from './table-model';
import { countNodes, filterTree } from './tree';
import { HierTableToolbar } from './HierTableToolbar';
import { HierTableHead } from './HierTableHead';
import { HierTableBody } from './HierTableBody';
import type { HierColumn, HierNode, ShareSpec, SortState, TotalsSpec } from './types';
import './hier-table.css';
import '../../i18n/ns/hierTable';

export interface HierTableProps<R> {
  /** Unique on the page; prefixes the element ids. */
  id: string;
  /** Accessible name of the table (the view shows its own visible title). */
  caption: string;
  /** The lines, nested. Keep the array stable (useMemo): a new array re-runs the row model. */
  rows: HierNode<R>[];
  /** Value columns after code and name. Keep stable (useMemo). */
  columns: HierColumn<R>[];
  /** Show the code column; default: when some top-level line has a code. */
  showCode?: boolean;
  share?: ShareSpec | null;
  totals?: TotalsSpec<R> | null;
  /** Headers of the code and name columns; defaults "编码"/"名称" ("Code"/"Name"). */
  labels?: { code?: string; name?: string };
  sort: SortState | null;
  onSortChange: (sort: SortState | null) => void;
  query: string;
  onQueryChange: (query: string) => void;
  /** false hides the filter box (for tables of a few lines); default true. */
  filterable?: boolean;
  /** File name of the CSV download, e.g. from exportFileName(). */
  csvFileName: string;
  /** The view's wording of a signedPoints cell; default formatPoints with one decimal. */
  formatPoints?: (pp: number) => string;
}

export function HierTable<R>(props: HierTableProps<R>) {
  const { t } = useTranslation('hierTable');
  const { lang, options: money } = useMoney();
  const { columns, rows, share = null, totals = null } = props;
  const filterable = props.filterable ?? true;
  const query = filterable ? props.query : '';
  const showCode = props.showCode ?? rows.some((row) => row.code !== null);
  const headers = useMemo(
    () => ({
      code: props.labels?.code ?? t('code'),
      name: props.labels?.name ?? t('name'),
      share: share?.header ?? t('share'),
      totals: t('totals'),
    }),
    [props.labels?.code, props.labels?.name, share?.header, t],
  );

  const data = useMemo(() => filterTree(rows, query), [rows, query]);
  // Views may pass a new share object each render; the row model only depends on its values.
  const shareOf = share?.of;
  const shareTotal = share?.total;
  const shareSpec = useMemo(
    () => (shareOf !== undefined && shareTotal !== undefined ? { of: shareOf, total: shareTotal } : null),
    [shareOf, shareTotal],
  );
  const columnDefs = useMemo(
    () => buildColumnDefs(columns, { lang, showCode, share: shareSpec, headers }),
    [columns, lang, showCode, shareSpec, headers],
  );

  // All lines open by default, as the document prints them; a new filter opens every match.
  const [expanded, setExpanded] = useState<ExpandedState>(true);
  const [filteredFor, setFilteredFor] = useState(query);
  if (filteredFor !== query) {
    setFilteredFor(query);
    if (query.trim() !== '') setExpanded(true);
  }

  const sorting = useMemo<SortingState>(
    () => (props.sort ? [{ id: props.sort.column, desc: props.sort.desc }] : []),
    [props.sort],
  );
  const onSortingChange = (updater: Updater<SortingState>) => {
    const next = typeof updater === 'function' ? updater(sorting) : updater;
    props.onSortChange(next[0] ? { column: next[0].id, desc: next[0].desc } : null);
  };
  const pointsText = props.formatPoints;
  const meta = useMemo<HierTableMeta>(
    () => ({
      formatValue: (kind, value) => {
        if (kind === 'money') return formatMoney(value, { ...money, withUnit: false });
        if (kind === 'signedMoney') return formatSignedMoney(value, { ...money, withUnit: false });
        if (kind === 'signedPoints') return pointsText ? pointsText(value) : formatPoints(value, lang, { decimals: 1 });
        return formatPercent(value, lang, { decimals: 1, signed: kind === 'signedPercent' });
      },
    }),
    [lang, money, pointsText],
  );

  const table = useTable({
    features: hierFeatures,
    columns: columnDefs,
    data,
    getSubRows,
    getRowId,
    meta,
    state: { sorting, expanded },
    onSortingChange,
    onExpandedChange: setExpanded,
    enableMultiSort: false,
    autoResetExpanded: false,
  });
  const visible = table.getRowModel().rows;
  const shownCount = query.trim() === '' ? null : countNodes(data);

  return (
    <div className="hier-table" id={props.id}>
      <HierTableToolbar
        id={props.id}
        filterable={filterable}
        query={props.query}
        onQueryChange={props.onQueryChange}
        shownCount={shownCount}
        canExpand={table.getCanSomeRowsExpand()}
        onExpandAll={() => setExpanded(true)}
        onCollapseAll={() => setExpanded({})}
        hasMoney={columns.some((c) => c.kind === 'money' || c.kind === 'signedMoney')}
        csv={{
          fileName: props.csvFileName,
          lines: () => visible.map((row) => row.original),
          columns,
          showCode,
          share: shareSpec,
          totals,
          headers,
        }}
      />
      <ScrollBox className="hier-scroll" label={t('scrollRegion', { caption: props.caption })}>
        <table className={`hier${table.getCanSomeRowsExpand() ? '' : ' flat'}`} aria-describedby={`${props.id}-hint`}>
          <caption className="visually-hidden">{props.caption}</caption>
          <HierTableHead table={table} />
          <HierTableBody
            id={props.id}
            table={table}
            rows={visible}
            columns={columns}
            share={shareSpec}
            totals={totals}
            totalsLabel={totals?.label ?? headers.totals}
            query={query}
          />
        </table>
      </ScrollBox>
      <p className="hier-hint" id={`${props.id}-hint`}>
        {t('hint')}
      </p>
    </div>
  );
}
