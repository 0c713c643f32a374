// Why a PDF is not read at all, in words a user can act on: each message says what the reader
// expected and what it found. The checks on raw bytes run before pdf.js sees the file, because
// pdf.js answers a web page or a cut-off download with a bare "Invalid PDF structure".

export type PdfRefusalReason = 'not-pdf' | 'encrypted' | 'truncated' | 'no-text' | 'cancelled';

export class PdfRefusal extends Error {
  readonly reason: PdfRefusalReason;

  constructor(reason: PdfRefusalReason, message: string) {
    super(message);
    this.name = 'PdfRefusal';
    this.reason = reason;
  }
}

const ascii = (bytes: Uint8Array, from: number, to: number): string => {
  let s = '';
  for (let i = Math.max(0, from); i < Math.min(bytes.length, to); i++) s += String.fromCharCode(bytes[i]!);
  return s;
};

const startsWith = (bytes: Uint8Array, ...sig: number[]): boolean => sig.every((b, i) => bytes[i] === b);

/** A short description of what a non-PDF file looks like, for the refusal message. */
function describeBytes(bytes: Uint8Array): string {
  if (bytes.length === 0) return 'an empty file (0 bytes)';
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) return 'a ZIP archive (an .xlsx, .docx or .zip file?)';
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0)) return 'an old Microsoft Office file (.xls or .doc?)';
  if (startsWith(bytes, 0x89, 0x50, 0x4e, 0x47)) return 'a PNG image';
  if (startsWith(bytes, 0xff, 0xd8, 0xff)) return 'a JPEG image';
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 200)).replace(/^\uFEFF/, '');
  if (/^\s*<(!doctype html|html)/i.test(head)) return 'an HTML page (a download link that returned a web page?)';
  // Text if the start decodes without replacement characters and without control bytes.
  if (!head.includes('\uFFFD') && !/(?![\t\n\r\f\v])\p{Cc}/u.test(head)) {
    const first = head.trim().split(/\r?\n/)[0]!.slice(0, 40);
    return `text starting "${first}"`;
  }
  const hex = Array.from(bytes.subarray(0, 8), (b) => b.toString(16).padStart(2, '0')).join(' ');
  return `binary data starting with the bytes ${hex}`;
}

// PDF readers accept the %PDF- header anywhere in the first 1024 bytes (some generators put a
// prefix before it), and the %%EOF marker a little before the end (trailing newlines or padding).
const HEADER_WINDOW = 1024;
const EOF_WINDOW = 2048;

/** Refuses bytes that are not a PDF (`not-pdf`) or a PDF that has been cut off (`truncated`). */
export function checkPdfBytes(bytes: Uint8Array): void {
  if (!ascii(bytes, 0, HEADER_WINDOW).includes('%PDF-')) {
    throw new PdfRefusal(
      'not-pdf',
      `Expected a PDF file (one that begins with "%PDF-"), but found ${describeBytes(bytes)}.`,
    );
  }
  if (!ascii(bytes, bytes.length - EOF_WINDOW, bytes.length).includes('%%EOF')) {
    throw new PdfRefusal(
      'truncated',
      `Expected a complete PDF file, ending with the "%%EOF" marker, but this one stops after ${bytes.length.toLocaleString('en-US')} bytes without it: the file was cut off (an interrupted download or copy?).`,
    );
  }
}

/** Maps an error of pdf.js (thrown across its worker, so known by name, not class) to a refusal. */
export function refusalFromPdfjs(error: unknown, where: string): PdfRefusal {
  const name =
    error instanceof Error || (typeof error === 'object' && error !== null)
      ? String((error as { name?: unknown }).name)
      : '';
  const detail = (error instanceof Error ? error.message : String(error)).replace(/\.+$/, '');
  if (name === 'PasswordException') {
    return new PdfRefusal(
      'encrypted',
      `Expected a PDF that opens without a password, but this one is encrypted and needs a password to open (${detail}). Save an unprotected copy and read that.`,
    );
  }
  return new PdfRefusal(
    'truncated',
    `Expected a well-formed PDF, but ${where} failed: ${detail}. The file is damaged or incomplete; download or export it again.`,
  );
}

export function checkCancelled(signal: AbortSignal | undefined, done: number, pages: number | null): void {
  if (!signal?.aborted) return;
  const progress = pages === null ? 'before the document was opened' : `after ${done} of ${pages} pages`;
  throw new PdfRefusal('cancelled', `Expected to read the whole PDF, but reading was cancelled ${progress}.`);
}
