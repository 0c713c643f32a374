// The reader worker: one per import, started by import-file.ts and terminated after its outcome,
// so pdf.js and the document's memory go with it. Receives the file (its buffer transferred),
// answers with the hash, progress messages and one outcome. Reading never blocks the page.
import type { PdfEngine } from '../../reader/api';
import { browserPdfEngine } from './browser-engine';
import type { ReadRequest, WorkerMessage } from './protocol';
import { readImport } from './read-import';

// The worker's global scope, typed by hand: the project's lib is DOM, where `self` is a window.
const scope = self as unknown as {
  postMessage(message: WorkerMessage): void;
  onmessage: ((event: MessageEvent<ReadRequest | 'warm'>) => void) | null;
};

// pdf.js is loaded once per worker: ahead of the file when the page warms the worker up.
let engine: Promise<PdfEngine> | null = null;
const pdfEngine = (): Promise<PdfEngine> => (engine ??= browserPdfEngine());

scope.onmessage = (event) => {
  if (event.data === 'warm') {
    pdfEngine().catch(() => (engine = null)); // a failure is met again, and reported, by the read
    return;
  }
  scope.onmessage = null; // one file per worker
  const { name, bytes } = event.data;
  void readImport(name, new Uint8Array(bytes), pdfEngine, {
    onHash: (sha256) => scope.postMessage({ type: 'hash', sha256 }),
    onProgress: (progress) => scope.postMessage({ type: 'progress', progress }),
  }).then((outcome) => scope.postMessage({ type: 'outcome', outcome }));
};
