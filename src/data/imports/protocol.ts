// The messages between the page (import-file.ts) and the reader worker (reader.worker.ts), and
// what both sides say alike. Plain data: they cross the worker boundary by structured clone, the
// file's bytes by transfer. Tiny, since the page's side is in the app's first load.
import { MAX_IMPORT_BYTES, type ImportOutcome, type ImportProgress } from './types';

/** What the worker can answer: every outcome but 'known', which only the page can tell. */
export type ReadOutcome = Exclude<ImportOutcome, { kind: 'known' }>;

/** Page → worker, once: the file, its buffer transferred (the page keeps no copy). */
export interface ReadRequest {
  name: string;
  bytes: ArrayBuffer;
}

/** Worker → page: the hash first (before reading, so the page can stop a known file), progress, then one outcome. */
export type WorkerMessage =
  | { type: 'hash'; sha256: string }
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'outcome'; outcome: ReadOutcome };

const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The refusal of a file over MAX_IMPORT_BYTES, given before any of it is read. */
export const tooLarge = (name: string, bytes: number): ReadOutcome => ({
  kind: 'refused',
  refusal: 'too-large',
  detail: `Expected a file of at most ${megabytes(MAX_IMPORT_BYTES)}, but ${name} has ${megabytes(bytes)}.`,
  report: null,
});
