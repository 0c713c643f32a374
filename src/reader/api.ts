// The reader's public contract: what a host (the Node ingest, the `npm run read` command, a web
// worker in the browser) gives the reader and what it gets back. Everything here is plain data, so
// a worker can post it with structured clone. Money is integer fen (分) throughout.
import type { BudgetDocument } from '../domain/schema.ts';

/** A document to read: the bytes of a published PDF, or its text (TAB text or text pulled from a PDF). */
export type ReaderInput =
  { kind: 'pdf'; name: string; bytes: Uint8Array } | { kind: 'text'; name: string; text: string };

/**
 * How pdf.js is reached. The reader imports no pdf.js build itself: the host passes the module
 * (legacy build in Node, the modern build in a browser worker) and a way to read its CMaps and
 * standard fonts, which these PDFs' Chinese fonts need. Nothing is fetched from the network.
 */
export interface PdfEngine {
  /** The pdfjs-dist module (`pdfjs-dist/legacy/build/pdf.mjs` in Node, `pdfjs-dist` in a browser). */
  pdfjs: unknown;
  /** Reads one packed CMap file (`UniGB-UCS2-H.bcmap`, ...) from the package's `cmaps/` folder. */
  readCMap: (name: string) => Promise<Uint8Array>;
  /** Reads one file of the package's `standard_fonts/` folder. */
  readStandardFont: (name: string) => Promise<Uint8Array>;
}

export interface ReadOptions {
  /** Stable id for the document (manifest id); derived from department and year when absent. */
  id?: string;
  /** Needed for `kind: 'pdf'` input. */
  pdf?: PdfEngine;
  /** The sha256 of the input bytes, hex; the host computes it (crypto differs between hosts). */
  sha256: string;
  /** Called after each PDF page is extracted (for a progress bar); pages are 1-based. */
  onPage?: (page: number, pages: number) => void;
  /** When aborted, reading stops at the next page with a `refused` outcome naming the cancel. */
  signal?: AbortSignal;
}

/** One failed check: names the document, the table by number and title, the page, the row and both figures. */
export interface ReadFailure {
  check: string; // e.g. 'parent = sum of children'
  table: string; // e.g. '表3 部门支出预算总表'
  page: number | null; // printed page of the PDF (=== 第N页 === in text), null when unknown
  row: string; // e.g. '2101504 医疗保障经办事务' or '合计'
  printed: number | null; // fen, as the document prints it (null when the row or figure is missing)
  expected: number | null; // fen, what the arithmetic or the other table gives
  message: string; // one readable sentence with all of the above
}

/** A misprint the reader mended from the document's own evidence (the code tree, other tables). */
export interface Repair {
  table: string;
  page: number | null;
  row: string;
  printed: string; // e.g. '2'
  repaired: string; // e.g. '02'
  reason: string; // e.g. '款 codes have two digits; 30202 is the only child of 302 named 印刷费 in 表8'
}

export interface TableReading {
  number: number; // 1..9 in the template's order
  title: string; // as printed
  kind: string; // TableKind
  pages: number[]; // printed pages the table stands on
  unit: '元' | '万元';
  rows: number; // rows read, the 合计 row excluded
  state: 'read' | 'printed empty' | 'absent';
  /**
   * What put the figures of rows printed with blank cells dropped in their columns: 'printed' (no
   * such row), 'positions' (where they stand, the sums confirming), 'arithmetic' (the table's sums),
   * 'arithmetic, positions overruled', 'arithmetic and other tables', or 'stated figures' (表9 only:
   * the text decided, so its 三公 checks are not independent of the placement).
   */
  placedBy: string;
  placedRows: number; // rows whose columns the text alone left open (the 合计 row not counted)
}

export interface CheckResult {
  check: string;
  run: number;
  failed: number;
}

/**
 * Why a document was refused, for a host to act on (`refusal` says it in words). The first five
 * are the PDF's own (`PdfRefusalReason`); the rest come from its text: a 决算 (`final-account`), a
 * text that is not a budget of the template (`not-template`), one that stops inside its tables
 * (`incomplete`), one with broken encoding (`broken-encoding`).
 */
export type RefusalKind =
  | 'not-pdf'
  | 'encrypted'
  | 'truncated'
  | 'no-text'
  | 'cancelled'
  | 'final-account'
  | 'not-template'
  | 'incomplete'
  | 'broken-encoding';

export interface ReadingReport {
  file: string;
  input: 'pdf' | 'text';
  department: string | null;
  year: number | null;
  level: 'municipal' | 'district' | null;
  district: string | null;
  kind: 'department' | 'unit' | null;
  pages: number | null;
  tables: TableReading[];
  checks: CheckResult[];
  repairs: Repair[];
  failures: ReadFailure[];
  /** Why the document was not read at all (a 决算, a scan, not this template, encrypted, truncated). */
  refusal: string | null;
  /** The same reason as a machine-readable kind; null exactly when `refusal` is null. */
  refusalKind: RefusalKind | null;
  timings: { extractMs: number; parseMs: number };
}

export interface Reading {
  /** clean: every check passed; failures: read, with failed checks listed; refused: not read. */
  outcome: 'clean' | 'failures' | 'refused';
  document: BudgetDocument | null; // null only when refused; discrepancies left empty (errata are the ingest's)
  report: ReadingReport;
}
