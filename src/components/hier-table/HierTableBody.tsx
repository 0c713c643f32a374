// The lines (indented by level, each parent with its expand button), the totals line and the
// figures' roving focus.
import type { CSSProperties, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReactTable } from '@tanstack/react-table';
import { formatMoneyExact, formatPercent, formatPoints } from '../../domain/money-format';
import { useMoney } from '../use-money';
import { NO_FIGURE, SHARE_COLUMN_ID, type HierFeatures, type HierRow } from './table-model';
import { useGridFocus, type GridCellProps } from './use-grid-focus';
import type { HierColumn, HierNode, ShareSpec, TotalsSpec, ValueKind } from './types';
import '../../i18n/ns/hierTable';

interface Props<R> {
  id: string;
  table: ReactTable<HierFeatures, HierNode<R>>;
  rows: HierRow<R>[];
  columns: HierColumn<R>[];
  share: ShareSpec | null;
  totals: TotalsSpec<R> | null;
  totalsLabel: string;
  query: string;
}

const isFigure = (kind: string | undefined): kind is ValueKind =>
  kind === 'money' ||
  kind === 'signedMoney' ||
  kind === 'percent' ||
  kind === 'signedPercent' ||
  kind === 'signedPoints';

export function HierTableBody<R>({ id, table, rows, columns, share, totals, totalsLabel, query }: Props<R>) {
  const { t } = useTranslation('hierTable');
  const leafColumns = table.getAllLeafColumns();
  const figureIds = leafColumns.filter((c) => isFigure(c.columnDef.meta?.kind)).map((c) => c.id);
  const grid = useGridFocus(rows.length + (totals ? 1 : 0), figureIds.length);
  const format = table.options.meta?.formatValue;
  const { exact, lang, printsFen } = useMoney();
  // What hover and focus reveal: the exact amount in 元 for money, two decimals for a percentage.
  const detail = (kind: ValueKind, value: number | undefined): string => {
    if (value === undefined) return t('noFigure');
    if (kind === 'money') return exact(value);
    if (kind === 'signedMoney') return formatMoneyExact(value, lang, { printsFen, signed: true });
    if (kind === 'signedPoints') return formatPoints(value, lang, { decimals: 2 });
    return formatPercent(value, lang, { decimals: 2, signed: kind === 'signedPercent' });
  };

  const totalsValue = (columnId: string): number | undefined => {
    if (!totals) return undefined;
    const source = columnId === SHARE_COLUMN_ID ? share?.of : columnId;
    const column = columns.find((c) => c.id === source);
    if (!column || column.kind === 'text') return undefined;
    const value = column.value(totals.row);
    if (value === null) return undefined;
    return columnId === SHARE_COLUMN_ID ? (share && share.total !== 0 ? value / share.total : undefined) : value;
  };

  return (
    <>
      <tbody id={`${id}-body`}>
        {rows.length === 0 && (
          <tr>
            <td colSpan={leafColumns.length} className="hier-empty">
              {t('noMatches', { query })}
            </td>
          </tr>
        )}
        {rows.map((row, r) => (
          <tr key={row.id} className={`depth-${Math.min(row.depth, 3)}`}>
            {row.getAllCells().map((cell) => {
              const kind = cell.column.columnDef.meta?.kind;
              if (kind === 'code')
                return (
                  <td key={cell.id} className="col-code num">
                    {row.original.code}
                  </td>
                );
              if (kind === 'name') return <NameCell key={cell.id} row={row} />;
              if (!isFigure(kind))
                return (
                  <td key={cell.id} className="col-text">
                    <table.FlexRender cell={cell} />
                  </td>
                );
              return (
                <FigureCell
                  key={cell.id}
                  kind={kind}
                  value={cell.getValue() as number | undefined}
                  detail={detail}
                  grid={grid(r, figureIds.indexOf(cell.column.id))}
                >
                  <table.FlexRender cell={cell} />
                </FigureCell>
              );
            })}
          </tr>
        ))}
      </tbody>
      {totals && (
        <tfoot>
          <tr className="totals">
            {leafColumns.map((column) => {
              const kind = column.columnDef.meta?.kind;
              if (kind === 'code') return <td key={column.id} className="col-code" />;
              if (kind === 'name')
                return (
                  <th key={column.id} scope="row" className="col-name">
                    {totalsLabel}
                  </th>
                );
              if (!isFigure(kind)) {
                const spec = columns.find((c) => c.id === column.id);
                return (
                  <td key={column.id} className="col-text">
                    {spec?.kind === 'text' ? spec.text(totals.row) : ''}
                  </td>
                );
              }
              const value = totalsValue(column.id);
              return (
                <FigureCell
                  key={column.id}
                  kind={kind}
                  value={value}
                  detail={detail}
                  grid={grid(rows.length, figureIds.indexOf(column.id))}
                >
                  {value === undefined || !format ? NO_FIGURE : format(kind, value)}
                </FigureCell>
              );
            })}
          </tr>
        </tfoot>
      )}
    </>
  );
}

function NameCell<R>({ row }: { row: HierRow<R> }) {
  const name = row.original.name;
  // A parent's name is its disclosure button (aria-expanded), so the row header reads just the
  // name and the button says what it opens; the triangle is drawn by CSS, outside the text.
  return (
    <th scope="row" className="col-name" style={{ '--depth': row.depth } as CSSProperties}>
      {row.getCanExpand() ? (
        <button
          type="button"
          className="expander"
          aria-expanded={row.getIsExpanded()}
          onClick={row.getToggleExpandedHandler()}
        >
          {name}
        </button>
      ) : (
        <span className="leaf-name">{name}</span>
      )}
    </th>
  );
}

/** A figure: the chosen unit on screen, the exact amount in 元 (or a finer percentage) on hover and focus. */
function FigureCell(props: {
  kind: ValueKind;
  value: number | undefined;
  detail: (kind: ValueKind, value: number | undefined) => string;
  grid: GridCellProps;
  children: ReactNode;
}) {
  const { kind, value, grid } = props;
  const text = props.detail(kind, value);
  return (
    <td className={`num col-${kind}${value === 0 ? ' zero' : ''}`} title={text} data-exact={text} {...grid}>
      {props.children}
    </td>
  );
}
