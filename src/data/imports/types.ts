// What the browser importer hands the rest of the app: a budget document read on the user's machine
// from a file they dropped in or picked, with the reader's report, kept in IndexedDB. Plain data
// (structured-clone safe), so it crosses the worker boundary and is stored as it is.
import type { BudgetDocument } from '../../domain/schema';
import type { ReadingReport } from '../../reader/api';

/** A document the user imported: never uploaded, kept in this browser until removed. */
export interface ImportedRecord {
  sha256: string; // of the file's bytes, hex (64): the record's key, and how a second import of it is recognised
  fileName: string; // as the user's file was named
  fileBytes: number;
  importedAt: string; // ISO date-time
  /** The document as read, id `imported-<first 12 hex of sha256>`; failed checks are in its discrepancies. */
  document: BudgetDocument;
  report: ReadingReport;
  /** The department key it is shown under (set by the store when it is saved; library.ts deptOfImported). */
  dept?: string;
}

/** Why a file is not imported; each has a translated message saying what was expected. */
export type ImportRefusal =
  | 'too-large' // over MAX_IMPORT_BYTES
  | 'not-pdf-or-text' // an image, a spreadsheet, an archive, ...
  | 'not-template' // a PDF or text, but not a budget of the template
  | 'final-accounts' // a 决算 (final accounts), not a 预算
  | 'scanned' // a PDF without a text layer
  | 'damaged' // a truncated or broken PDF
  | 'encrypted'
  | 'storage' // IndexedDB refused to store it (private mode, quota)
  | 'failed'; // anything else the reader threw

export type ImportProgress =
  | { phase: 'hashing' }
  | { phase: 'reading'; page: number; pages: number } // pages extracted so far (PDF only)
  | { phase: 'checking' };

export type ImportOutcome =
  | { kind: 'imported'; record: ImportedRecord } // read (clean, or with the document's own inconsistencies)
  // the same file (same sha256) is already here: a bundled document of the library, or an earlier import
  | { kind: 'known'; id: string; dept: string; bundled: boolean }
  | { kind: 'refused'; refusal: ImportRefusal; detail: string; report: ReadingReport | null }
  | { kind: 'cancelled' };

export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
