#!/usr/bin/env bash
# The one test command (npm test): lint with zero warnings, the formatting check, unused code (knip), type check, the data check (committed
# public/data equals a fresh ingest), unit tests, the production build with its size budgets, and
# the browser tests against that build. Ends with one line: "N passed, N failed" (unit + e2e).
set -u
cd "$(dirname "$0")/.."
mkdir -p reports
rm -f reports/unit-results.json reports/e2e-results.json
status=0
step() { echo; echo "== $1"; shift; "$@" || { echo "!! step failed: $*"; status=1; }; }

step "lint" npx eslint . --max-warnings 0
step "format (Prettier)" npx prettier --check . --log-level warn
step "unused files, exports and dependencies (knip)" npx knip
step "typecheck" npx tsc -p tsconfig.json
step "data matches a fresh ingest" npx tsx scripts/ingest/main.ts --check
step "unit tests" npx vitest run --reporter=default --reporter=json --outputFile=reports/unit-results.json
step "build" npm run build --silent
if [ -f scripts/check-size-budgets.ts ]; then step "size budgets" npx tsx scripts/check-size-budgets.ts; fi
step "dependency audit (shipped code)" bash scripts/audit-deps.sh
step "browser tests" npx playwright test

node scripts/summarize-tests.mjs reports/unit-results.json reports/e2e-results.json "$status"
