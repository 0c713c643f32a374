// Serialises the outputs deterministically (schema key order, 2-space JSON, trailing newline, no
// timestamps), compares them with committed files (--check), and writes them atomically.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { BudgetDocument, DataIndex, SCHEMA_VERSION } from '../../src/domain/schema.ts';

export const toJson = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** What the ingest knows of a department beyond its documents (data/sources/departments.json). */
export interface DepartmentNames {
  /** dept key -> English name (our translation); a department not listed has none yet */
  en: Readonly<Record<string, string>>;
}

/** The department key of a document: its id without a trailing year (shanghai-hsa-2026 -> shanghai-hsa). */
export const deptOfId = (id: string): string => id.replace(/-\d{4}$/, '');

/** Where one department's index is written, below public/data/. */
export const departmentFile = (dept: string): string => `departments/${dept}.json`;

/**
 * Every output file, name -> content. Each document is validated by the schema first. Beside
 * index.json (every document of the library) each department gets departments/<dept>.json, the
 * same entries for its documents only: what the app fetches first, so that opening a department
 * costs the same in a library of six documents or of thousands (docs/decisions/0007).
 */
export function renderOutputs(docs: BudgetDocument[], names: DepartmentNames = { en: {} }): Map<string, string> {
  const files = new Map<string, string>();
  const index: DataIndex = { schemaVersion: SCHEMA_VERSION, documents: [] };
  for (const doc of docs) {
    const text = toJson(BudgetDocument.parse(doc)); // parse returns keys in the schema's order
    const file = `${doc.id}.json`;
    const dept = deptOfId(doc.id);
    files.set(file, text);
    index.documents.push({
      id: doc.id,
      year: doc.year,
      dept,
      department: doc.department,
      departmentEn: names.en[dept] ?? null,
      level: doc.level,
      district: doc.district,
      kind: doc.kind,
      file,
      hash: sha256(text).slice(0, 16),
      bytes: Buffer.byteLength(text, 'utf8'),
      source: doc.source.sha256.slice(0, 16),
    });
  }
  files.set('index.json', toJson(DataIndex.parse(index)));
  for (const dept of new Set(index.documents.map((d) => d.dept!))) {
    const documents = index.documents.filter((d) => d.dept === dept);
    files.set(departmentFile(dept), toJson(DataIndex.parse({ schemaVersion: SCHEMA_VERSION, documents })));
  }
  files.set('schema.json', toJson(z.toJSONSchema(BudgetDocument)));
  return files;
}

/** The JSON files the ingest owns in outDir: its top level and departments/. */
function ownedFiles(outDir: string): string[] {
  const names: string[] = [];
  for (const dir of ['', 'departments']) {
    const path = join(outDir, dir);
    if (!existsSync(path)) continue;
    for (const name of readdirSync(path)) if (name.endsWith('.json')) names.push(dir ? `${dir}/${name}` : name);
  }
  return names;
}

/** Files in outDir that differ from what the ingest would write (missing, different, or stale). */
export function diffOutputs(outDir: string, files: Map<string, string>): string[] {
  const problems: string[] = [];
  for (const [name, text] of files) {
    const path = join(outDir, name);
    if (!existsSync(path)) problems.push(`${path}: missing`);
    else if (readFileSync(path, 'utf8') !== text) problems.push(`${path}: differs from a fresh ingest`);
  }
  for (const name of ownedFiles(outDir))
    if (!files.has(name)) problems.push(`${join(outDir, name)}: not produced by the ingest (stale)`);
  return problems;
}

/** Write every file to a temporary name first, then rename: readers never see half a file. */
export function writeOutputs(outDir: string, files: Map<string, string>): void {
  const temps: [string, string][] = [];
  for (const [name, text] of files) {
    const path = join(outDir, name);
    mkdirSync(dirname(path), { recursive: true });
    const tmp = join(dirname(path), `.${name.split('/').pop()}.${process.pid}.tmp`);
    writeFileSync(tmp, text, 'utf8');
    temps.push([tmp, join(outDir, name)]);
  }
  for (const [tmp, path] of temps) renameSync(tmp, path);
  for (const name of ownedFiles(outDir)) if (!files.has(name)) rmSync(join(outDir, name));
}
