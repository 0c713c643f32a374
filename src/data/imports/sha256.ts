// The sha256 of an imported file, hex: the key it is stored under and how a second import of the
// same file is recognised. Web Crypto does it natively, but only in a secure context (https,
// localhost); the dashboard served over plain http on a LAN (a presenter's laptop) has no
// crypto.subtle, so a small audited pure-JS sha256 stands in there, loaded only then.

const hex = (bytes: Uint8Array): string => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

/** The pure-JS path, used when Web Crypto is missing (and by the tests, to check both agree). */
export async function sha256HexFallback(bytes: Uint8Array): Promise<string> {
  const { sha256 } = await import('@noble/hashes/sha2.js');
  return hex(sha256(bytes));
}

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return sha256HexFallback(bytes);
  // digest() wants a BufferSource backed by an ArrayBuffer; a view of a SharedArrayBuffer is not one.
  const data = bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes);
  return hex(new Uint8Array(await subtle.digest('SHA-256', data)));
}
