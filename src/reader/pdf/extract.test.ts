// extractPdf on small hand-written PDFs: fonts pdf.js must load through the engine (a standard
// font, a Chinese font that needs CMaps), a rotated page, and the caller's bytes left intact.
import { describe, expect, it } from 'vitest';
import { nodePdfEngine } from '../../../scripts/ingest/pdf-engine-node.ts';
import type { PdfEngine } from '../api.ts';
import { extractPdf } from './extract.ts';
import { pagesToText } from './text.ts';
import { buildPdf, HELVETICA, onePagePdf, STSONG_OBJECTS, stream, ucs2Hex } from './tiny-pdf.ts';

const base = nodePdfEngine();

/** The Node engine, recording what pdf.js asks it for. */
async function recordingEngine(): Promise<{ engine: PdfEngine; asked: string[] }> {
  const e = await base;
  const asked: string[] = [];
  return {
    asked,
    engine: {
      pdfjs: e.pdfjs,
      readCMap: (name) => (asked.push(`cmap ${name}`), e.readCMap(name)),
      readStandardFont: (name) => (asked.push(`font ${name}`), e.readStandardFont(name)),
    },
  };
}

const FONT5 = '<< /Font << /F1 5 0 R >> >>';
const chinese = onePagePdf(
  `BT /F1 12 Tf 72 700 Td <${ucs2Hex('部门支出预算总表')}> Tj 0 -20 Td <${ucs2Hex('合计')}> Tj 100 0 Td <${ucs2Hex('0.00')}> Tj ET`,
  FONT5,
  STSONG_OBJECTS,
);

describe('extractPdf', () => {
  it('reads a standard font (Helvetica) through the engine: text, cells and positions', async () => {
    const { engine, asked } = await recordingEngine();
    const pdf = onePagePdf('BT /F1 12 Tf 72 700 Td (Total) Tj 200 0 Td (1,234.00) Tj ET', FONT5, [HELVETICA]);
    const { pages } = await extractPdf(pdf, engine);
    expect(pages).toHaveLength(1);
    expect(pages[0]).toMatchObject({ number: 1, width: 595, height: 842 });
    const [row] = pages[0]!.rows;
    expect(row!.y).toBeCloseTo(142);
    expect(row!.cells.map((c) => [c.text, Math.round(c.x)])).toEqual([
      ['Total', 72],
      ['1,234.00', 272],
    ]);
    expect(row!.cells[1]!.right).toBeGreaterThan(row!.cells[1]!.x + 40);
    expect(asked.some((a) => a.startsWith('font '))).toBe(true);
  });

  it('reads a Chinese font that needs the CMaps, asking the engine for them (nothing is fetched)', async () => {
    const { engine, asked } = await recordingEngine();
    const { pages } = await extractPdf(chinese, engine);
    expect(pagesToText(pages)).toBe('[pages: 1]\n\n=== 第1页 ===\n部门支出预算总表\n合计\t0.00\n');
    expect(asked).toEqual(['cmap UniGB-UCS2-H.bcmap', 'cmap Adobe-GB1-UCS2.bcmap']);
  });

  it('fails (a host error, not a refusal) when the engine cannot supply a CMap', async () => {
    const e = await base;
    const broken: PdfEngine = { ...e, readCMap: () => Promise.reject(new Error('no cmaps folder')) };
    await expect(extractPdf(chinese, broken)).rejects.toThrow(
      /could not supply the CMaps.*UniGB-UCS2-H\.bcmap \(no cmaps folder\)/,
    );
  });

  it('leaves the caller’s bytes intact', async () => {
    const bytes = chinese.slice();
    await extractPdf(bytes, await base);
    expect(bytes).toEqual(chinese);
  });

  it('lays out a page with /Rotate 90 as displayed (landscape, rows top to bottom)', async () => {
    // Text drawn turned by 90° so that it stands upright once the page is rotated for display.
    const content =
      'BT /F1 12 Tf 0 1 -1 0 300 100 Tm (First) Tj ET BT /F1 12 Tf 0 1 -1 0 300 400 Tm (Right) Tj ET BT /F1 12 Tf 0 1 -1 0 320 100 Tm (Second) Tj ET';
    const pdf = buildPdf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Rotate 90 /Resources ${FONT5} /Contents 4 0 R >>`,
      stream('', content),
      HELVETICA,
    ]);
    const { pages } = await extractPdf(pdf, await base);
    expect(pages[0]).toMatchObject({ width: 842, height: 595 });
    expect(pages[0]!.rows.map((r) => r.cells.map((c) => [c.text, Math.round(c.x)]))).toEqual([
      [
        ['First', 100],
        ['Right', 400],
      ],
      [['Second', 100]],
    ]);
  });

  it('rejects an engine whose pdfjs is not the pdf.js module', async () => {
    const e = await base;
    await expect(extractPdf(chinese, { ...e, pdfjs: {} })).rejects.toThrow(/must be the pdfjs-dist module/);
  });
});
