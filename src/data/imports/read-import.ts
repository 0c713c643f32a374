// The body of the reader worker, as a pure function of the file's bytes and a pdf.js engine, so it
// runs (and is tested) in Node as well: size check, hash, PDF or text, the reader, and the outcome
// the page shows. Every path ends in an outcome; nothing here throws.
import type { PdfEngine, Reading, ReadingReport } from '../../reader/api';
import { readBudget } from '../../reader/read-budget';
import { checkPdfBytes, PdfRefusal } from '../../reader/pdf/refusal';
import type { Discrepancy } from '../../domain/schema';
import { classifyRefusal } from './classify';
import { tooLarge, type ReadOutcome } from './protocol';
import { sha256Hex } from './sha256';
import { sniffInput } from './sniff';
import { MAX_IMPORT_BYTES, type ImportProgress } from './types';

export interface ReadImportHooks {
  onProgress?: (progress: ImportProgress) => void;
  /** Called with the file's sha256 (hex) before reading starts, so the page can stop a file it knows. */
  onHash?: (sha256: string) => void;
  /** Checked after hashing and between PDF pages. */
  signal?: AbortSignal;
  /** The import's time stamp (tests fix it). */
  now?: () => Date;
}

/** The importer's id of a document: stable per file, and never one of the bundled documents' ids. */
const importedId = (sha256: string): string => `imported-${sha256.slice(0, 12)}`;

/** Why bytes are neither a PDF nor a UTF-8 text, in the reader's words (it names what they look like). */
function notPdfOrText(name: string, bytes: Uint8Array): string {
  let found = '';
  try {
    checkPdfBytes(bytes);
  } catch (e) {
    if (e instanceof PdfRefusal) found = ` ${e.message}`;
  }
  return `${name} is neither a PDF nor a UTF-8 text.${found}`;
}

/**
 * The failed checks of an imported document, as the document's discrepancies (the dashboard shows
 * them beside their table). Unlike the ingest's, nobody reviewed them: the note is the reader's own
 * sentence. Failures without both figures (a table that could not be read) stay in the report only.
 */
function discrepancies(report: ReadingReport): Discrepancy[] {
  return report.failures.flatMap((f) =>
    f.printed === null || f.expected === null
      ? []
      : [{ check: f.check, table: f.table, row: f.row, page: f.page, printed: f.printed, expected: f.expected, note: f.message }],
  );
}

function outcomeOf(reading: Reading, name: string, bytes: number, sha256: string, now: Date): ReadOutcome {
  const { report, document } = reading;
  if (reading.outcome === 'refused') {
    const refusal = classifyRefusal(report);
    if (refusal === 'cancelled') return { kind: 'cancelled' };
    return { kind: 'refused', refusal, detail: report.refusal ?? 'The reader refused the file.', report };
  }
  if (!document) {
    // Of the template, but a part of it could not be read at all: nothing to show.
    const detail = report.failures.map((f) => f.message).join(' ') || 'The document could not be read.';
    return { kind: 'refused', refusal: 'failed', detail, report };
  }
  return {
    kind: 'imported',
    record: {
      sha256,
      fileName: name,
      fileBytes: bytes,
      importedAt: now.toISOString(),
      document: { ...document, discrepancies: discrepancies(report) },
      report,
    },
  };
}

/**
 * Reads one imported file. `engine` is the pdf.js engine, or a function that loads it, called only
 * for a PDF (a text import never loads pdf.js).
 */
export async function readImport(
  name: string,
  bytes: Uint8Array,
  engine: PdfEngine | (() => Promise<PdfEngine>),
  hooks: ReadImportHooks = {},
): Promise<ReadOutcome> {
  const { onProgress, onHash, signal } = hooks;
  if (bytes.length > MAX_IMPORT_BYTES) return tooLarge(name, bytes.length);
  try {
    onProgress?.({ phase: 'hashing' });
    const sha256 = await sha256Hex(bytes);
    onHash?.(sha256);
    if (signal?.aborted) return { kind: 'cancelled' };
    const input = sniffInput(name, bytes);
    if (!input) return { kind: 'refused', refusal: 'not-pdf-or-text', detail: notPdfOrText(name, bytes), report: null };
    const pdf = input.kind === 'pdf' ? (typeof engine === 'function' ? await engine() : engine) : undefined;
    if (input.kind === 'text') onProgress?.({ phase: 'checking' });
    const reading = await readBudget(input, {
      id: importedId(sha256),
      sha256,
      pdf,
      signal,
      onPage: (page, pages) => {
        onProgress?.({ phase: 'reading', page, pages });
        if (page === pages) onProgress?.({ phase: 'checking' });
      },
    });
    if (signal?.aborted) return { kind: 'cancelled' };
    return outcomeOf(reading, name, bytes.length, sha256, hooks.now?.() ?? new Date());
  } catch (e) {
    // A bug of the reader or pdf.js, or the engine failing to load: said as it is.
    const detail = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    return { kind: 'refused', refusal: 'failed', detail, report: null };
  }
}
