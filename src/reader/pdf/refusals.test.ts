// What the extractor refuses, and that each refusal says what was expected and what was found:
// not a PDF, encrypted, cut off or damaged, no text layer (a scan), cancelled. Progress reports.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { nodePdfEngine } from '../../../scripts/ingest/pdf-engine-node.ts';
import { extractPdf } from './extract.ts';
import { PdfRefusal, type PdfRefusalReason } from './refusal.ts';
import { HELVETICA, latin1, onePagePdf, stream } from './tiny-pdf.ts';
import type { ExtractOptions } from './types.ts';

const JUSTICE = new URL(
  '../../../../shared/sources/other-departments/putuo-justice-2026-dept-budget.pdf',
  import.meta.url,
);
function justice(): Uint8Array {
  if (!existsSync(JUSTICE)) throw new Error(`test fixture missing: ${fileURLToPath(JUSTICE)}`);
  return new Uint8Array(readFileSync(JUSTICE));
}

const engine = nodePdfEngine();

async function refusal(bytes: Uint8Array, opts?: ExtractOptions): Promise<PdfRefusal> {
  const error = await extractPdf(bytes, await engine, opts).then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof PdfRefusal)) throw new Error(`expected a PdfRefusal, got ${String(error)}`);
  return error;
}

async function expectRefusal(
  bytes: Uint8Array,
  reason: PdfRefusalReason,
  message: RegExp,
  opts?: ExtractOptions,
): Promise<void> {
  const r = await refusal(bytes, opts);
  expect(r.reason).toBe(reason);
  expect(r.message).toMatch(/^Expected /);
  expect(r.message).toMatch(message);
}

// RC4 and the standard security handler, revision 2 (40-bit), as in the PDF 1.4 reference
// (algorithms 3.1-3.4): enough to write a PDF that needs a user password.
function rc4(key: Uint8Array, data: Uint8Array): Uint8Array {
  const s = Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i]! + key[i % key.length]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
  }
  const out = new Uint8Array(data.length);
  for (let n = 0, i = 0, j = 0; n < data.length; n++) {
    i = (i + 1) & 255;
    j = (j + s[i]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
    out[n] = data[n]! ^ s[(s[i]! + s[j]!) & 255]!;
  }
  return out;
}
const md5 = (...parts: Uint8Array[]): Uint8Array => {
  const h = createHash('md5');
  for (const p of parts) h.update(p);
  return new Uint8Array(h.digest());
};
const PAD = Uint8Array.from([
  0x28, 0xbf, 0x4e, 0x5e, 0x4e, 0x75, 0x8a, 0x41, 0x64, 0x00, 0x4e, 0x56, 0xff, 0xfa, 0x01, 0x08, 0x2e, 0x2e, 0x00,
  0xb6, 0xd0, 0x68, 0x3e, 0x80, 0x2f, 0x0c, 0xa9, 0xfe, 0x64, 0x53, 0x69, 0x7a,
]);
const padded = (password: string): Uint8Array => Uint8Array.from([...latin1(password), ...PAD].slice(0, 32));
const hex = (b: Uint8Array): string => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');

/** A one-page PDF with the text "Secret budget", encrypted (RC4 40-bit) for the given user password. */
function encryptedPdf(userPassword: string): Uint8Array {
  const id = md5(latin1('tiny encrypted test document'));
  const o = rc4(md5(padded('owner secret')).slice(0, 5), padded(userPassword));
  const p = -44; // print and copy allowed
  const key = md5(
    padded(userPassword),
    o,
    Uint8Array.of(p & 255, (p >> 8) & 255, (p >> 16) & 255, (p >> 24) & 255),
    id,
  ).slice(0, 5);
  const u = rc4(key, PAD);
  const content = latin1('BT /F1 24 Tf 72 700 Td (Secret budget) Tj ET');
  const contentKey = md5(key, Uint8Array.of(4, 0, 0, 0, 0)).slice(0, 10); // object 4, generation 0
  return onePagePdf(
    stream('', rc4(contentKey, content)),
    '<< /Font << /F1 6 0 R >> >>',
    [`<< /Filter /Standard /V 1 /R 2 /Length 40 /O <${hex(o)}> /U <${hex(u)}> /P ${p} >>`, HELVETICA],
    `/Encrypt 5 0 R /ID [<${hex(id)}> <${hex(id)}>] `,
  );
}

describe('refusals', () => {
  it('not-pdf: says a PDF was expected and what the bytes are', async () => {
    await expectRefusal(
      new TextEncoder().encode('<!DOCTYPE html><html><body>Not found</body></html>'),
      'not-pdf',
      /"%PDF-".*found an HTML page/,
    );
    await expectRefusal(new Uint8Array(0), 'not-pdf', /found an empty file/);
    await expectRefusal(Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0), 'not-pdf', /found a ZIP archive/);
    await expectRefusal(
      new TextEncoder().encode('项目\t合计\n204\t公共安全支出\n'),
      'not-pdf',
      /found text starting "项目\t合计"/,
    );
  });

  it('encrypted: a PDF that needs a password (which opens with it, so the test file is sound)', async () => {
    const bytes = encryptedPdf('user secret');
    await expectRefusal(bytes, 'encrypted', /needs a password/);
    const pdfjs = (await engine).pdfjs as {
      getDocument(p: object): {
        promise: Promise<{ getPage(n: number): Promise<{ getTextContent(): Promise<{ items: { str: string }[] }> }> }>;
        destroy(): Promise<void>;
      };
    };
    const task = pdfjs.getDocument({ data: bytes.slice(), password: 'user secret' });
    const text = await (await (await task.promise).getPage(1)).getTextContent();
    expect(text.items.map((i) => i.str).join('')).toBe('Secret budget');
    await task.destroy();
  });

  it('an encrypted PDF with an empty user password (owner restrictions only) is read', async () => {
    const { pages } = await extractPdf(encryptedPdf(''), await engine);
    expect(pages[0]!.rows[0]!.cells[0]!.text).toBe('Secret budget');
  });

  it('truncated: the first 60% of a published PDF', async () => {
    const bytes = justice();
    const cut = bytes.slice(0, Math.floor(bytes.length * 0.6));
    await expectRefusal(cut, 'truncated', /ending with the "%%EOF" marker.*stops after 120,658 bytes/);
  });

  it('truncated: a damaged file that still ends with %%EOF (pdf.js cannot open it)', async () => {
    const bytes = justice();
    const damaged = Uint8Array.from([
      ...bytes.subarray(0, Math.floor(bytes.length * 0.6)),
      ...bytes.subarray(bytes.length - 1024),
    ]);
    await expectRefusal(
      damaged,
      'truncated',
      /well-formed PDF, but opening the document failed: Invalid PDF structure\. The file is damaged/,
    );
  });

  it('no-text: a valid PDF whose page has only a drawn rectangle (as a scan has only an image)', async () => {
    await expectRefusal(
      onePagePdf('0.2 0.4 0.8 rg 100 100 200 150 re f'),
      'no-text',
      /text layer.*none of its 1 page carries any text.*scan/,
    );
  });

  it('cancelled: an aborted signal stops before the next page; onPage has reported each page read', async () => {
    const controller = new AbortController();
    const seen: [number, number][] = [];
    const onPage = (page: number, pages: number): void => {
      seen.push([page, pages]);
      if (page === 2) controller.abort();
    };
    await expectRefusal(justice(), 'cancelled', /cancelled after 2 of 23 pages/, { onPage, signal: controller.signal });
    expect(seen).toEqual([
      [1, 23],
      [2, 23],
    ]);
    await expectRefusal(justice(), 'cancelled', /cancelled before the document was opened/, {
      signal: AbortSignal.abort(),
    });
  });

  it('onPage reports every page, in order, of a full read', async () => {
    const seen: number[] = [];
    const { pages } = await extractPdf(justice(), await engine, {
      onPage: (page, total) => seen.push(page * 100 + total),
    });
    expect(pages).toHaveLength(23);
    expect(seen).toEqual(pages.map((p) => p.number * 100 + 23));
  });
});
