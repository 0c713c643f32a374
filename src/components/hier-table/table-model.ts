// The TanStack Table v9 model behind HierTable, kept free of React so it can be unit-tested
// with constructTable. Features: row sorting (the sorted row model sorts every set of siblings
// and keeps children under their parents) and row expanding (sub-rows from HierNode.children).
import {
  createColumnHelper,
  createExpandedRowModel,
  createSortedRowModel,
  metaHelper,
  rowExpandingFeature,
  rowSortingFeature,
  tableFeatures,
  type CellContext,
  type ColumnDef,
  type Row,
  type SortFn,
} from '@tanstack/react-table';
import type { HierColumn, HierNode, ShareSpec, ValueKind } from './types';

/** What a cell needs to show a value: the view's formatter (unit, language). */
export interface HierTableMeta {
  formatValue: (kind: ValueKind, value: number) => string;
}

/** Which built-in column a column is, or the kind of a value column. */
export interface HierColumnMeta {
  kind: ValueKind | 'text' | 'code' | 'name';
}

export const hierFeatures = tableFeatures({
  rowExpandingFeature,
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  expandedRowModel: createExpandedRowModel(),
  tableMeta: metaHelper<HierTableMeta>(),
  columnMeta: metaHelper<HierColumnMeta>(),
});
export type HierFeatures = typeof hierFeatures;

export type HierColumnDef<R> = ColumnDef<HierFeatures, HierNode<R>, unknown>;
export type HierRow<R> = Row<HierFeatures, HierNode<R>>;

export const SHARE_COLUMN_ID = 'share';

export function shareOf<R>(
  node: HierNode<R>,
  columns: readonly HierColumn<R>[],
  share: ShareSpec | null,
): number | null {
  if (!share || share.total === 0) return null;
  const column = columns.find((c) => c.id === share.of);
  if (!column || column.kind === 'text') return null;
  const value = column.value(node.row);
  return value === null ? null : value / share.total;
}

// Comparators return the ascending order; TanStack reverses them for descending. Missing
// figures are `undefined` and go last in both directions (sortUndefined: 'last').
const byNumber = <R>(a: HierRow<R>, b: HierRow<R>, id: string) =>
  (a.getValue(id) as number) - (b.getValue(id) as number);

// Codes of different lengths sort as the document prints them: "210" < "21011" < "21015".
const byCode = <R>(a: HierRow<R>, b: HierRow<R>, id: string) => {
  const x = a.getValue(id) as string;
  const y = b.getValue(id) as string;
  return x < y ? -1 : x > y ? 1 : 0;
};

function byText<R>(lang: string): SortFn<HierFeatures, HierNode<R>> {
  // zh-CN collation orders Chinese names by pinyin; numeric handles "2." before "10.".
  const collator = new Intl.Collator(lang, { numeric: true, sensitivity: 'base' });
  return (a, b, id) => collator.compare(a.getValue(id) as string, b.getValue(id) as string);
}

export interface ColumnDefOptions {
  lang: string;
  showCode: boolean;
  share: ShareSpec | null;
  /** translated headers of the built-in columns */
  headers?: { code: string; name: string; share: string };
}

/** A figure as text in the chosen unit and language (through table meta); a dash for no figure. */
export const NO_FIGURE = '\u2014';
function valueCell<R>(ctx: CellContext<HierFeatures, HierNode<R>, unknown>): string {
  const value = ctx.getValue();
  const kind = ctx.column.columnDef.meta?.kind;
  const format = ctx.table.options.meta?.formatValue;
  if (
    typeof value !== 'number' ||
    !format ||
    kind === undefined ||
    kind === 'text' ||
    kind === 'code' ||
    kind === 'name'
  )
    return NO_FIGURE;
  return format(kind, value);
}

/** Column ids in display order: code?, name, the view's columns, share after the column it is of. */
export function columnOrder<R>(
  columns: readonly HierColumn<R>[],
  showCode: boolean,
  share: ShareSpec | null,
): string[] {
  const ids = [...(showCode ? ['code'] : []), 'name'];
  for (const column of columns) {
    ids.push(column.id);
    if (share && column.id === share.of) ids.push(SHARE_COLUMN_ID);
  }
  return ids;
}

export function buildColumnDefs<R>(columns: readonly HierColumn<R>[], options: ColumnDefOptions): HierColumnDef<R>[] {
  const helper = createColumnHelper<HierFeatures, HierNode<R>>();
  const text = byText<R>(options.lang);
  const number = byNumber<R>;
  const cell = valueCell<R>;
  const h = options.headers;
  const defs = new Map<string, HierColumnDef<R>>();
  defs.set(
    'code',
    helper.accessor((n) => n.code ?? undefined, {
      id: 'code',
      header: h?.code,
      sortFn: byCode<R>,
      sortUndefined: 'last',
      meta: { kind: 'code' },
    }) as HierColumnDef<R>,
  );
  defs.set(
    'name',
    helper.accessor((n) => n.name, {
      id: 'name',
      header: h?.name,
      sortFn: text,
      meta: { kind: 'name' },
    }) as HierColumnDef<R>,
  );
  for (const column of columns) {
    const def =
      column.kind === 'text'
        ? helper.accessor((n) => column.text(n.row), {
            id: column.id,
            header: column.header,
            sortFn: text,
            meta: { kind: 'text' },
          })
        : helper.accessor((n) => column.value(n.row) ?? undefined, {
            id: column.id,
            header: column.header,
            sortFn: number,
            sortUndefined: 'last',
            sortDescFirst: true,
            cell,
            meta: { kind: column.kind },
          });
    defs.set(column.id, def as HierColumnDef<R>);
  }
  defs.set(
    SHARE_COLUMN_ID,
    helper.accessor((n) => shareOf(n, columns, options.share) ?? undefined, {
      id: SHARE_COLUMN_ID,
      header: h?.share,
      sortFn: number,
      sortUndefined: 'last',
      sortDescFirst: true,
      cell,
      meta: { kind: 'percent' },
    }) as HierColumnDef<R>,
  );
  return columnOrder(columns, options.showCode, options.share).map((id) => defs.get(id)!);
}

export const getSubRows = <R>(node: HierNode<R>): HierNode<R>[] => node.children;
export const getRowId = <R>(node: HierNode<R>): string => node.id;
