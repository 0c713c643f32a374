// Exact money parsing. Figures are parsed as digit strings and the decimal point is shifted;
// no floating-point arithmetic ever touches a 万元 figure (754.813万元 must be 7548130, not 7548129.999).
import { IngestError } from './types.ts';

const GROUPED = /^\d{1,3}(,\d{3})+(\.\d+)?$/;
const PLAIN = /^\d+(\.\d+)?$/;

/** True when the token looks like a printed figure (123, 1,234, 1,234.56). */
export function isFigure(token: string): boolean {
  return GROUPED.test(token) || PLAIN.test(token);
}

function splitDigits(printed: string): { int: string; frac: string } {
  const t = printed.trim();
  if (!isFigure(t)) throw new IngestError(`not a figure: "${printed}"`);
  const [int = '', frac = ''] = t.replace(/,/g, '').split('.');
  return { int, frac };
}

/** A figure printed in 元 -> integer yuan. "246,530,872" -> 246530872; "12.00" -> 12. */
export function parseYuan(printed: string): number {
  const { int, frac } = splitDigits(printed);
  if (/[1-9]/.test(frac)) {
    throw new IngestError(`figure "${printed}" has fractions of a yuan; the contract stores integer yuan`);
  }
  return toSafeInt(int, printed);
}

/**
 * A figure printed in 万元 -> integer yuan and the yuan value of its last printed digit.
 * "193.70" -> 1937000 (precision 100); "754.813" -> 7548130 (10); "30,017" -> 300170000 (10000).
 */
export function parseWan(printed: string): { amount: number; precision: number } {
  const { int, frac } = splitDigits(printed);
  if (frac.length > 4) throw new IngestError(`figure "${printed}万元" is finer than one yuan`);
  const amount = toSafeInt(int + frac.padEnd(4, '0'), printed);
  const precision = 10 ** (4 - frac.length);
  return { amount, precision };
}

function toSafeInt(digits: string, printed: string): number {
  const n = Number(digits.replace(/^0+(?=\d)/, ''));
  if (!Number.isSafeInteger(n)) throw new IngestError(`figure "${printed}" is out of range`);
  return n;
}

/** Format integer yuan with thousands separators, for messages. */
export function formatYuan(n: number): string {
  const sign = n < 0 ? '-' : '';
  return sign + String(Math.abs(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
