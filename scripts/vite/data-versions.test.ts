import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { archiveCurrentData, archivedVersions, contentHash, defaultPaths } from './data-versions';

function publish(root: string, text: string): string {
  const hash = contentHash(Buffer.from(text));
  mkdirSync(join(root, 'public/data'), { recursive: true });
  writeFileSync(join(root, 'public/data/doc-2026.json'), text);
  const entry = { id: 'doc-2026', year: 2026, department: 'D', file: 'doc-2026.json', hash, bytes: text.length };
  writeFileSync(join(root, 'public/data/index.json'), JSON.stringify({ schemaVersion: 1, documents: [entry] }));
  return hash;
}

describe('data versions', () => {
  it('keeps every published version: an update adds one, the old one stays', () => {
    const root = mkdtempSync(join(tmpdir(), 'versions-'));
    const paths = defaultPaths(root);
    const first = publish(root, '{"v":1}');
    expect(archiveCurrentData(paths).documents.map((d) => d.hash)).toEqual([first]);
    // A second build of the same data adds nothing.
    expect(archiveCurrentData(paths).documents).toHaveLength(1);
    const second = publish(root, '{"v":2}');
    const list = archiveCurrentData(paths);
    expect(list.documents.map((d) => d.hash)).toEqual([first, second]);
    expect(JSON.parse(readFileSync(join(root, 'data/versions.json'), 'utf8'))).toEqual(list);
    const emitted = archivedVersions(paths, list);
    expect(emitted.map((e) => e.fileName)).toEqual([`data/v/${first}/doc-2026.json`, `data/v/${second}/doc-2026.json`]);
    expect(emitted[0]?.source.toString()).toBe('{"v":1}');
  });

  it('continues a list begun under contract version 1 in the current shape, files untouched', () => {
    const root = mkdtempSync(join(tmpdir(), 'versions-'));
    const paths = defaultPaths(root);
    const first = publish(root, '{"v":1}'); // a version-1 index.json
    archiveCurrentData(paths);
    const text = '{"v":2}';
    const second = contentHash(Buffer.from(text));
    writeFileSync(join(root, 'public/data/doc-2026.json'), text);
    const entry = {
      id: 'doc-2026',
      year: 2026,
      department: 'D',
      level: 'district',
      district: '普陀区',
      kind: 'unit',
      file: 'doc-2026.json',
      hash: second,
      bytes: text.length,
    };
    writeFileSync(join(root, 'public/data/index.json'), JSON.stringify({ schemaVersion: 2, documents: [entry] }));
    const list = archiveCurrentData(paths);
    expect(list.schemaVersion).toBe(2);
    expect(list.documents).toEqual([
      {
        id: 'doc-2026',
        year: 2026,
        department: 'D',
        level: 'municipal',
        district: null,
        kind: 'department',
        file: 'doc-2026.json',
        hash: first,
        bytes: 7,
        dept: 'doc', // our department names are added to every version, old ones too
        departmentEn: null,
      },
      { ...entry, dept: 'doc', departmentEn: null },
    ]);
    expect(JSON.parse(readFileSync(join(root, 'data/versions.json'), 'utf8'))).toEqual(list);
    expect(readFileSync(join(root, 'data/versions', first, 'doc-2026.json'), 'utf8')).toBe('{"v":1}');
  });

  it('names every version’s department as the current index does, without touching the archived files', () => {
    const root = mkdtempSync(join(tmpdir(), 'versions-'));
    const paths = defaultPaths(root);
    const first = publish(root, '{"v":1}');
    archiveCurrentData(paths);
    const index = JSON.parse(readFileSync(join(root, 'public/data/index.json'), 'utf8'));
    index.documents[0].dept = 'doc';
    index.documents[0].departmentEn = 'Doc Bureau';
    writeFileSync(join(root, 'public/data/index.json'), JSON.stringify(index));
    const list = archiveCurrentData(paths);
    expect(list.documents).toHaveLength(1);
    expect(list.documents[0]).toMatchObject({ hash: first, dept: 'doc', departmentEn: 'Doc Bureau' });
    expect(readFileSync(join(root, 'data/versions', first, 'doc-2026.json'), 'utf8')).toBe('{"v":1}');
  });

  it('stops when public/data does not match its index', () => {
    const root = mkdtempSync(join(tmpdir(), 'versions-'));
    publish(root, '{"v":1}');
    writeFileSync(join(root, 'public/data/doc-2026.json'), '{"v":"edited by hand"}');
    expect(() => archiveCurrentData(defaultPaths(root))).toThrow(/run npm run ingest/);
  });

  it('stops when an archived file was changed', () => {
    const root = mkdtempSync(join(tmpdir(), 'versions-'));
    const hash = publish(root, '{"v":1}');
    const list = archiveCurrentData(defaultPaths(root));
    writeFileSync(join(root, 'data/versions', hash, 'doc-2026.json'), '{"v":0}');
    expect(() => archivedVersions(defaultPaths(root), list)).toThrow(/does not match/);
  });
});
