// Internal types of the ingest. The output contract lives in src/domain/schema.ts; these types
// describe the intermediate steps (lines of the source, raw rows before their columns are known).
import { Tables } from '../domain/schema.ts';
import type { PdfCell } from './pdf/types.ts';

/** One line of the source text, with its 1-based line number for messages. */
export interface Line {
  no: number;
  text: string;
  page: number | null; // printed page (=== 第N页 === in the text, the PDF page), null when the text has no pages
  cells?: PdfCell[]; // where the line's runs stand on the page, when the document was read from a PDF
}

/** Where a failure was found: every message names the document, table and row. */
interface FailureSite {
  check: string;
  table: string;
  row: string;
  page: number | null;
  printed: number | null; // fen (0 for a failed check on names); null when there is no figure (an unreadable table)
  expected: number | null;
}

export interface Failure extends FailureSite {
  message: string;
}

/**
 * A problem that stops the ingest of one document (a parse or resolution failure).
 * Checks that compare numbers produce Failure objects instead, so errata can acknowledge them.
 */
export class IngestError extends Error {
  /** Where and what, when the thrower knows: the failure then names them without reading the message. */
  readonly at: { line?: number; row?: string; printed?: number; expected?: number; check?: string };
  constructor(message: string, at: IngestError['at'] = {}) {
    super(message);
    this.name = 'IngestError';
    this.at = at;
  }
}

export type TableKind =
  | 'financialSummary'
  | 'revenueByFunction'
  | 'expenditureByFunction'
  | 'fiscalAppropriation'
  | 'generalPublicByFunction'
  | 'governmentFundByFunction'
  | 'stateCapitalByFunction'
  | 'basicByEconomic'
  | 'threePublic';

/** The nine tables in the template's order (表1 … 表9): the contract lists them in that order. */
export const TABLE_ORDER = Object.keys(Tables.shape) as TableKind[];

/** Labels used in messages: the template's table number and title. */
export const TABLE_LABEL: Record<TableKind, string> = {
  financialSummary: '表1 部门财务收支预算总表',
  revenueByFunction: '表2 部门收入预算总表',
  expenditureByFunction: '表3 部门支出预算总表',
  fiscalAppropriation: '表4 部门财政拨款收支预算总表',
  generalPublicByFunction: '表5 一般公共预算支出功能分类预算表',
  governmentFundByFunction: '表6 政府性基金预算支出功能分类预算表',
  stateCapitalByFunction: '表7 国有资本经营预算支出功能分类预算表',
  basicByEconomic: '表8 一般公共预算基本支出经济分类预算表',
  threePublic: '表9 “三公”经费和机关运行经费预算表',
};

/**
 * A table row as read from the text, before its figures are put in columns.
 * `positional`: the layout kept empty cells (TAB text), so figures[i] is column i (null = empty).
 * Otherwise (PDF text) empty cells are gone and figures are the printed ones, in order.
 */
export interface RawRow {
  code: string; // '' for the 合计 row
  name: string;
  figures: (number | null)[];
  positional: boolean;
  line: number;
  byPosition?: number[]; // read from a PDF: the column each printed figure stands under (a hint, see positions.ts)
}

export interface RawTable {
  rows: RawRow[];
  total: RawRow | null; // the printed 合计 row
}
