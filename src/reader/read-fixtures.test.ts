// The reader against answer keys typed by hand from the six real documents (src/reader/fixtures):
// each Putuo document read from its published PDF and from its text, the HSA documents from their
// texts. Totals, sample rows of every table, row counts, 三公 and the identity must equal the keys;
// reading a PDF and reading its text must give the same tables. Three Putuo documents print a
// 编制说明 sentence whose figure disagrees with 表3 (listed in their keys' knownInconsistencies):
// they read with exactly those failures and nothing else; the others read clean.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { nodePdfEngine } from '../../scripts/ingest/pdf-engine-node.ts';
import type { BudgetDocument } from '../domain/schema.ts';
import type { PdfEngine, Reading } from './api.ts';
import type { ExpectedDocument } from './fixtures/expected-types.ts';
import { expected as commerce } from './fixtures/putuo-commerce-2025.expected.ts';
import { expected as finance } from './fixtures/putuo-finance-2025.expected.ts';
import { expected as justice } from './fixtures/putuo-justice-2026.expected.ts';
import { expected as wanli } from './fixtures/putuo-wanli-street-2024.expected.ts';
import { expected as hsa2021 } from './fixtures/shanghai-hsa-2021.expected.ts';
import { expected as hsa2026 } from './fixtures/shanghai-hsa-2026.expected.ts';
import { readBudget } from './read-budget.ts';
import { expectClean, expectOnlyKnownInconsistencies } from './test-support/expect-reading.ts';

const repo = (path: string): URL => new URL(`../../${path}`, import.meta.url);
const sha = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');
let engine: PdfEngine;
beforeAll(async () => {
  engine = await nodePdfEngine();
});

async function readPdf(e: ExpectedDocument): Promise<Reading> {
  const bytes = new Uint8Array(readFileSync(repo(`data/sources/${e.file}.pdf`)));
  return readBudget({ kind: 'pdf', name: `${e.file}.pdf`, bytes }, { id: e.id, sha256: sha(bytes), pdf: engine });
}

async function readText(e: ExpectedDocument, path: string): Promise<Reading> {
  const bytes = new Uint8Array(readFileSync(repo(path)));
  return readBudget(
    { kind: 'text', name: path.split('/').pop()!, text: new TextDecoder().decode(bytes) },
    { id: e.id, sha256: sha(bytes) },
  );
}

function expectMatches(r: Reading, e: ExpectedDocument): BudgetDocument {
  expect(r.report.refusal).toBeNull();
  const d = r.document!;
  expect({
    department: d.department,
    year: d.year,
    level: d.level,
    district: d.district,
    kind: d.kind,
    printsFen: d.printsFen,
  }).toEqual({
    department: e.department,
    year: e.year,
    level: e.level,
    district: e.district,
    kind: e.kind,
    printsFen: e.printsFen,
  });
  for (const [table, count] of Object.entries(e.tables.rowCounts)) {
    const rows = d.tables[table as keyof typeof e.tables.rowCounts];
    expect(rows === null ? null : rows.length, table).toBe(count);
  }
  expect(d.tableTotals).toEqual(e.tables.totals);
  for (const s of e.tables.samples) {
    const rows = d.tables[s.table] as { code: string; name: string }[] | null;
    const row = rows?.find((x) => x.code === s.code);
    expect(row, `${s.table} ${s.code}`).toEqual({ code: s.code, name: s.name, ...s.values });
  }
  const fs = d.tables.financialSummary;
  expect({
    revenueTotal: fs.revenueTotal,
    expenditureTotal: fs.expenditureTotal,
    revenue: fs.revenue.map((l) => ({ key: l.key, amount: l.amount })),
    expenditureCount: fs.expenditure.length,
  }).toEqual(e.tables.financialSummary);
  const fa = d.tables.fiscalAppropriation;
  expect({
    revenueTotal: fa.revenueTotal,
    expenditureTotal: fa.expenditureTotal.total,
    expenditureCount: fa.expenditure.length,
  }).toEqual(e.tables.fiscalAppropriation);
  if (e.tables.threePublic === 'printed empty')
    expect(Object.values(d.tables.threePublic).every((v) => v === 0)).toBe(true);
  else expect(d.tables.threePublic).toEqual(e.tables.threePublic);
  return d;
}

/** What must not depend on the form the document came in: identity and every table. */
const tablesOf = (d: BudgetDocument) => ({
  department: d.department,
  year: d.year,
  level: d.level,
  district: d.district,
  kind: d.kind,
  printsFen: d.printsFen,
  title: d.title,
  tables: d.tables,
  tableTotals: d.tableTotals,
});

/**
 * How each Putuo document reads: clean, or with only its own inconsistencies (the 编制说明 sentences
 * its answer key lists whose figure disagrees with 表3; see expectOnlyKnownInconsistencies).
 */
const OWN = 'with only the document’s own inconsistencies';
type How = 'clean' | typeof OWN;
const PUTUO: { id: string; e: ExpectedDocument; how: How }[] = [
  { id: finance.id, e: finance, how: OWN },
  { id: wanli.id, e: wanli, how: OWN },
  { id: commerce.id, e: commerce, how: 'clean' },
  { id: justice.id, e: justice, how: OWN },
];

function expectAsKnown(r: Reading, e: ExpectedDocument, how: How): void {
  if (how === 'clean') expectClean(r);
  else expectOnlyKnownInconsistencies(r, e);
}

describe.each(PUTUO)('$id: the published PDF and its text', ({ e, how }) => {
  it(`the PDF is read ${how} and equals the answer key`, async () => {
    const r = await readPdf(e);
    expectAsKnown(r, e, how);
    expectMatches(r, e);
    expect(r.report.pages).toBeGreaterThan(20);
    expect(r.report.tables.map((t) => t.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(r.report.tables.every((t) => t.pages.length > 0)).toBe(true);
  }, 30_000);

  it(`its text is read ${how} and gives the same document as the PDF`, async () => {
    const fromText = await readText(e, `../shared/sources/other-departments/${e.file}.txt`);
    expectAsKnown(fromText, e, how);
    expectMatches(fromText, e);
    const fromPdf = await readPdf(e);
    expect(tablesOf(fromText.document!)).toEqual(tablesOf(fromPdf.document!));
    // the same failures, at the same pages, from either form
    const sites = (r: Reading) =>
      r.report.failures.map(({ check, table, page, row, printed, expected }) => ({
        check,
        table,
        page,
        row,
        printed,
        expected,
      }));
    expect(sites(fromText)).toEqual(sites(fromPdf));
  }, 30_000);
});

describe.each([
  [hsa2026, 'data/sources/shanghai-hsa-2026-budget.txt'],
  [hsa2021, 'data/sources/shanghai-hsa-2021-budget.txt'],
] as const)('%s', (e, path) => {
  it('the text is read clean and equals the answer key', async () => {
    const r = await readText(e, path);
    expectClean(r);
    expectMatches(r, e);
  });
});

describe('what the readings report', () => {
  it('wanli: the economic codes printed 2 and 7 are repaired and reported', async () => {
    const r = await readPdf(wanli);
    expect(r.report.repairs.map((x) => [x.table, x.page, x.row, x.printed, x.repaired])).toEqual([
      ['表8 一般公共预算基本支出经济分类预算表', 29, '30102 津贴补贴', '301 2', '301 02'],
      ['表8 一般公共预算基本支出经济分类预算表', 29, '30107 绩效工资', '301 7', '301 07'],
    ]);
    expect(r.document!.tables.basicByEconomic.filter((x) => x.code.startsWith('301')).map((x) => x.code)).toContain(
      '30107',
    );
  }, 30_000);

  it('commerce: the unit budget’s 表1 keeps its 人员经费 / 公用经费 / 项目支出 columns', async () => {
    const d = (await readPdf(commerce)).document!;
    const fs = d.tables.financialSummary;
    expect(fs.expenditureTotalSplit).toEqual({
      personnel: 18_120_593_00,
      publicUse: 1_710_062_00,
      project: 351_684_000_00,
    });
    const science = fs.expenditure.find((l) => l.key === '206')!;
    expect(science.split).toEqual({ personnel: 0, publicUse: 0, project: 17_200_000_00 });
    for (const l of fs.expenditure) expect(l.split!.personnel + l.split!.publicUse + l.split!.project).toBe(l.amount);
  }, 30_000);
});
