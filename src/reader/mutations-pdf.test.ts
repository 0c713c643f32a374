// Mutation tests of two published PDFs (普陀区司法局 2026, 普陀区财政局 2025), read as a host reads
// them (bytes + the Node pdf.js engine). The PDFs are changed as files and stay valid PDFs
// (test-support/mutate-pdf.ts): a figure is redrawn in the FlateDecode content stream of its page
// (its digit glyphs replaced by the glyphs the font maps to other digits), pages are left out of or
// repeated in the page tree, and the file is cut off. Rows and cells are also changed in the
// extracted pages (extractPdf -> PdfPage -> pagesToText), the text the reader reads from a PDF.
// Pages are the PDF's pages, as every failure names them. Both PDFs print one 编制说明 sentence
// whose figure disagrees with 表3 (their answer keys' knownInconsistencies): unmutated, that is
// their only failure; a mutation must add its own, found by table, page, row and figures.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { FINANCE, JUSTICE, pdfEngine, sourcePdf } from '../../scripts/ingest/test-helpers.ts';
import type { PdfPage } from './pdf/index.ts';
import { extractPdf, pagesToText } from './pdf/index.ts';
import { changePdfFigure, dropPdfPages, duplicatePdfPage, parsePdf, writePdf } from './test-support/mutate-pdf.ts';
import { expected as finance } from './fixtures/putuo-finance-2025.expected.ts';
import { expected as justice } from './fixtures/putuo-justice-2026.expected.ts';
import {
  expectFailure,
  expectOnlyKnownInconsistencies,
  expectRefused,
  readPdf as readPdfWith,
  readText,
  expectNothingAgainst,
} from './test-support/expect-reading.ts';

vi.setConfig({ testTimeout: 60_000 });

const readPdf = (bytes: Uint8Array) => readPdfWith(bytes, pdfEngine());

const T3 = '表3 部门支出预算总表';
const T8 = '表8 一般公共预算基本支出经济分类预算表';

describe('普陀区司法局 2026 PDF (23 pages; 表3 on pages 12–13, 表8 on 19–20)', () => {
  const pdf = sourcePdf(JUSTICE);
  let pages: PdfPage[];
  beforeAll(async () => {
    pages = (await extractPdf(pdf, await pdfEngine())).pages;
  }, 60_000);

  it('unmutated, and parsed and written again by the mutation tool: only the document’s own inconsistency both times', async () => {
    expectOnlyKnownInconsistencies(await readPdf(pdf), justice);
    const rewritten = await readPdf(writePdf(parsePdf(pdf)));
    expectOnlyKnownInconsistencies(rewritten, justice);
    expect(rewritten.report.pages).toBe(23);
  });

  it('a digit of a 项 row’s 合计 redrawn in the page’s content stream (表3 2040605 普法宣传, page 12)', async () => {
    // 1242900.00 is drawn twice on page 12: 合计 first, then 项目支出
    const { pdf: bad, occurrences } = await changePdfFigure(pdf, 12, '1242900.00', '1242901.00');
    expect(occurrences).toBe(2);
    const r = await readPdf(bad);
    expectFailure(r, {
      table: T3,
      page: 12,
      row: 'row 2040605 普法宣传',
      check: '合计 = 基本支出 + 项目支出',
      printed: 1_242_901_00,
      expected: 1_242_900_00,
    });
    expectFailure(r, {
      table: T3,
      page: 12,
      row: 'row 20406 司法',
      check: '合计 = sum of children',
      printed: 87_267_272_44,
      expected: 87_267_273_44,
    });
    expect(r.document!.tables.expenditureByFunction.find((x) => x.code === '2040605')?.total).toBe(1_242_901_00);
  });

  it('a row dropped from the extracted page (表3 2040605 普法宣传, page 12)', async () => {
    const mutated = structuredClone(pages);
    const p12 = mutated[11]!;
    const at = p12.rows.findIndex(
      (row) => row.cells.map((c) => c.text).join('\t') === '204\t06\t05\t普法宣传\t1242900.00\t0.00\t1242900.00',
    );
    expect(at).toBeGreaterThan(0);
    p12.rows.splice(at, 1);
    const r = await readText(pagesToText(mutated));
    expectFailure(r, {
      table: T3,
      page: 12,
      row: 'row 20406 司法',
      check: '合计 = sum of children',
      printed: 87_267_272_44,
      expected: 86_024_372_44,
    });
    expectFailure(r, {
      table: T3,
      page: 12,
      row: 'row 2040605 普法宣传',
      check: '合计 = 表2 部门收入预算总表 合计',
      printed: 0,
      expected: 1_242_900_00,
    });
  });

  it('two cells of a row swapped in the extracted page (表3 2040601 行政运行: 基本支出 <-> 项目支出, page 12)', async () => {
    const mutated = structuredClone(pages);
    const row = mutated[11]!.rows.find((x) => x.cells[3]?.text === '行政运行' && x.cells[0]?.text === '204');
    expect(row?.cells.map((c) => c.text)).toEqual([
      '204',
      '06',
      '01',
      '行政运行',
      '16726725.44',
      '16726725.44',
      '0.00',
    ]);
    [row!.cells[5]!.text, row!.cells[6]!.text] = [row!.cells[6]!.text, row!.cells[5]!.text];
    const r = await readText(pagesToText(mutated));
    expectFailure(r, {
      table: T3,
      page: 12,
      row: 'row 2040601 行政运行',
      check: 'basic = 表5 + 表6 + 表7 (basic)',
      printed: 0,
      expected: 16_726_725_44,
    });
    expectFailure(r, {
      table: T3,
      page: 12,
      row: 'row 20406 司法',
      check: '基本支出 = sum of children',
      printed: 16_726_725_44,
      expected: 0,
    });
  });

  it('the second page of 表3 left out of the page tree (page 13, with the 合计 row)', async () => {
    const r = await readPdf(dropPdfPages(pdf, 23, 13));
    expect(r.report.pages).toBe(22);
    expectFailure(r, { table: T3, page: 12, row: 'row 合计', check: 'the table can be read', message: /no 合计 row/ });
  });

  it('a table missing (表8: pages 19 and 20 left out)', async () => {
    const r = await readPdf(dropPdfPages(pdf, 23, 19, 20));
    expect(r.report.pages).toBe(21);
    expectFailure(r, {
      table: T8,
      page: null,
      row: 'table',
      check: 'the table is present',
      printed: null,
      expected: null,
      message: /is missing/,
    });
    expectNothingAgainst(r, T8); // no check against the missing table reports its 0s as printed figures
  });

  it('the file cut off at 60% of its bytes: refused as cut off', async () => {
    const cut = pdf.slice(0, Math.floor(pdf.length * 0.6));
    const r = await readPdf(cut);
    expectRefused(
      r,
      new RegExp(`stops after ${cut.length.toLocaleString('en-US')} bytes without it: the file was cut off`),
    );
    expect(r.report.pages).toBeNull();
  });

  it('the file cut off at 60% with an %%EOF marker added: refused as damaged or incomplete', async () => {
    const cut = pdf.slice(0, Math.floor(pdf.length * 0.6));
    const r = await readPdf(new Uint8Array([...cut, ...new TextEncoder().encode('\n%%EOF\n')]));
    expectRefused(r, /^Expected a well-formed PDF, but opening the document failed: .*damaged or incomplete/);
  });
});

describe('普陀区财政局 2025 PDF (24 pages; 表3 on pages 12–13, 表8 on 19–20)', () => {
  const pdf = sourcePdf(FINANCE);

  it('unmutated, and parsed and written again by the mutation tool: only the document’s own inconsistency both times', async () => {
    expectOnlyKnownInconsistencies(await readPdf(pdf), finance);
    expectOnlyKnownInconsistencies(await readPdf(writePdf(parsePdf(pdf))), finance);
  });

  it('a digit of a figure in 表8 redrawn in the content stream (30228 工会经费, page 20)', async () => {
    const { pdf: bad } = await changePdfFigure(pdf, 20, '258,915.00', '258,916.00');
    const r = await readPdf(bad);
    expectFailure(r, {
      table: T8,
      page: 20,
      row: 'row 30228 工会经费',
      check: '合计 = 人员经费 + 公用经费',
      printed: 258_916_00,
      expected: 258_915_00,
    });
    expectFailure(r, {
      table: T8,
      page: 19,
      row: 'row 302 商品和服务支出',
      check: '合计 = sum of children',
      printed: 2_204_335_00,
      expected: 2_204_336_00,
    });
  });

  it('a page printed twice (表3 page 13, again as page 14)', async () => {
    const r = await readPdf(duplicatePdfPage(pdf, 24, 13));
    expect(r.report.pages).toBe(25);
    expectFailure(r, {
      table: T3,
      page: 14,
      row: 'row 合计',
      check: 'the table can be read',
      message: /a second 合计 row/,
    });
  });
});
