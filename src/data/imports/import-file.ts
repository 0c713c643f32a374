// The page's side of an import, and the only module of the importer the app imports statically:
// it holds no reader and no pdf.js, only the worker's URL. Each import runs in a worker of its own
// (reader.worker.ts), terminated when it is done or cancelled, so the page never blocks and the
// memory of pdf.js and the document is released. The file never leaves the browser.
import { tooLarge, type ReadRequest, type WorkerMessage } from './protocol';
import { MAX_IMPORT_BYTES, type ImportOutcome, type ImportProgress } from './types';

/** A document the app already has: a bundled one of the library, or an earlier import. */
interface KnownDocument {
  id: string;
  dept: string;
  bundled: boolean;
}

export interface ImportOptions {
  onProgress?: (progress: ImportProgress) => void;
  /** Cancels the import: the worker is terminated at once and the outcome is `cancelled`. */
  signal?: AbortSignal;
  /** Asked with the file's sha256 before it is read: a match ends the import as `known`. */
  recognise?: (sha256: string) => Promise<KnownDocument | null>;
}

const failed = (detail: string): ImportOutcome => ({ kind: 'refused', refusal: 'failed', detail, report: null });

const startWorker = () =>
  new Worker(new URL('./reader.worker.ts', import.meta.url), { type: 'module', name: 'budget-reader' });

// A worker started ahead of an import, when one is likely (the library view is open, a file is
// dragged over the page): its script and pdf.js load meanwhile, so the read starts at once.
let warm: Worker | null = null;

/** Starts the next import's worker now, loading pdf.js; the next importFile takes it over. */
export function prepareImport(): void {
  if (warm) return;
  warm = startWorker();
  // A worker whose script failed to load (offline, a new deploy) is dropped: the import starts its own.
  warm.onerror = () => {
    warm?.terminate();
    warm = null;
  };
  warm.postMessage('warm');
}

export async function importFile(file: Blob & { name: string }, options: ImportOptions = {}): Promise<ImportOutcome> {
  const { onProgress, signal, recognise } = options;
  if (file.size > MAX_IMPORT_BYTES) return tooLarge(file.name, file.size);
  if (signal?.aborted) return { kind: 'cancelled' };
  let bytes: ArrayBuffer;
  try {
    bytes = await file.arrayBuffer();
  } catch (e) {
    // The file was moved, deleted or is unreadable since it was picked.
    return failed(`${file.name} could not be read: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (signal?.aborted) return { kind: 'cancelled' };

  return new Promise<ImportOutcome>((resolve) => {
    const worker = warm ?? startWorker();
    warm = null;
    let done = false;
    let known: Promise<KnownDocument | null> = Promise.resolve(null);
    const finish = (outcome: ImportOutcome): void => {
      if (done) return;
      done = true;
      worker.terminate();
      signal?.removeEventListener('abort', cancel);
      resolve(outcome);
    };
    const cancel = (): void => finish({ kind: 'cancelled' });
    signal?.addEventListener('abort', cancel, { once: true });

    worker.onmessage = ({ data }: MessageEvent<WorkerMessage>) => {
      if (done) return;
      if (data.type === 'progress') onProgress?.(data.progress);
      else if (data.type === 'hash' && recognise) {
        // A failing lookup (storage unavailable) only means the file is read as new.
        known = recognise(data.sha256).catch(() => null);
        void known.then((match) => match && finish({ kind: 'known', ...match }));
      } else if (data.type === 'outcome') {
        // The reading may end before the lookup does (a small text): the lookup still decides.
        void known.then((match) => finish(match ? { kind: 'known', ...match } : data.outcome));
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      finish(failed(`The reader stopped: ${event.message || 'its script could not be loaded'}`));
    };
    worker.onmessageerror = () => finish(failed('The reader’s answer could not be received.'));
    worker.postMessage({ name: file.name, bytes } satisfies ReadRequest, [bytes]);
  });
}
