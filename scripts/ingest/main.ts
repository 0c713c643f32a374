// npm run ingest          parse, resolve, validate every document of data/sources/manifest.json,
//                         then write public/data/*.json (only when every check passes)
// npm run ingest:check    the same in memory; exit 1 if a committed file differs; writes nothing
// Options (used by tests): --manifest <file> --errata <dir> --out <dir> --quiet
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { BudgetDocument } from '../../src/domain/schema.ts';
import { buildDocument } from '../../src/reader/build-document.ts';
import { applyErrata, ErrataFile } from './errata.ts';
import { formatReport } from './report.ts';
import { diffOutputs, renderOutputs, writeOutputs } from './write-output.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export const Manifest = z.array(z.object({ id: z.string().regex(/^[a-z0-9-]+$/), file: z.string(), year: z.number().int() }));

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

/** Runs the ingest; returns the exit code. Nothing is written unless every document passes. */
export function runIngest(o: IngestOptions): number {
  const errors: string[] = [];
  const docs: BudgetDocument[] = [];
  const manifest = Manifest.parse(JSON.parse(readFileSync(o.manifest, 'utf8')));
  for (const entry of manifest) {
    try {
      const bytes = readFileSync(join(dirname(o.manifest), entry.file));
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const text = new TextDecoder('utf-8').decode(bytes); // invalid bytes become U+FFFD, reported by line
      const built = buildDocument({ id: entry.id, file: basename(entry.file), year: entry.year, text, sha256 });
      const errataPath = join(o.errataDir, `${entry.id}.json`);
      const errata = existsSync(errataPath) ? ErrataFile.parse(JSON.parse(readFileSync(errataPath, 'utf8'))) : null;
      const { discrepancies, errors: failed } = applyErrata(built.failures, errata, sha256, entry.id);
      o.log(formatReport(built, discrepancies.length, failed.length));
      errors.push(...failed);
      docs.push({ ...built.doc, discrepancies });
    } catch (e) {
      errors.push(e instanceof Error ? e.message : String(e));
    }
  }
  if (errors.length > 0) {
    for (const e of errors) o.log(`FAIL ${e}`);
    o.log(`ingest failed: ${errors.length} problem(s); nothing written`);
    return 1;
  }
  let files: Map<string, string>;
  try {
    files = renderOutputs(docs);
  } catch (e) {
    o.log(`FAIL schema: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
  if (o.check) {
    const problems = diffOutputs(o.outDir, files);
    for (const p of problems) o.log(`FAIL ${p}`);
    o.log(problems.length ? 'ingest:check failed: run npm run ingest and commit public/data' : `ingest:check ok: ${files.size} files up to date`);
    return problems.length ? 1 : 0;
  }
  writeOutputs(o.outDir, files);
  o.log(`wrote ${files.size} files to ${o.outDir}`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = runIngest(parseArgs(process.argv.slice(2)));
}
