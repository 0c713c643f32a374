// The user's imported documents, kept in this browser's IndexedDB (never sent anywhere) in a
// database of their own, keyed by the file's sha256. Loaded lazily by the app, after its first
// render. Every failure of IndexedDB (none in a private window or from file://, a full quota, a
// blocked database) is thrown as one kind of error, so the app can say "could not be stored".
import { createStore, del, get, set, values, type UseStore } from 'idb-keyval';
import type { ImportedRecord } from './types';

const DATABASE = 'hsa-budget-imports';
const STORE = 'documents';

export class ImportStorageError extends Error {
  constructor(what: string, cause: unknown) {
    const why = cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
    super(`The browser’s storage (IndexedDB) could not ${what}: ${why}`, { cause });
    this.name = 'ImportStorageError';
  }
}

// Opened at the first use, not when this module loads: where IndexedDB is missing, createStore
// throws, and that must be an ImportStorageError of a call, not an error of the import.
let store: UseStore | null = null;

async function run<T>(what: string, action: (store: UseStore) => Promise<T>): Promise<T> {
  try {
    store ??= createStore(DATABASE, STORE);
    return await action(store);
  } catch (error) {
    // A database that failed to open stays failed in idb-keyval's store: the next call opens anew.
    store = null;
    throw new ImportStorageError(what, error);
  }
}

// A value of another shape (written by hand, or by a future version of the app) is skipped, not shown.
const isRecord = (value: unknown): value is ImportedRecord => {
  const r = value as Partial<ImportedRecord> | null;
  return (
    typeof r?.sha256 === 'string' &&
    typeof r.importedAt === 'string' &&
    typeof r.document === 'object' &&
    typeof r.report === 'object'
  );
};

/** Every imported document, oldest first. */
export async function listImports(): Promise<ImportedRecord[]> {
  const all = await run('list the imported documents', (s) => values<unknown>(s));
  return all.filter(isRecord).sort((a, b) => a.importedAt.localeCompare(b.importedAt));
}

export async function getImport(sha256: string): Promise<ImportedRecord | null> {
  const value = await run('read an imported document', (s) => get<unknown>(sha256, s));
  return isRecord(value) ? value : null;
}

/** Stores (or replaces) the record under its sha256. */
export async function saveImport(record: ImportedRecord): Promise<void> {
  await run(`store ${record.fileName}`, (s) => set(record.sha256, record, s));
}

export async function removeImport(sha256: string): Promise<void> {
  await run('remove an imported document', (s) => del(sha256, s));
}
