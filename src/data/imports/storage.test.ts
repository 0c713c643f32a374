// The imported documents in IndexedDB (fake-indexeddb in Node): stored by sha256, listed oldest
// first, removed; and every failure of IndexedDB is an ImportStorageError.
import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ImportedRecord } from './types';

// A fresh module per test: it keeps its database open once opened.
const storage = async () => {
  vi.resetModules();
  return import('./storage');
};

const record = (sha: string, importedAt: string): ImportedRecord =>
  ({
    sha256: sha.repeat(64),
    fileName: `${sha}.pdf`,
    fileBytes: 10,
    importedAt,
    document: { id: `imported-${sha.repeat(12)}` },
    report: { refusal: null },
  }) as unknown as ImportedRecord;

beforeEach(() => vi.stubGlobal('indexedDB', new IDBFactory()));
afterEach(() => vi.unstubAllGlobals());

describe('storage of imports', () => {
  it('saves, lists oldest first, gets, replaces and removes', async () => {
    const { getImport, listImports, removeImport, saveImport } = await storage();
    expect(await listImports()).toEqual([]);
    await saveImport(record('b', '2026-12-07T10:00:00.000Z'));
    await saveImport(record('a', '2026-12-07T11:00:00.000Z'));
    await saveImport(record('c', '2026-12-06T09:00:00.000Z'));
    expect((await listImports()).map((r) => r.fileName)).toEqual(['c.pdf', 'b.pdf', 'a.pdf']);
    expect(await getImport('a'.repeat(64))).toEqual(record('a', '2026-12-07T11:00:00.000Z'));
    expect(await getImport('d'.repeat(64))).toBeNull();
    await saveImport({ ...record('a', '2026-12-05T00:00:00.000Z'), fileName: 'again.pdf' });
    expect((await listImports()).map((r) => r.fileName)).toEqual(['again.pdf', 'c.pdf', 'b.pdf']);
    await removeImport('c'.repeat(64));
    expect((await listImports()).map((r) => r.fileName)).toEqual(['again.pdf', 'b.pdf']);
  });

  it('without IndexedDB (a private window, file://) every call throws an ImportStorageError', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const { listImports, saveImport } = await storage();
    await expect(listImports()).rejects.toMatchObject({ name: 'ImportStorageError' });
    await expect(saveImport(record('a', '2026-12-07T10:00:00.000Z'))).rejects.toMatchObject({
      name: 'ImportStorageError',
      message: expect.stringMatching(/could not store a\.pdf/),
    });
  });

  it('a refused write (a full quota) is an ImportStorageError, and the next call opens the database anew', async () => {
    const { listImports, saveImport } = await storage();
    await saveImport(record('a', '2026-12-07T10:00:00.000Z'));
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await expect(saveImport(record('b', '2026-12-07T11:00:00.000Z'))).rejects.toMatchObject({
      name: 'ImportStorageError',
      message: expect.stringMatching(/QuotaExceededError/),
    });
    put.mockRestore();
    expect((await listImports()).map((r) => r.fileName)).toEqual(['a.pdf']);
  });
});
