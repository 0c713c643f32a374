// Test support: writes small, valid PDF files by hand (header, numbered objects, cross-reference
// table, trailer), so the tests can make the documents they need (a page without text, a font
// that needs a CMap, an encrypted file) without binary fixtures. Platform-neutral like the rest
// of src/reader; strings are written one byte per character (Latin-1), which keeps binary safe.

/** An object's body: strings (Latin-1) and raw bytes, written one after the other. */
export type PdfObjectBody = string | Uint8Array | readonly (string | Uint8Array)[];

export function latin1(s: string): Uint8Array {
  return Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff);
}

const toBytes = (part: string | Uint8Array): Uint8Array => (typeof part === 'string' ? latin1(part) : part);

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** A stream object's body: `dict` entries (without << >>) plus the data and its /Length. */
export function stream(dict: string, data: string | Uint8Array): PdfObjectBody {
  const bytes = toBytes(data);
  return [`<< ${dict} /Length ${bytes.length} >>\nstream\n`, bytes, '\nendstream'];
}

/**
 * A PDF of the given objects, numbered from 1 in order; object 1 must be the catalog.
 * `trailer` adds entries to the trailer dictionary (for /Encrypt and /ID).
 */
export function buildPdf(objects: readonly PdfObjectBody[], trailer = ''): Uint8Array {
  const parts: Uint8Array[] = [latin1('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')];
  let length = parts[0]!.length;
  const offsets: number[] = [];
  const push = (part: string | Uint8Array): void => {
    const bytes = toBytes(part);
    parts.push(bytes);
    length += bytes.length;
  };
  objects.forEach((body, i) => {
    offsets.push(length);
    push(`${i + 1} 0 obj\n`);
    for (const part of typeof body === 'string' || body instanceof Uint8Array ? [body] : body) push(part);
    push('\nendobj\n');
  });
  const xref = length;
  push(`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`);
  for (const offset of offsets) push(`${String(offset).padStart(10, '0')} 00000 n \n`);
  push(`trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailer}>>\nstartxref\n${xref}\n%%EOF\n`);
  return concat(parts);
}

/**
 * A one-page PDF (A4 portrait): objects 1-4 are catalog, page tree, page and `content`; `extra`
 * objects follow as 5, 6, ... so `resources` can refer to them (`<< /Font << /F1 5 0 R >> >>`).
 */
export function onePagePdf(
  content: PdfObjectBody,
  resources = '<< >>',
  extra: readonly PdfObjectBody[] = [],
  trailer = '',
): Uint8Array {
  const contentObject = typeof content === 'string' ? stream('', content) : content;
  return buildPdf(
    [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources ${resources} /Contents 4 0 R >>`,
      contentObject,
      ...extra,
    ],
    trailer,
  );
}

/** Helvetica (a standard font, not embedded) as object 5 of `onePagePdf`. */
export const HELVETICA = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';

/**
 * A Chinese font as Chinese PDF writers emit it without embedding: STSong-Light with the
 * predefined CMap UniGB-UCS2-H (objects 5-7 of `onePagePdf`). Reading its text needs pdf.js's
 * CMap files (UniGB-UCS2-H, and Adobe-GB1-UCS2 for the Unicode values).
 */
export const STSONG_OBJECTS: readonly PdfObjectBody[] = [
  '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>',
  '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 7 0 R /DW 1000 >>',
  '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
];

/** UTF-16BE hex of a BMP string, for `<...> Tj` with a UCS2 CMap. */
export function ucs2Hex(text: string): string {
  return Array.from(text, (c) => c.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()).join('');
}
