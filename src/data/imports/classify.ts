// From the reader's machine-readable refusal to the importer's: which message the user gets for a
// file the reader would not read. Kept apart from the worker so it is tested without one.
import type { ReadingReport, RefusalKind } from '../../reader/api';
import type { ImportRefusal } from './types';

const REFUSALS: Record<Exclude<RefusalKind, 'cancelled'>, ImportRefusal> = {
  'not-pdf': 'not-pdf-or-text', // the sniffer let it through as a PDF; the reader's byte check disagreed
  encrypted: 'encrypted',
  truncated: 'damaged',
  'no-text': 'scanned',
  'final-account': 'final-accounts',
  'not-template': 'not-template',
  incomplete: 'damaged', // a text or PDF that stops inside its tables: cut off
  'broken-encoding': 'not-template', // a text decoded with U+FFFD in it is not a readable budget text
};

/**
 * The importer's refusal for a refused reading, or 'cancelled' when the user cancelled it. A report
 * without a kind (from a reader older than `refusalKind`) is 'failed': the detail still says why.
 */
export function classifyRefusal(report: ReadingReport): ImportRefusal | 'cancelled' {
  const kind = report.refusalKind;
  if (kind === 'cancelled') return 'cancelled';
  return kind ? REFUSALS[kind] : 'failed';
}
