// Other departments' documents of the same template, through the real ingest: the four published
// PDFs of the manifest (data/sources) and the texts extracted from them (../shared/sources/
// other-departments, beside the repository). Each must be read clean, named as its hand-typed
// answer key says (src/reader/fixtures), written as a schema-valid JSON, and the PDF and its text
// must give the same tables. A missing source file fails the test; nothing here is skipped.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BudgetDocument } from '../../src/domain/schema.ts';
import type { ExpectedDocument } from '../../src/reader/fixtures/expected-types.ts';
import { expected as commerce } from '../../src/reader/fixtures/putuo-commerce-2025.expected.ts';
import { expected as finance } from '../../src/reader/fixtures/putuo-finance-2025.expected.ts';
import { expected as justice } from '../../src/reader/fixtures/putuo-justice-2026.expected.ts';
import { expected as wanli } from '../../src/reader/fixtures/putuo-wanli-street-2024.expected.ts';
import { Manifest } from './main.ts';
import { ROOT, runFiles, sourceText, type Run, type SourceFile } from './test-helpers.ts';

const KEYS: ExpectedDocument[] = [finance, wanli, commerce, justice];
const LEVEL = { municipal: '市级', district: '区级' } as const;
const KIND = { department: '部门预算', unit: '单位预算' } as const;

const manifest = Manifest.parse(JSON.parse(readFileSync(join(ROOT, 'data/sources/manifest.json'), 'utf8')));
const text = (e: ExpectedDocument): string => sourceText(e.file); // ../shared/sources/other-departments/<file>.txt
/** The page count the text extraction recorded (`[pages: N]`), independent of the reader. */
const pageCount = (e: ExpectedDocument): number => Number(/^\[pages: (\d+)\]$/m.exec(text(e))?.[1]);

let run: Run;
const written = (id: string): BudgetDocument => JSON.parse(readFileSync(join(run.outDir, `${id}.json`), 'utf8'));
/** The reading report of one file in the ingest's log: from its first line to its summary line. */
function report(file: string): string {
  const rest = run.log.slice(run.log.indexOf(`${file} (`));
  const summary = /\n(?:clean|failures|refused): [^\n]*/.exec(rest);
  expect(rest.startsWith(file) && summary, `no reading report for ${file}`).toBeTruthy();
  return rest.slice(0, summary!.index + summary![0].length);
}

beforeAll(async () => {
  const entries = manifest.filter((m) => m.file.endsWith('.pdf'));
  expect(entries.map((m) => m.id).sort()).toEqual(KEYS.map((e) => e.id).sort());
  const files: SourceFile[] = [];
  for (const m of entries) {
    const e = KEYS.find((k) => k.id === m.id)!;
    expect(m.file).toBe(`${e.file}.pdf`);
    // listed, unlike in the real manifest, so that the ingest writes (and schema-checks) their JSON
    files.push({ id: m.id, file: m.file, year: m.year, content: new Uint8Array(readFileSync(join(ROOT, 'data/sources', m.file))) });
    files.push({ id: `${m.id}-text`, file: `${e.file}.txt`, year: m.year, content: text(e) });
  }
  run = await runFiles(files);
}, 120_000);

describe('the ingest reads the other departments’ PDFs and texts', () => {
  it('passes: every document clean, nothing acknowledged, every JSON written', () => {
    expect(run.fails).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.json.sort()).toEqual(['index.json', 'schema.json', ...KEYS.flatMap((e) => [`${e.id}.json`, `${e.id}-text.json`])].sort());
  });

  it.each(KEYS)('$id: the reading report names the document and its nine tables, all checks passed', (e) => {
    for (const [file, form] of [[`${e.file}.pdf`, 'PDF'], [`${e.file}.txt`, 'text']] as const) {
      const r = report(file);
      expect(r.startsWith(`${file} (${form}, ${pageCount(e)} pages)\n`), r).toBe(true);
      const level = e.level === 'district' ? `${LEVEL.district} ${e.district}` : LEVEL.municipal;
      expect(r).toContain(`\n  ${e.department} · ${e.year} · ${level} · ${KIND[e.kind]}${e.printsFen ? ' · figures to the fen' : ''}\n`);
      expect(r.match(/^ {4}表\d(?= .*, (元|万元): )/gm)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9'].map((n) => `    表${n}`));
      expect(r).toContain(`, 元: ${e.tables.rowCounts.expenditureByFunction} rows\n`);
      expect(r).toMatch(/\n {2}checks: (\d+) run in \d+ kinds, \1 passed, 0 failed\n/);
      expect(r).toContain('\n  failures: 0\n');
      expect(r).toMatch(/\nclean: 9 tables, \d+ rows, \d+ checks, \d+ repairs, every check passed$/);
    }
  });

  it.each(KEYS)('$id: the JSON written equals the answer key’s identity and totals', (e) => {
    const index = JSON.parse(readFileSync(join(run.outDir, 'index.json'), 'utf8'));
    const entry = index.documents.find((d: { id: string }) => d.id === e.id);
    expect(entry).toMatchObject({ year: e.year, department: e.department, level: e.level, district: e.district, kind: e.kind });
    const d = written(e.id);
    expect({ printsFen: d.printsFen, discrepancies: d.discrepancies }).toEqual({ printsFen: e.printsFen, discrepancies: [] });
    expect(d.tableTotals).toEqual(e.tables.totals);
    expect(d.tables.financialSummary.revenueTotal).toBe(e.tables.financialSummary.revenueTotal);
    if (e.tables.threePublic !== 'printed empty') expect(d.tables.threePublic).toEqual(e.tables.threePublic);
  });

  it.each(KEYS)('$id: the PDF and its text give the same document', (e) => {
    const pdf = written(e.id);
    const txt = written(`${e.id}-text`);
    expect(pdf.source.file).toBe(`${e.file}.pdf`);
    expect(txt.source.file).toBe(`${e.file}.txt`);
    const same = (d: BudgetDocument) => ({ ...d, id: null, source: null });
    expect(same(txt)).toEqual(same(pdf));
  });
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
