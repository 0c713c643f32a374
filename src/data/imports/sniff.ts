// What a dropped file is, from its bytes alone (its name and type are the user's or the OS's guess):
// a PDF by its `%PDF-` header, a text when it is valid UTF-8 without control bytes, else neither.
import type { ReaderInput } from '../../reader/api';

// PDF readers accept the header anywhere in the first 1024 bytes, as the reader's own check does.
const HEADER_WINDOW = 1024;
const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

function hasPdfHeader(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, HEADER_WINDOW) - PDF_MAGIC.length;
  for (let i = 0; i <= end; i++) {
    if (PDF_MAGIC.every((b, j) => bytes[i + j] === b)) return true;
  }
  return false;
}

// C0 controls other than TAB, LF, VT, FF and CR, and DEL: a text never has them, a binary file
// that happens to be valid UTF-8 (a UTF-16 text of ASCII, a tar of texts) does.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F]/;

/** The text of the bytes, when they are UTF-8 text (a BOM is dropped); null otherwise. */
export function decodeText(bytes: Uint8Array): string | null {
  if (bytes.length === 0) return null;
  let text: string;
  try {
    // fatal: an invalid sequence throws instead of becoming U+FFFD.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
  return text.includes('\uFFFD') || CONTROL.test(text) ? null : text;
}

/** The reader's input for the bytes: a PDF, a text, or null for anything else (an image, an archive, ...). */
export function sniffInput(name: string, bytes: Uint8Array): ReaderInput | null {
  if (hasPdfHeader(bytes)) return { kind: 'pdf', name, bytes };
  const text = decodeText(bytes);
  return text === null ? null : { kind: 'text', name, text };
}
