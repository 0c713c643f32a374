// The reader worker's body, run in Node with the Node pdf.js engine: the four published Putuo PDFs
// and an HSA text are imported with their department, year and progress; everything else ends in
// the refusal the user is shown.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nodePdfEngine } from '../../../scripts/ingest/pdf-engine-node';
import type { PdfEngine } from '../../reader/api';
import { HELVETICA, onePagePdf } from '../../reader/pdf/tiny-pdf';
import { readImport, type ReadImportHooks } from './read-import';
import { MAX_IMPORT_BYTES, type ImportProgress } from './types';

const engine = nodePdfEngine();
const source = (file: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(`../../../data/sources/${file}`, import.meta.url)));
const sha = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

async function read(name: string, bytes: Uint8Array, hooks: ReadImportHooks = {}) {
  const events: (ImportProgress | { phase: 'hash'; sha256: string })[] = [];
  const outcome = await readImport(name, bytes, () => engine, {
    onProgress: (p) => events.push(p),
    onHash: (sha256) => events.push({ phase: 'hash', sha256 }),
    now: () => new Date('2026-12-07T10:00:00Z'),
    ...hooks,
  });
  return { outcome, events };
}

const PDFS = [
  { file: 'putuo-justice-2026-dept-budget.pdf', department: '上海市普陀区司法局', year: 2026, pages: 23 },
  { file: 'putuo-finance-2025-dept-budget.pdf', department: '上海市普陀区财政局', year: 2025 },
  { file: 'putuo-commerce-2025-unit-budget.pdf', department: '上海市普陀区商务委员会', year: 2025 },
  { file: 'putuo-wanli-street-2024-budget.pdf', department: '上海市普陀区人民政府万里街道办事处', year: 2024 },
];

describe('readImport: published PDFs', () => {
  it.each(PDFS)('$file is imported as $department $year, with progress by page', async (pdf) => {
    const bytes = source(pdf.file);
    const { outcome, events } = await read(pdf.file, bytes);
    if (outcome.kind !== 'imported') throw new Error(`not imported: ${JSON.stringify(outcome).slice(0, 400)}`);
    const { record } = outcome;
    expect(record.sha256).toBe(sha(bytes));
    expect(record).toMatchObject({ fileName: pdf.file, fileBytes: bytes.length, importedAt: '2026-12-07T10:00:00.000Z' });
    expect(record.document).toMatchObject({ department: pdf.department, year: pdf.year, id: `imported-${sha(bytes).slice(0, 12)}` });
    expect(record.document.source.sha256).toBe(record.sha256);
    expect(record.report.refusalKind).toBeNull();
    // every failed check with both figures is shown as a discrepancy of the document
    const withFigures = record.report.failures.filter((f) => f.printed !== null && f.expected !== null);
    expect(record.document.discrepancies.map((d) => d.note)).toEqual(withFigures.map((f) => f.message));

    // hashing, the hash, each page in order, then checking
    const pages = record.report.pages!;
    if (pdf.pages) expect(pages).toBe(pdf.pages);
    expect(events[0]).toEqual({ phase: 'hashing' });
    expect(events[1]).toEqual({ phase: 'hash', sha256: record.sha256 });
    expect(events.slice(2, -1)).toEqual(Array.from({ length: pages }, (_, i) => ({ phase: 'reading', page: i + 1, pages })));
    expect(events.at(-1)).toEqual({ phase: 'checking' });
  }, 60_000);

  it('the justice budget carries its own inconsistency (编制说明 vs 表3) as a discrepancy', async () => {
    const { outcome } = await read('justice.pdf', source('putuo-justice-2026-dept-budget.pdf'));
    expect(outcome.kind === 'imported' && outcome.record.document.discrepancies.length).toBeGreaterThan(0);
  }, 60_000);

  it('a PDF cut off after 30 % of its bytes is damaged', async () => {
    const bytes = source('putuo-finance-2025-dept-budget.pdf');
    const { outcome } = await read('cut.pdf', bytes.slice(0, Math.floor(bytes.length * 0.3)));
    expect(outcome).toMatchObject({ kind: 'refused', refusal: 'damaged', detail: expect.stringMatching(/%%EOF/) });
  });

  it('a PDF without text (a scan) is scanned; a PDF of other text is not the template', async () => {
    const scan = await read('scan.pdf', onePagePdf('0.2 0.4 0.8 rg 100 100 200 150 re f'));
    expect(scan.outcome).toMatchObject({ kind: 'refused', refusal: 'scanned' });
    const letter = onePagePdf('BT /F1 12 Tf 72 700 Td (Dear reader, this is a letter.) Tj ET', '<< /Font << /F1 5 0 R >> >>', [
      HELVETICA,
    ]);
    const { outcome } = await read('letter.pdf', letter);
    expect(outcome).toMatchObject({ kind: 'refused', refusal: 'not-template' });
    expect(outcome.kind === 'refused' && outcome.report?.refusalKind).toBe('not-template');
  });

  it('cancelling between pages ends in cancelled', async () => {
    const controller = new AbortController();
    const { outcome, events } = await read('justice.pdf', source('putuo-justice-2026-dept-budget.pdf'), {
      signal: controller.signal,
      onProgress: (p) => p.phase === 'reading' && p.page === 3 && controller.abort(),
    });
    expect(outcome).toEqual({ kind: 'cancelled' });
    expect(events).toEqual([{ phase: 'hash', sha256: expect.any(String) }]);
  }, 60_000);
});

describe('readImport: texts and other files', () => {
  it('a budget text is imported without loading pdf.js', async () => {
    let loaded = false;
    const bytes = source('shanghai-hsa-2026-budget.txt');
    const outcome = await readImport('hsa.txt', bytes, async (): Promise<PdfEngine> => {
      loaded = true;
      return engine;
    });
    expect(loaded).toBe(false);
    expect(outcome.kind === 'imported' && outcome.record.document).toMatchObject({ year: 2026, discrepancies: [] });
  });

  it('a PNG is neither a PDF nor a text, and the detail says what it looks like', async () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    const { outcome, events } = await read('chart.png', png);
    expect(outcome).toMatchObject({ kind: 'refused', refusal: 'not-pdf-or-text', report: null });
    expect(outcome.kind === 'refused' && outcome.detail).toMatch(/chart\.png is neither.*PNG image/);
    expect(events.map((e) => e.phase)).toEqual(['hashing', 'hash']); // hashed, so a known file is still recognised
  });

  it('a text that is not a budget is not the template; a 决算 is final accounts', async () => {
    const letter = new TextEncoder().encode('关于召开年度工作会议的通知\n各单位：\n请准时参加。\n');
    expect((await read('notice.txt', letter)).outcome).toMatchObject({ kind: 'refused', refusal: 'not-template' });
    const finalAccount = new TextEncoder().encode('上海市普陀区司法局2024年度部门决算\n部门决算报告\n收入支出决算总表\n');
    expect((await read('final.txt', finalAccount)).outcome).toMatchObject({ kind: 'refused', refusal: 'final-accounts' });
  });

  it('a file over the limit is refused before anything is read or hashed', async () => {
    const { outcome, events } = await read('big.pdf', new Uint8Array(MAX_IMPORT_BYTES + 1));
    expect(outcome).toMatchObject({ kind: 'refused', refusal: 'too-large', report: null });
    expect(events).toEqual([]);
  });

  it('an engine that fails to load is a failed import, with its message', async () => {
    const outcome = await readImport('a.pdf', source('putuo-justice-2026-dept-budget.pdf'), () =>
      Promise.reject(new Error('chunk load failed')),
    );
    expect(outcome).toEqual({ kind: 'refused', refusal: 'failed', detail: 'Error: chunk load failed', report: null });
  });
});
