// Serialises the outputs deterministically (schema key order, 2-space JSON, trailing newline, no
// timestamps), compares them with committed files (--check), and writes them atomically.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { BudgetDocument, DataIndex, SCHEMA_VERSION } from '../../src/domain/schema.ts';

export const toJson = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** Every output file, name -> content. Each document is validated by the schema first. */
export function renderOutputs(docs: BudgetDocument[]): Map<string, string> {
  const files = new Map<string, string>();
  const index: DataIndex = { schemaVersion: SCHEMA_VERSION, documents: [] };
  for (const doc of docs) {
    const text = toJson(BudgetDocument.parse(doc)); // parse returns keys in the schema's order
    const file = `${doc.id}.json`;
    files.set(file, text);
    index.documents.push({
      id: doc.id,
      year: doc.year,
      department: doc.department,
      level: doc.level,
      district: doc.district,
      kind: doc.kind,
      file,
      hash: sha256(text).slice(0, 16),
      bytes: Buffer.byteLength(text, 'utf8'),
    });
  }
  files.set('index.json', toJson(DataIndex.parse(index)));
  files.set('schema.json', toJson(z.toJSONSchema(BudgetDocument)));
  return files;
}

/** Files in outDir that differ from what the ingest would write (missing, different, or stale). */
export function diffOutputs(outDir: string, files: Map<string, string>): string[] {
  const problems: string[] = [];
  for (const [name, text] of files) {
    const path = join(outDir, name);
    if (!existsSync(path)) problems.push(`${path}: missing`);
    else if (readFileSync(path, 'utf8') !== text) problems.push(`${path}: differs from a fresh ingest`);
  }
  if (existsSync(outDir)) {
    for (const name of readdirSync(outDir))
      if (name.endsWith('.json') && !files.has(name))
        problems.push(`${join(outDir, name)}: not produced by the ingest (stale)`);
  }
  return problems;
}

/** Write every file to a temporary name first, then rename: readers never see half a file. */
export function writeOutputs(outDir: string, files: Map<string, string>): void {
  mkdirSync(outDir, { recursive: true });
  const temps: [string, string][] = [];
  for (const [name, text] of files) {
    const tmp = join(outDir, `.${name}.${process.pid}.tmp`);
    writeFileSync(tmp, text, 'utf8');
    temps.push([tmp, join(outDir, name)]);
  }
  for (const [tmp, path] of temps) renameSync(tmp, path);
  for (const name of readdirSync(outDir)) if (name.endsWith('.json') && !files.has(name)) rmSync(join(outDir, name));
}
