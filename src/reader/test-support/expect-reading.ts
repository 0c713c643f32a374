// Test support for the reader's tests: the reader called as a host calls it, and the assertions
// that a reading got to the end clean, or with only the document's own inconsistencies (those its
// hand-typed answer key lists), or reports a given failure at its table, page and row with both
// figures in fen, or that it was refused for a given reason. Platform-neutral like the rest of
// src/reader: the source files and the Node pdf.js engine come from scripts/ingest/test-helpers.ts.
import { expect } from 'vitest';
import type { PdfEngine, ReadFailure, Reading } from '../api.ts';
import type { ExpectedDocument, ExpectedInconsistency } from '../fixtures/expected-types.ts';
import { readBudget } from '../read-budget.ts';

const SHA = 'f'.repeat(64);

export const readText = (text: string, name = 'mutated.txt'): Promise<Reading> =>
  readBudget({ kind: 'text', name, text }, { id: 'doc', sha256: SHA });

export async function readPdf(
  bytes: Uint8Array,
  engine: PdfEngine | Promise<PdfEngine>,
  name = 'mutated.pdf',
): Promise<Reading> {
  return readBudget({ kind: 'pdf', name, bytes }, { id: 'doc', sha256: SHA, pdf: await engine });
}

/** The reading found nothing wrong (so a mutation test of the same source cannot pass vacuously). */
export function expectClean(r: Reading): void {
  expect(r.report.refusal).toBeNull();
  expect(r.report.failures).toEqual([]);
  expect(r.outcome).toBe('clean');
  expect(r.report.tables.filter((t) => t.state === 'read').length).toBeGreaterThanOrEqual(7);
}

/**
 * A failed check, or the discrepancy the ingest records when an erratum acknowledges one: the same
 * fields (a `ReadFailure` of the reader, a `Discrepancy` of a written JSON).
 */
export interface FigureMismatch {
  check: string;
  table: string;
  page: number | null;
  row: string;
  printed: number | null;
  expected: number | null;
}

/** 887_360_000 fen -> '887.36万元', as the 编制说明 states a figure. */
const wan = (fen: number): string => `${(fen / 1_000_000).toFixed(2)}万元`;

/**
 * The mismatches are exactly the document's own inconsistencies, as its hand-typed answer key
 * (`knownInconsistencies`) lists them: each one is a 编制说明 sentence whose figure disagrees with
 * 表3, on the key's page, with the key's printed and expected figures in fen; no two match the
 * same entry, and there is at least one. Returns the entries matched.
 *
 * Not every entry of a key is expected among them. The reader checks the money each 项-level
 * sentence of the 编制说明 states for the budget year against 表3; the keys also list what it does
 * not check: percentages and years (`unit` 'percent×100', 'year'), which are never failures, and
 * figures in fen of other kinds (a previous year's 执行数, a footnote that contradicts its table, a
 * change stated twice). So the entries are matched from the mismatches (by page, printed and
 * expected), and the count of mismatches must equal the count matched.
 */
export function expectKnownInconsistencies(
  found: readonly FigureMismatch[],
  e: ExpectedDocument,
): ExpectedInconsistency[] {
  const show = (f: FigureMismatch): string =>
    `${f.table}, page ${f.page} · ${f.row}: ${f.check}: printed ${f.printed}, expected ${f.expected} (fen)`;
  const inFen = e.knownInconsistencies.filter((k) => (k.unit ?? 'fen') === 'fen');
  const matched: ExpectedInconsistency[] = [];
  for (const f of found) {
    const k = inFen.find(
      (x) => !matched.includes(x) && x.page === f.page && x.printed === f.printed && x.expected === f.expected,
    );
    expect(
      k,
      `${show(f)} is not one of ${e.id}'s known inconsistencies:\n${inFen.map((x) => `${x.table}, page ${x.page} · ${x.row}: printed ${x.printed}, expected ${x.expected}`).join('\n')}`,
    ).toBeDefined();
    matched.push(k!);
    expect(k!.table.startsWith('编制说明'), `the answer key places it in the 编制说明: ${k!.table}`).toBe(true);
    expect({ table: f.table, page: f.page, printed: f.printed, expected: f.expected }).toEqual({
      table: '编制说明',
      page: k!.page,
      printed: k!.printed,
      expected: k!.expected,
    });
    // the row is the sentence as printed; the check names the code of the key's row and the figure the sentence states
    expect(f.row, show(f)).toMatch(/^sentence “/);
    const code = /^\d{3,7}\b/.exec(k!.row)?.[0];
    expect(code, `the answer key's row names a code: ${k!.row}`).toBeDefined();
    expect(f.check, show(f)).toContain(code!);
    expect(f.check.replaceAll(',', ''), show(f)).toContain(wan(k!.printed));
  }
  expect(found.length, `${e.id}: the known inconsistencies are found`).toBeGreaterThan(0);
  expect(found.length).toBe(matched.length);
  return matched;
}

/**
 * The reading got to the end, and its failures are exactly the document's own inconsistencies (see
 * `expectKnownInconsistencies`): the reader finds them, and finds nothing else wrong.
 */
export function expectOnlyKnownInconsistencies(r: Reading, e: ExpectedDocument): ExpectedInconsistency[] {
  expect(r.report.refusal).toBeNull();
  expect(r.document, 'the document is still built').not.toBeNull();
  expect(r.report.tables.filter((t) => t.state === 'read').length).toBeGreaterThanOrEqual(7);
  const matched = expectKnownInconsistencies(r.report.failures, e);
  for (const f of r.report.failures) expect(f.message).toContain(`编制说明, page ${f.page} · ${f.row}: ${f.check}: `);
  expect(r.outcome).toBe('failures');
  return matched;
}

export interface ExpectedFailure {
  table: string; // e.g. '表3 部门支出预算总表'
  page: number | null;
  row: string; // e.g. 'row 2101506 医疗保障经办事务', 'row 合计'
  check?: string; // e.g. '合计 = 基本支出 + 项目支出'; 'the table can be read' when the table stops
  printed?: number | null; // fen; left out when the failure has no single printed figure
  expected?: number | null; // fen
  message?: RegExp; // what the sentence must say besides table, page and row
}

/**
 * The reading got to the end (outcome 'failures', a document) and lists the failure. A failure is
 * looked up by table and check (and row, where several rows fail the same check), then compared
 * field by field, so a wrong page, row or figure shows as a diff. The row may be written with or
 * without the 'row ' prefix (the checks write 'row 21015 …', a table that stops writes '21015 …').
 */
export function expectFailure(r: Reading, e: ExpectedFailure): ReadFailure {
  expect(r.report.refusal).toBeNull();
  expect(r.outcome).toBe('failures');
  expect(r.document, 'the document is still built').not.toBeNull();
  const bare = (row: string): string => row.replace(/^row /, '');
  const sameTable = r.report.failures.filter(
    (f) => f.table === e.table && (e.check === undefined || f.check === e.check),
  );
  const candidates = sameTable.filter((f) => bare(f.row) === bare(e.row)).concat(sameTable);
  const f = candidates[0];
  expect(
    f,
    `no failure of ${e.table} ${e.check ?? ''} among:\n${r.report.failures.map((x) => x.message).join('\n')}`,
  ).toBeDefined();
  const got = {
    table: f!.table,
    page: f!.page,
    row: bare(f!.row),
    check: f!.check,
    printed: f!.printed,
    expected: f!.expected,
  };
  const want = {
    table: e.table,
    page: e.page,
    row: bare(e.row),
    check: e.check ?? f!.check,
    printed: e.printed === undefined ? f!.printed : e.printed,
    expected: e.expected === undefined ? f!.expected : e.expected,
  };
  expect(got).toEqual(want);
  // The sentence names the table and (when known) the page, as a reader of the report sees it.
  expect(f!.message).toContain(e.page === null ? e.table : `${e.table}, page ${e.page}`);
  if (e.message) expect(f!.message).toMatch(e.message);
  return f!;
}

/** A budget of the template that stops inside its tables is refused as cut off, not as "not a budget". */
export const TRUNCATED = /cut off|truncated|incomplete/i;

export function expectRefused(r: Reading, reason: RegExp): void {
  expect(r.outcome).toBe('refused');
  expect(r.document).toBeNull();
  expect(r.report.failures).toEqual([]);
  expect(r.report.refusal).toMatch(reason);
}

/**
 * A table that is missing or could not be read is named once; no check compares another table
 * with its figures (they would be 0s the document never printed).
 */
export function expectNothingAgainst(r: Reading, table: string): void {
  const against = r.report.failures.filter(
    (f) =>
      f.check !== 'the table is present' &&
      f.check !== 'the table can be read' &&
      (f.table === table || f.check.includes(table)),
  );
  expect(against.map((f) => f.message)).toEqual([]);
}
