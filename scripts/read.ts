// npm run read -- <file.pdf|file.txt> [--json out.json]
// Reads one document of the Shanghai budget template with the reader (src/reader) and prints the
// reading report: department, year, level, kind, pages, the tables with their rows, every check,
// repairs and failures. Exit code: 0 every check passed, 1 read but with failures, 2 refused.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readBudget } from '../src/reader/read-budget.ts';
import { readerInput } from './ingest/main.ts';
import { nodePdfEngine } from './ingest/pdf-engine-node.ts';
import { formatReading } from './ingest/report.ts';

export const EXIT = { clean: 0, failures: 1, refused: 2 } as const;

export async function readCommand(argv: string[], log: (line: string) => void = console.log): Promise<number> {
  const jsonAt = argv.indexOf('--json');
  const jsonOut = jsonAt >= 0 ? argv[jsonAt + 1] : undefined;
  const file = argv.find((a, i) => !a.startsWith('--') && (jsonAt < 0 || i !== jsonAt + 1));
  if (!file || (jsonAt >= 0 && !jsonOut)) {
    log('usage: npm run read -- <file.pdf|file.txt> [--json out.json]');
    return EXIT.refused;
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(resolve(file)));
  } catch (e) {
    log(`refused: cannot read ${file}: ${e instanceof Error ? e.message : String(e)}`);
    return EXIT.refused;
  }
  const input = readerInput(file, bytes);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const reading = await readBudget(input, { sha256, pdf: input.kind === 'pdf' ? await nodePdfEngine() : undefined });
  if (jsonOut) writeFileSync(resolve(jsonOut), `${JSON.stringify(reading, null, 2)}\n`, 'utf8');
  log(formatReading(reading));
  return EXIT[reading.outcome];
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  process.exitCode = await readCommand(process.argv.slice(2));
}
