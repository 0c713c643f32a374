// Other departments' documents of the same template, through the real ingest: the four published
// PDFs of the manifest (data/sources) and the texts extracted from them (../shared/sources/
// other-departments, beside the repository). Each must be named as its hand-typed answer key says
// (src/reader/fixtures), written as a schema-valid JSON, and the PDF and its text must give the
// same document. The commerce document reads clean; the three others print one 编制说明 sentence
// whose figure disagrees with 表3, as their keys' knownInconsistencies say: that is their only
// failure, and the reviewed errata (data/errata) acknowledge it, so it is written as a discrepancy.
// And `npm run ingest` itself (the real manifest and errata) passes: the HSA documents are written
// without discrepancies, the three acknowledged ones are the only failures of the Putuo documents.
// A missing source file fails the test; nothing here is skipped.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BudgetDocument, DataIndex } from '../../src/domain/schema.ts';
import type { ExpectedDocument } from '../../src/reader/fixtures/expected-types.ts';
import { expected as commerce } from '../../src/reader/fixtures/putuo-commerce-2025.expected.ts';
import { expected as finance } from '../../src/reader/fixtures/putuo-finance-2025.expected.ts';
import { expected as justice } from '../../src/reader/fixtures/putuo-justice-2026.expected.ts';
import { expected as wanli } from '../../src/reader/fixtures/putuo-wanli-street-2024.expected.ts';
import { expected as hsa2021 } from '../../src/reader/fixtures/shanghai-hsa-2021.expected.ts';
import { expected as hsa2026 } from '../../src/reader/fixtures/shanghai-hsa-2026.expected.ts';
import { expectKnownInconsistencies } from '../../src/reader/test-support/expect-reading.ts';
import type { ErrataFile } from './errata.ts';
import { Manifest } from './main.ts';
import {
  errataFor,
  reportOf,
  reviewedErrata,
  ROOT,
  runFiles,
  runRealIngest,
  sourceText,
  type Run,
  type SourceFile,
} from './test-helpers.ts';

const KEYS: ExpectedDocument[] = [finance, wanli, commerce, justice];
/** The one document read clean; the others read with only their own inconsistencies (see the top). */
const CLEAN = new Set([commerce.id]);
/** The documents whose reviewed errata (data/errata/<id>.json) acknowledge their own inconsistencies: finance, wanli, justice. */
const ACKNOWLEDGED = KEYS.filter((e) => !CLEAN.has(e.id));
const LEVEL = { municipal: '市级', district: '区级' } as const;
const KIND = { department: '部门预算', unit: '单位预算' } as const;

/** A figure in fen as a reading report writes it in 元: 208_795_900 -> '2,087,959'. */
const yuan = (fen: number): string => (fen / 100).toLocaleString('en-US', { maximumFractionDigits: 2 });
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The failure lines of a reading report (each begins with the document's id). */
const failureLines = (report: string, id: string): string[] =>
  report.split('\n').filter((l) => l.startsWith(`    ${id} · `));

const manifest = Manifest.parse(JSON.parse(readFileSync(join(ROOT, 'data/sources/manifest.json'), 'utf8')));
const text = (e: ExpectedDocument): string => sourceText(e.file); // ../shared/sources/other-departments/<file>.txt
/** The page count the text extraction recorded (`[pages: N]`), independent of the reader. */
const pageCount = (e: ExpectedDocument): number => Number(/^\[pages: (\d+)\]$/m.exec(text(e))?.[1]);

let run: Run;
const written = (id: string): BudgetDocument => JSON.parse(readFileSync(join(run.outDir, `${id}.json`), 'utf8'));
/** The reading report of one file in the ingest's log: from its first line to its summary line. */
const report = (file: string): string => reportOf(run.log, file);
/** The reviewed errata of a document (data/errata/<id>.json); the three documents with inconsistencies have one. */
function errataOf(e: ExpectedDocument): ErrataFile {
  const errata = reviewedErrata(e.id);
  expect(errata, `data/errata/${e.id}.json`).not.toBeNull();
  return errata!;
}

beforeAll(async () => {
  const entries = manifest.filter((m) => m.file.endsWith('.pdf'));
  expect(entries.map((m) => m.id).sort()).toEqual(KEYS.map((e) => e.id).sort());
  const files: SourceFile[] = [];
  const errata: Record<string, ErrataFile> = {};
  for (const m of entries) {
    const e = KEYS.find((k) => k.id === m.id)!;
    expect(m.file).toBe(`${e.file}.pdf`);
    // listed, unlike in the real manifest, so that the ingest writes (and schema-checks) their JSON
    files.push({
      id: m.id,
      file: m.file,
      year: m.year,
      content: new Uint8Array(readFileSync(join(ROOT, 'data/sources', m.file))),
    });
    files.push({ id: `${m.id}-text`, file: `${e.file}.txt`, year: m.year, content: text(e) });
    // the reviewed errata as they are; for the text, the same entries tied to the text's sha256
    if (ACKNOWLEDGED.includes(e)) {
      errata[m.id] = errataOf(e);
      errata[`${m.id}-text`] = errataFor(errataOf(e), `${m.id}-text`, text(e));
    }
  }
  run = await runFiles(files, { errata });
}, 120_000);

describe('the ingest reads the other departments’ PDFs and texts', () => {
  it('passes: every document clean or with only its own inconsistencies, exactly those acknowledged, every JSON written', () => {
    expect(run.fails).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.json.sort()).toEqual(
      ['index.json', 'schema.json', ...KEYS.flatMap((e) => [`${e.id}.json`, `${e.id}-text.json`])].sort(),
    );
    // one acknowledged discrepancy per form of each of the three documents, none elsewhere
    expect(run.log.match(/^ {2}failures: \d+ \(\d+ acknowledged by errata\)$/gm)).toEqual(
      ACKNOWLEDGED.flatMap(() => [
        '  failures: 1 (1 acknowledged by errata)',
        '  failures: 1 (1 acknowledged by errata)',
      ]),
    );
    expect(run.log.match(/^ {2}failures: 0$/gm)).toHaveLength(2 * CLEAN.size);
    for (const e of KEYS)
      for (const id of [e.id, `${e.id}-text`])
        expect(written(id).discrepancies, id).toHaveLength(CLEAN.has(e.id) ? 0 : 1);
  });

  it.each(KEYS)(
    '$id: the reading report names the document and its nine tables; every check passed, or only the document’s own inconsistencies failed and are acknowledged',
    (e) => {
      for (const [file, form, id] of [
        [`${e.file}.pdf`, 'PDF', e.id],
        [`${e.file}.txt`, 'text', `${e.id}-text`],
      ] as const) {
        const r = report(file);
        expect(r.startsWith(`${file} (${form}, ${pageCount(e)} pages)\n`), r).toBe(true);
        const level = e.level === 'district' ? `${LEVEL.district} ${e.district}` : LEVEL.municipal;
        expect(r).toContain(
          `\n  ${e.department} · ${e.year} · ${level} · ${KIND[e.kind]}${e.printsFen ? ' · figures to the fen' : ''}\n`,
        );
        expect(r.match(/^ {4}表\d(?= .*, (元|万元): )/gm)).toEqual(
          ['1', '2', '3', '4', '5', '6', '7', '8', '9'].map((n) => `    表${n}`),
        );
        // 表3's rows, and what placed the figures of rows printed with blank cells (positions in a PDF)
        expect(r).toMatch(
          new RegExp(
            `表3 .*, 元: ${e.tables.rowCounts.expenditureByFunction} rows(; \\d+ rows with blank cells placed by (positions|arithmetic[^\\n]*))?\\n`,
          ),
        );
        if (form === 'PDF') expect(r).not.toMatch(/placed by arithmetic, positions overruled/);
        if (CLEAN.has(e.id)) {
          expect(r).toMatch(/\n {2}checks: (\d+) run in \d+ kinds, \1 passed, 0 failed\n/);
          expect(r).toContain('\n  failures: 0\n');
          expect(r).toMatch(/\nclean: 9 tables, \d+ rows, \d+ checks, \d+ repairs, every check passed$/);
          continue;
        }
        // the failures reported are the discrepancies written, which are exactly the document's own inconsistencies
        const own = written(id).discrepancies;
        const n = expectKnownInconsistencies(own, e).length;
        const checks = /\n {2}checks: (\d+) run in \d+ kinds, (\d+) passed, (\d+) failed\n/.exec(r);
        expect(checks, r).not.toBeNull();
        expect(Number(checks![1]) - Number(checks![2])).toBe(n);
        expect(Number(checks![3])).toBe(n);
        expect(r).toContain(`\n  failures: ${n} (${n} acknowledged by errata)\n`);
        expect(failureLines(r, id)).toEqual(
          own.map((d) =>
            expect.stringMatching(
              new RegExp(
                `^ {4}${id} · 编制说明, page ${d.page} · ${escape(d.row)}: ${escape(d.check)}: printed ${yuan(d.printed)}元, expected ${yuan(d.expected)}元 `,
              ),
            ),
          ),
        );
        expect(r).toMatch(
          new RegExp(
            `\nfailures: 9 tables, \\d+ rows, \\d+ checks, \\d+ repairs, ${n} failed \\(listed above\\), ${n} acknowledged by errata$`,
          ),
        );
      }
    },
  );

  it.each(KEYS)(
    '$id: the JSON written equals the answer key’s identity and totals, and its discrepancies its own inconsistencies',
    (e) => {
      const index = JSON.parse(readFileSync(join(run.outDir, 'index.json'), 'utf8'));
      const entry = index.documents.find((d: { id: string }) => d.id === e.id);
      expect(entry).toMatchObject({
        year: e.year,
        department: e.department,
        level: e.level,
        district: e.district,
        kind: e.kind,
      });
      const d = written(e.id);
      expect(d.printsFen).toBe(e.printsFen);
      if (CLEAN.has(e.id)) expect(d.discrepancies).toEqual([]);
      else {
        expectKnownInconsistencies(d.discrepancies, e);
        // each with the note of its reviewed erratum
        expect(d.discrepancies.map((x) => [x.check, x.note])).toEqual(
          errataOf(e).entries.map((x) => [x.check, x.note]),
        );
      }
      expect(d.tableTotals).toEqual(e.tables.totals);
      expect(d.tables.financialSummary.revenueTotal).toBe(e.tables.financialSummary.revenueTotal);
      if (e.tables.threePublic !== 'printed empty') expect(d.tables.threePublic).toEqual(e.tables.threePublic);
    },
  );

  it.each(KEYS)('$id: the PDF and its text give the same document', (e) => {
    const pdf = written(e.id);
    const txt = written(`${e.id}-text`);
    expect(pdf.source.file).toBe(`${e.file}.pdf`);
    expect(txt.source.file).toBe(`${e.file}.txt`);
    const same = (d: BudgetDocument) => ({ ...d, id: null, source: null });
    expect(same(txt)).toEqual(same(pdf));
  });
});

describe('npm run ingest: the real manifest and errata', () => {
  it('passes: the HSA documents are written without discrepancies; the Putuo documents’ only failures are the three acknowledged', async () => {
    const real = await runRealIngest();
    expect(real.fails).toEqual([]);
    expect(real.code).toBe(0);
    // every document is written, with one index per department and the English names of departments.json
    expect(real.json.sort()).toEqual(
      [
        'index.json',
        'schema.json',
        `${hsa2021.id}.json`,
        `${hsa2026.id}.json`,
        ...KEYS.map((e) => `${e.id}.json`),
      ].sort(),
    );
    const index = JSON.parse(readFileSync(join(real.outDir, 'index.json'), 'utf8')) as DataIndex;
    const depts = [...new Set(index.documents.map((d) => d.dept))];
    expect(depts).toEqual(['shanghai-hsa', ...KEYS.map((e) => e.id.replace(/-\d{4}$/, ''))]);
    for (const dept of depts) {
      const shard = JSON.parse(readFileSync(join(real.outDir, 'departments', `${dept}.json`), 'utf8')) as DataIndex;
      expect(shard.documents).toEqual(index.documents.filter((d) => d.dept === dept));
    }
    expect(index.documents.find((d) => d.dept === 'putuo-justice')?.departmentEn).toBe('Putuo District Justice Bureau');
    for (const entry of index.documents) {
      const doc = JSON.parse(readFileSync(join(real.outDir, entry.file), 'utf8')) as BudgetDocument;
      expect(entry.source).toBe(doc.source.sha256.slice(0, 16));
    }
    for (const e of [hsa2021, hsa2026]) {
      expect(JSON.parse(readFileSync(join(real.outDir, `${e.id}.json`), 'utf8')).discrepancies, e.id).toEqual([]);
      expect(reviewedErrata(e.id), `data/errata/${e.id}.json`).toBeNull();
      expect(reportOf(real.log, `${e.file}.txt`)).toMatch(
        /\n {2}failures: 0\n[^]*\nclean: \d tables, \d+ rows, \d+ checks, \d+ repairs, every check passed$/,
      );
    }
    expect(reportOf(real.log, `${commerce.file}.pdf`)).toMatch(
      /\n {2}failures: 0\n[^]*\nclean: 9 tables, \d+ rows, \d+ checks, \d+ repairs, every check passed$/,
    );
    // exactly three acknowledged discrepancies, one per Putuo document with inconsistencies
    expect(ACKNOWLEDGED.map((e) => e.id)).toEqual([finance.id, wanli.id, justice.id]);
    expect(real.log.match(/^ {2}failures: .*$/gm)).toEqual([
      '  failures: 0',
      '  failures: 0',
      '  failures: 1 (1 acknowledged by errata)',
      '  failures: 1 (1 acknowledged by errata)',
      '  failures: 0',
      '  failures: 1 (1 acknowledged by errata)',
    ]);
    for (const e of ACKNOWLEDGED) {
      const r = reportOf(real.log, `${e.file}.pdf`);
      expect(r).toContain('\n  failures: 1 (1 acknowledged by errata)\n');
      expect(r).toMatch(
        /\nfailures: 9 tables, \d+ rows, \d+ checks, \d+ repairs, 1 failed \(listed above\), 1 acknowledged by errata$/,
      );
      // the same failure as in the ingest above, whose discrepancy written is the answer key's own inconsistency
      expect(failureLines(r, e.id)).toHaveLength(1);
      expect(failureLines(r, e.id)).toEqual(failureLines(report(`${e.file}.pdf`), e.id));
    }
  }, 120_000);
});

describe('the same documents misnamed in the manifest', () => {
  it('a manifest year that is not the document’s fails the ingest, naming both years', async () => {
    const e = justice;
    const bad = await runFiles([{ id: e.id, file: `${e.file}.txt`, year: e.year - 1, content: text(e) }]);
    expect(bad.code).toBe(1);
    expect(bad.json).toEqual([]);
    expect(bad.fails).toContain(`FAIL ${e.id}: the document is for ${e.year}, the manifest says ${e.year - 1}`);
  });
});
