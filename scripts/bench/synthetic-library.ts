// A synthetic library for the library bench (library.ts): the real documents of public/data cloned
// under new ids and departments until the library holds `documents` documents in `departments`
// departments, some municipal, most of them district ones across the sixteen districts, some
// without an English name. The real documents stay as they are (shanghai-hsa with its two years,
// so the first screen is the same), and every file is listed with its true content hash and size
// in data/index.json and in its department's data/departments/<dept>.json, as the ingest writes.
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { districtEn } from '../../src/domain/districts';
import type { DataIndex } from '../../src/domain/schema';

type Entry = DataIndex['documents'][number];

export interface SyntheticLibrary {
  /** every file to write under data/, by its path there (index.json, departments/x.json, x.json) */
  files: Map<string, string>;
  index: DataIndex;
  /** the synthetic departments (not the real ones), each with its years ascending and its latest name */
  departments: { dept: string; name: string; years: number[] }[];
}

export const DISTRICTS = [
  '黄浦区',
  '徐汇区',
  '长宁区',
  '静安区',
  '普陀区',
  '虹口区',
  '杨浦区',
  '闵行区',
  '宝山区',
  '嘉定区',
  '浦东新区',
  '金山区',
  '松江区',
  '青浦区',
  '奉贤区',
  '崇明区',
];

const toJson = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`; // as the ingest writes
const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** Entry fields in the ingest's order, with the hash and size of the file's text. */
function entryOf(fields: Omit<Entry, 'hash' | 'bytes' | 'source'> & { source?: string }, text: string): Entry {
  const { source, ...rest } = fields;
  return { ...rest, hash: sha256(text).slice(0, 16), bytes: Buffer.byteLength(text), ...(source ? { source } : {}) };
}

/**
 * The library of `documents` documents in `departments` departments: the real ones (`real`, the
 * index of public/data, and `texts`, each document's file text by file name) and clones of them.
 */
export function buildSyntheticLibrary(
  real: DataIndex,
  texts: ReadonlyMap<string, string>,
  { documents = 500, departments = 170, latestYear = 2026, municipalShare = 0.25 } = {},
): SyntheticLibrary {
  const realDepts = new Set(real.documents.map((entry) => entry.dept ?? entry.id.replace(/-\d{4}$/, '')));
  const newDepts = departments - realDepts.size;
  const newDocs = documents - real.documents.length;
  if (newDepts <= 0 || newDocs < newDepts) throw new Error('the synthetic library must be larger than the real one');
  const files = new Map<string, string>();
  const entries: Entry[] = [];
  for (const entry of real.documents) {
    files.set(entry.file, texts.get(entry.file)!);
    entries.push(entry);
  }
  const shown: SyntheticLibrary['departments'] = [];
  const municipal = Math.round(newDepts * municipalShare);
  let cloned = 0;
  for (let i = 0; i < newDepts; i++) {
    const n = String(i + 1).padStart(3, '0');
    const district = i < municipal ? null : DISTRICTS[(i - municipal) % DISTRICTS.length]!;
    const dept = `bench-${district ? 'district' : 'municipal'}-${n}`;
    const department = `上海市${district ?? ''}样本局${n}`;
    const departmentEn = i % 4 === 3 ? null : `Sample Bureau ${n}${district ? `, ${districtEn(district)}` : ''}`;
    // Spread the documents evenly: the first departments take one year more.
    const count = Math.floor(newDocs / newDepts) + (i < newDocs % newDepts ? 1 : 0);
    const years = Array.from({ length: count }, (_, k) => latestYear - count + 1 + k);
    for (const year of years) {
      const model = real.documents[cloned++ % real.documents.length]!;
      const doc = JSON.parse(texts.get(model.file)!) as Record<string, unknown>;
      const id = `${dept}-${year}`;
      const level = district ? 'district' : 'municipal';
      Object.assign(doc, { id, year, department, level, district });
      doc.title = String(doc.title).replace(/\d{4}年/, `${year}年`);
      const text = toJson(doc);
      const file = `${id}.json`;
      files.set(file, text);
      const fields = { id, year, dept, department, departmentEn, level, district, kind: model.kind, file } as const;
      entries.push(entryOf({ ...fields, source: sha256(`synthetic source of ${id}`).slice(0, 16) }, text));
    }
    shown.push({ dept, name: department, years });
  }
  const index: DataIndex = { schemaVersion: real.schemaVersion, documents: entries };
  files.set('index.json', toJson(index));
  const byDept = new Map<string, Entry[]>();
  for (const entry of entries) {
    const dept = entry.dept ?? entry.id.replace(/-\d{4}$/, '');
    byDept.set(dept, [...(byDept.get(dept) ?? []), entry]);
  }
  for (const [dept, list] of byDept) {
    files.set(`departments/${dept}.json`, toJson({ schemaVersion: real.schemaVersion, documents: list }));
  }
  return { files, index, departments: shown };
}

/** Reads the library of a built app (`<dist>/data`): its index and every document's text. */
export function readLibrary(dist: string): { index: DataIndex; texts: Map<string, string> } {
  const index = JSON.parse(readFileSync(join(dist, 'data/index.json'), 'utf8')) as DataIndex;
  const texts = new Map(index.documents.map((e) => [e.file, readFileSync(join(dist, 'data', e.file), 'utf8')]));
  return { index, texts };
}

/**
 * Copies the built app `dist` to `target` with its library replaced by a synthetic one (the rest
 * of data/, schema.json and the pinned versions of embeds, stays).
 */
export function writeSyntheticDist(
  dist: string,
  target: string,
  options?: Parameters<typeof buildSyntheticLibrary>[2],
) {
  rmSync(target, { recursive: true, force: true });
  cpSync(dist, target, { recursive: true });
  const { index, texts } = readLibrary(dist);
  const library = buildSyntheticLibrary(index, texts, options);
  rmSync(join(target, 'data/departments'), { recursive: true, force: true });
  mkdirSync(join(target, 'data/departments'), { recursive: true });
  for (const [file, text] of library.files) writeFileSync(join(target, 'data', file), text);
  return library;
}
