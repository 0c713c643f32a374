// What a dropped file is taken for, from its bytes; the two ways of hashing it agree.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Hex, sha256HexFallback } from './sha256';
import { decodeText, sniffInput } from './sniff';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const bytes = (...b: number[]): Uint8Array => Uint8Array.from(b);

describe('sniffInput', () => {
  it('a PDF by its %PDF- header, also after a short prefix (as PDF readers accept it)', () => {
    expect(sniffInput('a.pdf', utf8('%PDF-1.7\n%âãÏÓ\n'))?.kind).toBe('pdf');
    expect(sniffInput('a.pdf', utf8(`${' '.repeat(500)}%PDF-1.4\n`))?.kind).toBe('pdf');
    // a header past the first 1024 bytes is no header
    expect(sniffInput('a.txt', utf8(`${'x'.repeat(1024)}%PDF-1.4\n`))?.kind).toBe('text');
  });

  it('a UTF-8 text, its byte order mark dropped', () => {
    expect(sniffInput('b.txt', utf8('\uFEFF上海市2026年市级部门预算\n'))).toEqual({
      kind: 'text',
      name: 'b.txt',
      text: '上海市2026年市级部门预算\n',
    });
  });

  it('neither: images, archives, legacy encodings, UTF-16, binary that happens to be valid UTF-8, nothing', () => {
    expect(sniffInput('c.png', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a))).toBeNull();
    expect(sniffInput('d.xlsx', bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00))).toBeNull();
    expect(sniffInput('e.txt', bytes(0xc9, 0xcf, 0xba, 0xa3))).toBeNull(); // 上海 in GBK
    expect(sniffInput('f.txt', bytes(0xff, 0xfe, 0x41, 0x00, 0x42, 0x00))).toBeNull(); // "AB" in UTF-16LE
    expect(sniffInput('g.bin', bytes(0x41, 0x00, 0x42, 0x00))).toBeNull(); // valid UTF-8, but NUL bytes
    expect(sniffInput('h.txt', new Uint8Array(0))).toBeNull();
  });

  it('a text with a replacement character written into it is not taken as text', () => {
    expect(decodeText(utf8('预算\uFFFD表'))).toBeNull();
    expect(decodeText(utf8('预算\t表\r\n'))).toBe('预算\t表\r\n');
  });
});

describe('sha256Hex', () => {
  it('Web Crypto and the pure-JS fallback give the same hex digest as Node', async () => {
    const data = utf8('上海市医疗保障局'.repeat(1000));
    const expected = createHash('sha256').update(data).digest('hex');
    expect(await sha256Hex(data)).toBe(expected);
    expect(await sha256HexFallback(data)).toBe(expected);
  });
});
