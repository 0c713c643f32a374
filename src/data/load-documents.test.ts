import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeDocument } from '../domain/document-fixture';
import { LoadError, loadDocuments, type FetchText } from './load-documents';

const BASE = 'http://127.0.0.1/app/';

function files(overrides: Record<string, string | number> = {}): Record<string, string | number> {
  const doc = JSON.stringify(makeDocument(), null, 2);
  const hash = createHash('sha256').update(doc).digest('hex').slice(0, 16);
  const index = JSON.stringify({
    schemaVersion: 2,
    documents: [
      { id: 'shanghai-hsa-2026', year: 2026, department: '上海市医疗保障局', level: 'municipal', district: null, kind: 'department', file: 'shanghai-hsa-2026.json', hash, bytes: doc.length },
    ],
  });
  return { 'data/index.json': index, 'data/shanghai-hsa-2026.json': doc, ...overrides };
}

function fetcher(served: Record<string, string | number>): FetchText {
  return async (url) => {
    const file = url.replace(BASE, '');
    const body = served[file];
    if (body === undefined) throw new TypeError('Failed to fetch');
    if (typeof body === 'number') return { ok: false, status: body, text: async () => '' };
    return { ok: true, status: 200, text: async () => body };
  };
}

async function failure(served: Record<string, string | number>): Promise<LoadError> {
  try {
    await loadDocuments(fetcher(served), BASE);
  } catch (error) {
    if (error instanceof LoadError) return error;
    throw error;
  }
  throw new Error('expected the load to fail');
}

describe('loadDocuments', () => {
  it('loads and validates the index and every document', async () => {
    const { documents, index } = await loadDocuments(fetcher(files()), BASE);
    expect(index.documents).toHaveLength(1);
    expect(documents[0]?.tableTotals.expenditureByFunction.total).toBe(30_017_000_000);
  });

  it('loads version-1 data (yuan) migrated to fen, checked against the hash of the file as published', async () => {
    const v1 = readFileSync(new URL('../../data/versions/dcf3161a3cbf9fe9/shanghai-hsa-2026.json', import.meta.url), 'utf8');
    const entry = { id: 'shanghai-hsa-2026', year: 2026, department: '上海市医疗保障局', file: 'shanghai-hsa-2026.json', hash: 'dcf3161a3cbf9fe9', bytes: 59_761 };
    const { documents, index } = await loadDocuments(fetcher({ 'data/index.json': JSON.stringify({ schemaVersion: 1, documents: [entry] }), 'data/shanghai-hsa-2026.json': v1 }), BASE);
    expect(index).toMatchObject({ schemaVersion: 2, documents: [{ level: 'municipal', district: null, kind: 'department' }] });
    expect(documents[0]).toMatchObject({ schemaVersion: 2, printsFen: false, tables: { threePublic: { total: 193_700_000 } } });
    expect(documents[0]?.tableTotals.expenditureByFunction.total).toBe(30_017_000_000); // 300,170,000元
  });

  it('names the file when it is missing', async () => {
    const error = await failure(files({ 'data/shanghai-hsa-2026.json': 404 }));
    expect([error.kind, error.file, error.detail]).toEqual(['http', 'data/shanghai-hsa-2026.json', 'HTTP 404']);
  });

  it('reports no network', async () => {
    const error = await failure({});
    expect([error.kind, error.file]).toEqual(['network', 'data/index.json']);
  });

  it('reports truncated JSON', async () => {
    const doc = files()['data/shanghai-hsa-2026.json'] as string;
    const error = await failure(files({ 'data/shanghai-hsa-2026.json': doc.slice(0, 500) }));
    expect([error.kind, error.file]).toEqual(['json', 'data/shanghai-hsa-2026.json']);
  });

  it('reports a wrong schema version', async () => {
    const doc = (files()['data/shanghai-hsa-2026.json'] as string).replace('"schemaVersion": 2', '"schemaVersion": 3');
    const error = await failure(files({ 'data/shanghai-hsa-2026.json': doc }));
    expect(error.kind).toBe('version');
    expect(error.detail).toBe('schemaVersion 3, expected 2');
  });

  it('reports numbers as strings and names the field', async () => {
    const json = JSON.parse(files()['data/shanghai-hsa-2026.json'] as string);
    json.tables.expenditureByFunction[0].total = '1551703900';
    const error = await failure(files({ 'data/shanghai-hsa-2026.json': JSON.stringify(json) }));
    expect(error.kind).toBe('schema');
    expect(error.detail).toContain('tables.expenditureByFunction.0.total');
  });

  it('reports a missing table', async () => {
    const json = JSON.parse(files()['data/shanghai-hsa-2026.json'] as string);
    delete json.tables.basicByEconomic;
    const error = await failure(files({ 'data/shanghai-hsa-2026.json': JSON.stringify(json) }));
    expect(error.kind).toBe('schema');
    expect(error.detail).toContain('tables.basicByEconomic');
  });

  it('reports a file whose content differs from the hash in the index', async () => {
    const doc = (files()['data/shanghai-hsa-2026.json'] as string).replace('"title"', ' "title"');
    const error = await failure(files({ 'data/shanghai-hsa-2026.json': doc }));
    expect(error.kind).toBe('hash');
  });

  it('reports an index without documents', async () => {
    const error = await failure({ 'data/index.json': JSON.stringify({ schemaVersion: 1, documents: [] }) });
    expect(error.kind).toBe('empty');
  });
});
