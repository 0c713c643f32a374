// Test support for the mutation tests: the reader called as a host calls it, and the assertions
// that a reading got to the end and reports a given failure at its table, page and row with both
// figures in fen, or that it was refused for a given reason. Platform-neutral like the rest of
// src/reader: the source files and the Node pdf.js engine come from scripts/ingest/test-helpers.ts.
import { expect } from 'vitest';
import type { PdfEngine, ReadFailure, Reading } from '../api.ts';
import { readBudget } from '../read-budget.ts';

const SHA = 'f'.repeat(64);

export const readText = (text: string, name = 'mutated.txt'): Promise<Reading> => readBudget({ kind: 'text', name, text }, { id: 'doc', sha256: SHA });

export async function readPdf(bytes: Uint8Array, engine: PdfEngine | Promise<PdfEngine>, name = 'mutated.pdf'): Promise<Reading> {
  return readBudget({ kind: 'pdf', name, bytes }, { id: 'doc', sha256: SHA, pdf: await engine });
}

/** The reading found nothing wrong (so a mutation test of the same source cannot pass vacuously). */
export function expectClean(r: Reading): void {
  expect(r.report.refusal).toBeNull();
  expect(r.report.failures).toEqual([]);
  expect(r.outcome).toBe('clean');
  expect(r.report.tables.filter((t) => t.state === 'read').length).toBeGreaterThanOrEqual(7);
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
  const sameTable = r.report.failures.filter((f) => f.table === e.table && (e.check === undefined || f.check === e.check));
  const candidates = sameTable.filter((f) => bare(f.row) === bare(e.row)).concat(sameTable);
  const f = candidates[0];
  expect(f, `no failure of ${e.table} ${e.check ?? ''} among:\n${r.report.failures.map((x) => x.message).join('\n')}`).toBeDefined();
  const got = { table: f!.table, page: f!.page, row: bare(f!.row), check: f!.check, printed: f!.printed, expected: f!.expected };
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
