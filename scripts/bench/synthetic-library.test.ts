import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { BudgetDocument, DataIndex } from '../../src/domain/schema';
import { buildSyntheticLibrary, readLibrary } from './synthetic-library';

const real = readLibrary('public');
const library = buildSyntheticLibrary(real.index, real.texts);
const entries = library.index.documents;
const deptOf = (entry: (typeof entries)[number]) => entry.dept!;

describe('buildSyntheticLibrary', () => {
  it('holds 500 documents in 170 departments, with unique ids and files', () => {
    expect(entries).toHaveLength(500);
    expect(new Set(entries.map(deptOf)).size).toBe(170);
    expect(new Set(entries.map((e) => e.id)).size).toBe(500);
    expect(new Set(entries.map((e) => e.file)).size).toBe(500);
    expect(entries.every((e) => e.id === `${deptOf(e)}-${e.year}` || real.index.documents.includes(e))).toBe(true);
    expect(DataIndex.safeParse(library.index).success).toBe(true);
  });

  it('lists every file with the first 16 hex digits of its sha256 and its size', () => {
    for (const entry of entries) {
      const text = library.files.get(entry.file)!;
      expect(createHash('sha256').update(text).digest('hex').slice(0, 16)).toBe(entry.hash);
      expect(Buffer.byteLength(text)).toBe(entry.bytes);
    }
    expect(new Set(entries.map((e) => e.source)).size).toBe(500);
  });

  it('writes documents that are what their entries say', () => {
    for (const entry of entries.filter((_, i) => i % 37 === 0)) {
      const doc = BudgetDocument.parse(JSON.parse(library.files.get(entry.file)!));
      expect([doc.id, doc.year, doc.department, doc.level, doc.district]).toEqual([
        entry.id,
        entry.year,
        entry.department,
        entry.level,
        entry.district,
      ]);
    }
  });

  it('writes one index per department, with exactly its entries of index.json', () => {
    const shards = [...library.files.keys()].filter((file) => file.startsWith('departments/'));
    expect(shards).toHaveLength(170);
    for (const shard of shards) {
      const dept = shard.slice('departments/'.length, -'.json'.length);
      const listed = (JSON.parse(library.files.get(shard)!) as DataIndex).documents;
      expect(listed).toEqual(entries.filter((e) => deptOf(e) === dept));
    }
    expect(JSON.parse(library.files.get('index.json')!)).toEqual(library.index);
  });

  it('keeps the real documents, so the first screen (shanghai-hsa) is the same', () => {
    for (const entry of real.index.documents) expect(library.files.get(entry.file)).toBe(real.texts.get(entry.file));
    expect(entries.filter((e) => deptOf(e) === 'shanghai-hsa')).toEqual(
      real.index.documents.filter((e) => e.dept === 'shanghai-hsa'),
    );
  });

  it('mixes municipal and district departments of several districts, some without an English name', () => {
    const synthetic = entries.filter((e) => deptOf(e).startsWith('bench-'));
    expect(synthetic.some((e) => e.level === 'municipal')).toBe(true);
    expect(new Set(synthetic.map((e) => e.district).filter(Boolean)).size).toBe(16);
    expect(synthetic.some((e) => e.departmentEn === null)).toBe(true);
    expect(library.departments).toHaveLength(165);
    expect(new Set(library.departments.map((d) => d.name)).size).toBe(165);
  });
});
