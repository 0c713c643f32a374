// The public shape of the hierarchical table: what a view hands in. A view builds HierNodes
// (with nodesFromCodedRows for classification tables, or by hand for summary tables) and
// describes its value columns; the table adds the code, name and share columns itself.

/** One line of a hierarchical table and the lines under it. */
export interface HierNode<R> {
  /** Unique in the whole tree: the classification code, or a stable key for lines without one. */
  id: string;
  /** The code shown in the code column; null for lines the document prints without a code. */
  code: string | null;
  /** The name as shown in the current language. */
  name: string;
  /** Other names the filter also finds, e.g. the printed Chinese name while English is shown. */
  searchNames?: readonly string[];
  /** The view's own row object; columns read their values from it. */
  row: R;
  children: HierNode<R>[];
}

/**
 * money / signedMoney: integer fen (the data contract), shown in the chosen unit, the exact
 * amount in 元 on hover and focus, yuan (exact, with fen where there are any) in the CSV.
 * percent / signedPercent: a ratio (0.25 = 25%). signedPoints: a change in percentage points
 * (1.2 = +1.2 pp), shown as 个百分点 / pp, never as a percentage.
 */
export type ValueKind = 'money' | 'signedMoney' | 'percent' | 'signedPercent' | 'signedPoints';

interface HierValueColumn<R> {
  /** Also the sort key written to the URL: letters and digits, starting with a letter. */
  id: string;
  /** Translated header. */
  header: string;
  kind: ValueKind;
  /** null: the document gives no figure (shown as a dash, sorted last). */
  value: (row: R) => number | null;
}

interface HierTextColumn<R> {
  id: string;
  header: string;
  kind: 'text';
  text: (row: R) => string;
}

export type HierColumn<R> = HierValueColumn<R> | HierTextColumn<R>;

/** Adds a "share of total" column after the column it is taken of. */
export interface ShareSpec {
  /** id of a money column */
  of: string;
  /** the whole the shares are taken of, usually the printed 合计; 0 gives no shares */
  total: number;
  /** header; default "Share of total" */
  header?: string;
}

/** The printed total line, shown in the table foot and written last to the CSV. */
export interface TotalsSpec<R> {
  /** default: 合计 / Total */
  label?: string;
  row: R;
}

export interface SortState {
  column: string;
  desc: boolean;
}
