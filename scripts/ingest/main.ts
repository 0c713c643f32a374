// npm run ingest          read, resolve, check every document of data/sources/manifest.json with
//                         the reader (src/reader), then write public/data/*.json (only when every
//                         check passes or is acknowledged by an erratum)
// npm run ingest:check    the same in memory; exit 1 if a committed file differs; writes nothing
// Options (used by tests): --manifest <file> --errata <dir> --out <dir> --quiet
// A manifest entry with "listed": false is read and checked but not written to public/data.
// Each document's department is its id without a trailing year (putuo-justice-2026 -> putuo-justice);
// departments.json beside the manifest gives the departments' English names (our translation).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { BudgetDocument } from '../../src/domain/schema.ts';
import type { PdfEngine, ReaderInput } from '../../src/reader/api.ts';
import { readBudget } from '../../src/reader/read-budget.ts';
import { applyErrata, ErrataFile } from './errata.ts';
import { nodePdfEngine } from './pdf-engine-node.ts';
import { formatReading } from './report.ts';
import { deptOfId, diffOutputs, renderOutputs, writeOutputs, type DepartmentNames } from './write-output.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export const Manifest = z.array(
  z.object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    file: z.string(),
    year: z.number().int(),
    listed: z.boolean().optional(),
  }),
);

export interface IngestOptions {
  manifest: string;
  errataDir: string;
  outDir: string;
  check: boolean;
  log: (line: string) => void;
}

export function parseArgs(argv: string[], log: (line: string) => void = console.log): IngestOptions {
  const opt = (name: string, fallback: string): string => {
    const i = argv.indexOf(name);
    return i >= 0 && argv[i + 1] ? resolve(argv[i + 1]!) : fallback;
  };
  return {
    manifest: opt('--manifest', join(ROOT, 'data/sources/manifest.json')),
    errataDir: opt('--errata', join(ROOT, 'data/errata')),
    outDir: opt('--out', join(ROOT, 'public/data')),
    check: argv.includes('--check'),
    log: argv.includes('--quiet') ? () => {} : log,
  };
}

/** A source file as the reader's input: a PDF by its bytes, anything else as UTF-8 text. */
export function readerInput(path: string, bytes: Uint8Array): ReaderInput {
  if (path.toLowerCase().endsWith('.pdf')) return { kind: 'pdf', name: basename(path), bytes };
  // Invalid bytes become U+FFFD, which the reader reports by line.
  return { kind: 'text', name: basename(path), text: new TextDecoder('utf-8').decode(bytes) };
}

const DepartmentsFile = z.object({ en: z.record(z.string().regex(/^[a-z0-9-]+$/), z.string().min(1)) });

/** The English names beside the manifest, if any (a department without one shows its published name). */
function readDepartmentNames(manifest: string): DepartmentNames {
  const path = join(dirname(manifest), 'departments.json');
  return existsSync(path) ? DepartmentsFile.parse(JSON.parse(readFileSync(path, 'utf8'))) : { en: {} };
}

/** Runs the ingest; returns the exit code. Nothing is written unless every document passes. */
export async function runIngest(o: IngestOptions): Promise<number> {
  const errors: string[] = [];
  const docs: BudgetDocument[] = [];
  const manifest = Manifest.parse(JSON.parse(readFileSync(o.manifest, 'utf8')));
  const names = readDepartmentNames(o.manifest);
  for (const dept of Object.keys(names.en))
    if (!manifest.some((e) => deptOfId(e.id) === dept)) errors.push(`departments.json: no document of ${dept}`);
  let engine: PdfEngine | undefined;
  for (const entry of manifest) {
    try {
      const path = join(dirname(o.manifest), entry.file);
      const bytes = new Uint8Array(readFileSync(path));
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const input = readerInput(path, bytes);
      if (input.kind === 'pdf') engine ??= await nodePdfEngine();
      const reading = await readBudget(input, { id: entry.id, sha256, pdf: engine });
      if (!reading.document) {
        o.log(formatReading(reading));
        const why = reading.report.refusal ?? reading.report.failures.map((f) => f.message).join('; ');
        errors.push(why.startsWith(entry.id) ? why : `${entry.id}: ${why}`);
        continue;
      }
      const doc = reading.document;
      if (doc.year !== entry.year)
        errors.push(`${entry.id}: the document is for ${doc.year}, the manifest says ${entry.year}`);
      const errataPath = join(o.errataDir, `${entry.id}.json`);
      const errata = existsSync(errataPath) ? ErrataFile.parse(JSON.parse(readFileSync(errataPath, 'utf8'))) : null;
      const { discrepancies, errors: failed } = applyErrata(reading.report.failures, errata, sha256, entry.id);
      o.log(formatReading(reading, { acknowledged: discrepancies.length }));
      errors.push(...failed);
      if (entry.listed !== false) docs.push({ ...doc, discrepancies });
    } catch (e) {
      errors.push(`${entry.id}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  if (errors.length > 0) {
    for (const e of errors) o.log(`FAIL ${e}`);
    o.log(`ingest failed: ${errors.length} problem(s); nothing written`);
    return 1;
  }
  let files: Map<string, string>;
  try {
    files = renderOutputs(docs, names);
  } catch (e) {
    o.log(`FAIL schema: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
  if (o.check) {
    const problems = diffOutputs(o.outDir, files);
    for (const p of problems) o.log(`FAIL ${p}`);
    o.log(
      problems.length
        ? 'ingest:check failed: run npm run ingest and commit public/data'
        : `ingest:check ok: ${files.size} files up to date`,
    );
    return problems.length ? 1 : 0;
  }
  writeOutputs(o.outDir, files);
  o.log(`wrote ${files.size} files to ${o.outDir}`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await runIngest(parseArgs(process.argv.slice(2)));
}
