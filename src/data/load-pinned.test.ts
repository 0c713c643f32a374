import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { makeDocument } from '../domain/document-fixture';
import type { FetchText } from './load-documents';
import { loadPinnedDocuments, pinnedIndex, UnknownVersionError } from './load-pinned';

const BASE = 'https://example.org/hsa/';
const hashOf = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

function site(files: Record<string, string>): { fetcher: FetchText; requested: string[] } {
  const requested: string[] = [];
  const fetcher: FetchText = async (url) => {
    requested.push(url);
    const body = files[url.slice(BASE.length)];
    return { ok: body !== undefined, status: body === undefined ? 404 : 200, text: async () => body ?? '' };
  };
  return { fetcher, requested };
}

const older = JSON.stringify(makeDocument({ title: 'first version' }));
const newer = JSON.stringify(makeDocument({ title: 'second version' }));
const entry = (text: string) => ({ id: 'shanghai-hsa-2026', year: 2026, department: '上海市医疗保障局', file: 'shanghai-hsa-2026.json', hash: hashOf(text), bytes: text.length });
const versions = JSON.stringify({ schemaVersion: 1, documents: [entry(older), entry(newer)] });

describe('loadPinnedDocuments', () => {
  it('loads the pinned version from data/v/<hash>/, not the latest data', async () => {
    const { fetcher, requested } = site({
      'data/versions.json': versions,
      [`data/v/${hashOf(older)}/shanghai-hsa-2026.json`]: older,
      [`data/v/${hashOf(newer)}/shanghai-hsa-2026.json`]: newer,
    });
    const { documents, index } = await loadPinnedDocuments(fetcher, BASE, [hashOf(older)]);
    expect(documents.map((d) => d.title)).toEqual(['first version']);
    expect(index.documents.map((d) => d.hash)).toEqual([hashOf(older)]);
    expect(requested).toEqual([`${BASE}data/versions.json`, `${BASE}data/v/${hashOf(older)}/shanghai-hsa-2026.json`]);
  });

  it('names an unknown version', async () => {
    const { fetcher } = site({ 'data/versions.json': versions });
    await expect(loadPinnedDocuments(fetcher, BASE, ['0000000000000000'])).rejects.toBeInstanceOf(UnknownVersionError);
  });

  it('refuses a file whose content does not match its version', async () => {
    const { fetcher } = site({ 'data/versions.json': versions, [`data/v/${hashOf(older)}/shanghai-hsa-2026.json`]: newer });
    await expect(loadPinnedDocuments(fetcher, BASE, [hashOf(older)])).rejects.toMatchObject({ kind: 'hash' });
  });

  it('reports a missing version list like any missing file', async () => {
    const { fetcher } = site({});
    await expect(loadPinnedDocuments(fetcher, BASE, [hashOf(older)])).rejects.toMatchObject({ kind: 'http', file: 'data/versions.json' });
  });
});

describe('pinnedIndex', () => {
  it('keeps the order asked for', () => {
    const list = JSON.parse(versions);
    const index = pinnedIndex(list, [hashOf(newer), hashOf(older)]);
    expect(index.documents.map((d) => d.file)).toEqual([
      `v/${hashOf(newer)}/shanghai-hsa-2026.json`,
      `v/${hashOf(older)}/shanghai-hsa-2026.json`,
    ]);
  });
});
