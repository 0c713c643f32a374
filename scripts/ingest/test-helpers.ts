// Helpers for the tests: run the real ingest entry against a temporary directory.
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runIngest } from './main.ts';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const source = (year: 2021 | 2026): string => readFileSync(join(ROOT, `data/sources/shanghai-hsa-${year}-budget.txt`), 'utf8');

export interface Run {
  code: number;
  log: string;
  outDir: string;
  json: string[];
}

/** Run the ingest on the given documents (year -> text) with optional errata; returns the log and the JSON files written. */
export function runOn(docs: { year: 2021 | 2026; text: string }[], opts: { errata?: Record<string, unknown>; check?: boolean; outDir?: string } = {}): Run {
  const dir = mkdtempSync(join(tmpdir(), 'ingest-'));
  const manifest = docs.map(({ year, text }) => {
    const file = `shanghai-hsa-${year}-budget.txt`;
    writeFileSync(join(dir, file), text, 'utf8');
    return { id: `shanghai-hsa-${year}`, file, year };
  });
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  const errataDir = join(dir, 'errata');
  mkdirSync(errataDir);
  for (const [id, content] of Object.entries(opts.errata ?? {})) writeFileSync(join(errataDir, `${id}.json`), JSON.stringify(content));
  const outDir = opts.outDir ?? join(dir, 'out');
  const lines: string[] = [];
  const code = runIngest({ manifest: join(dir, 'manifest.json'), errataDir, outDir, check: opts.check ?? false, log: (l) => lines.push(l) });
  const json = existsSync(outDir) ? readdirSync(outDir).filter((f) => f.endsWith('.json')) : [];
  return { code, log: lines.join('\n'), outDir, json };
}

/** Replace the first occurrence of `from` after `anchor` (a table title) in the text. */
export function damage(text: string, anchor: string, from: string, to: string): string {
  const start = text.indexOf(anchor);
  const i = text.indexOf(from, start);
  if (start < 0 || i < 0) throw new Error(`test setup: "${from}" not found after "${anchor}"`);
  return text.slice(0, i) + to + text.slice(i + from.length);
}
