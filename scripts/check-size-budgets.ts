// Size budgets, checked by `npm test` after the build: what each entry loads before its first
// render, gzip. Deterministic, so it can fail the build; timings are reported by `npm run bench`.
import { existsSync } from 'node:fs';
import { measureEntry } from './bench/entry-weight';

export const BUDGETS: { entry: string; limit: number; label: string }[] = [
  { entry: 'index.html', limit: 190 * 1024, label: 'app' },
  { entry: 'embed.html', limit: 150 * 1024, label: 'embed' },
];

const dist = process.argv[2] ?? 'dist';
let failed = false;
for (const { entry, limit, label } of BUDGETS) {
  if (!existsSync(`${dist}/${entry}`)) {
    console.log(`${label}: ${entry} not built, skipped`);
    continue;
  }
  const weight = measureEntry(dist, entry);
  const ok = weight.total <= limit;
  failed ||= !ok;
  console.log(
    `${label}: ${(weight.total / 1024).toFixed(1)} kB gzip (JS ${(weight.js / 1024).toFixed(1)}, CSS ${(weight.css / 1024).toFixed(1)}) of ${limit / 1024} kB budget: ${ok ? 'ok' : 'OVER BUDGET'}`,
  );
}
process.exit(failed ? 1 : 0);
