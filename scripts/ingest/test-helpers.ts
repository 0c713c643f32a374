// Helpers for the tests: run the real ingest entry against a temporary directory; read the real
// source documents and their reviewed errata (the reader's tests use these too: src/reader may not
// touch the file system).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PdfEngine } from '../../src/reader/api.ts';
import { ErrataFile } from './errata.ts';
import { runIngest } from './main.ts';
import { nodePdfEngine } from './pdf-engine-node.ts';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const source = (year: 2021 | 2026): string =>
  readFileSync(join(ROOT, `data/sources/shanghai-hsa-${year}-budget.txt`), 'utf8');

export const HSA_2026 = 'data/sources/shanghai-hsa-2026-budget.txt';
export const HSA_2021 = 'data/sources/shanghai-hsa-2021-budget.txt';
export const JUSTICE = 'putuo-justice-2026-dept-budget';
export const FINANCE = 'putuo-finance-2025-dept-budget';
/** The texts extracted from the four Putuo PDFs, beside the repository. */
export const OTHER_DEPARTMENTS = join(ROOT, '../shared/sources/other-departments');

/**
 * A source text: a path in the repository, or the name of a Putuo document (its text in
 * OTHER_DEPARTMENTS). A missing file throws, so a test that needs it fails; nothing is skipped.
 */
export const sourceText = (path: string): string =>
  readFileSync(path.includes('/') ? join(ROOT, path) : join(OTHER_DEPARTMENTS, `${path}.txt`), 'utf8');
/** The bytes of a published Putuo PDF (data/sources). */
export const sourcePdf = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(join(ROOT, 'data/sources', `${name}.pdf`)));

/** The reviewed errata of a manifest id (data/errata/<id>.json), or null when it has none. */
export function reviewedErrata(id: string): ErrataFile | null {
  const path = join(ROOT, 'data/errata', `${id}.json`);
  return existsSync(path) ? ErrataFile.parse(JSON.parse(readFileSync(path, 'utf8'))) : null;
}

/**
 * The same errata tied to another form of the same document (the text extracted from the PDF they
 * were reviewed against), under its own manifest id: the same entries, so the ingest accepts the
 * other form only if its reading fails exactly where the reviewed one does.
 */
export const errataFor = (errata: ErrataFile, id: string, content: string | Uint8Array): ErrataFile => ({
  ...errata,
  document: id,
  sha256: createHash('sha256').update(content).digest('hex'),
});

let engine: Promise<PdfEngine> | undefined;
/** The Node host's pdf.js engine, made once per test file. */
export const pdfEngine = (): Promise<PdfEngine> => (engine ??= nodePdfEngine());

/** One manifest entry and its file's content (a text, or the bytes of a PDF). */
export interface SourceFile {
  id: string;
  file: string;
  year: number;
  content: string | Uint8Array;
  listed?: boolean;
}

/** An HSA text as a manifest entry, with the manifest's year (which the ingest checks against the document). */
export const hsa = (year: 2021 | 2026, text: string, manifestYear: number = year): SourceFile => ({
  id: `shanghai-hsa-${year}`,
  file: `shanghai-hsa-${year}-budget.txt`,
  year: manifestYear,
  content: text,
});

export interface Run {
  code: number;
  log: string;
  /** The lines the ingest ends with: one per problem, then the verdict (never the reading reports). */
  fails: string[];
  outDir: string;
  json: string[];
}

export interface RunOptions {
  errata?: Record<string, unknown>;
  check?: boolean;
  outDir?: string;
}

/** Run the ingest on the given files with optional errata; returns the log and the JSON files written. */
export async function runFiles(files: SourceFile[], opts: RunOptions = {}): Promise<Run> {
  const dir = mkdtempSync(join(tmpdir(), 'ingest-'));
  const manifest = files.map(({ id, file, year, content, listed }) => {
    writeFileSync(join(dir, file), content);
    return listed === undefined ? { id, file, year } : { id, file, year, listed };
  });
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  const errataDir = join(dir, 'errata');
  mkdirSync(errataDir);
  for (const [id, content] of Object.entries(opts.errata ?? {}))
    writeFileSync(join(errataDir, `${id}.json`), JSON.stringify(content));
  const outDir = opts.outDir ?? join(dir, 'out');
  const lines: string[] = [];
  const code = await runIngest({
    manifest: join(dir, 'manifest.json'),
    errataDir,
    outDir,
    check: opts.check ?? false,
    log: (l) => lines.push(l),
  });
  const json = existsSync(outDir) ? readdirSync(outDir).filter((f) => f.endsWith('.json')) : [];
  return { code, log: lines.join('\n'), fails: lines.filter((l) => l.startsWith('FAIL ')), outDir, json };
}

/** `npm run ingest` itself: the real manifest and errata (data/sources, data/errata), written to a temporary directory. */
export async function runRealIngest(): Promise<Run> {
  const outDir = join(mkdtempSync(join(tmpdir(), 'ingest-')), 'out');
  const lines: string[] = [];
  const code = await runIngest({
    manifest: join(ROOT, 'data/sources/manifest.json'),
    errataDir: join(ROOT, 'data/errata'),
    outDir,
    check: false,
    log: (l) => lines.push(l),
  });
  const json = existsSync(outDir) ? readdirSync(outDir).filter((f) => f.endsWith('.json')) : [];
  return { code, log: lines.join('\n'), fails: lines.filter((l) => l.startsWith('FAIL ')), outDir, json };
}

/** The reading report of one file in an ingest's log: from its first line to its summary line. */
export function reportOf(log: string, file: string): string {
  const start = log.indexOf(`${file} (`);
  if (start < 0) throw new Error(`no reading report for ${file}`);
  const rest = log.slice(start);
  const summary = /\n(?:clean|failures|refused): [^\n]*/.exec(rest);
  if (!summary) throw new Error(`the reading report of ${file} has no summary line`);
  return rest.slice(0, summary.index + summary[0].length);
}

/** Run the ingest on the given HSA documents (year -> text). */
export function runOn(docs: { year: 2021 | 2026; text: string }[], opts: RunOptions = {}): Promise<Run> {
  return runFiles(
    docs.map(({ year, text }) => hsa(year, text)),
    opts,
  );
}

/** Replace the first occurrence of `from` after `anchor` (a table title) in the text. */
export function damage(text: string, anchor: string, from: string, to: string): string {
  const start = text.indexOf(anchor);
  const i = text.indexOf(from, start);
  if (start < 0 || i < 0) throw new Error(`test setup: "${from}" not found after "${anchor}"`);
  return text.slice(0, i) + to + text.slice(i + from.length);
}
