// Prints the last line of the test command: "N passed, N failed", counting unit and e2e tests.
// A step that failed without failing a test (lint, type check, build) counts as one failure, so
// the line can never read "0 failed" when the command did not pass.
import { existsSync, readFileSync } from 'node:fs';

const [unitFile, e2eFile, stepStatus] = process.argv.slice(2);
let passed = 0;
let failed = 0;

if (existsSync(unitFile)) {
  const unit = JSON.parse(readFileSync(unitFile, 'utf8'));
  passed += unit.numPassedTests ?? 0;
  failed += unit.numFailedTests ?? 0;
} else failed += 1;

if (existsSync(e2eFile)) {
  const e2e = JSON.parse(readFileSync(e2eFile, 'utf8'));
  passed += e2e.stats?.expected ?? 0;
  failed += (e2e.stats?.unexpected ?? 0) + (e2e.stats?.flaky ?? 0);
} else failed += 1;

const testsFailed = failed > 0;
if (stepStatus !== '0' && !testsFailed) failed += 1;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
