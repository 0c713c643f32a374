// Exact money parsing into integer fen (分). Figures are parsed as digit strings and the decimal
// point is shifted; no floating-point arithmetic ever touches a figure (754.813万元 must be
// 754813000 fen, 96,282,213.44元 must be 9628221344 fen).
import { IngestError } from './types.ts';

const GROUPED = /^\d{1,3}(,\d{3})+(\.\d+)?$/;
const PLAIN = /^\d+(\.\d+)?$/;

/** True when the token looks like a printed figure (123, 1,234, 1,234.56, 1234.56). */
export function isFigure(token: string): boolean {
  return GROUPED.test(token) || PLAIN.test(token);
}

function splitDigits(printed: string): { int: string; frac: string } {
  const t = printed.trim();
  if (!isFigure(t)) throw new IngestError(`not a figure: "${printed}"`);
  const [int = '', frac = ''] = t.replace(/,/g, '').split('.');
  return { int, frac };
}

/** Shifts the decimal point `places` to the right: ("754", "813", 6) -> 754813000. */
function shift(int: string, frac: string, places: number, printed: string): number {
  if (frac.length > places) throw new IngestError(`figure "${printed}" is finer than one fen`);
  return toSafeInt(int + frac.padEnd(places, '0'), printed);
}

/**
 * Splits a figure glued to a label ("96,282,213.44一、公共安全支出", "合计96282213.44") into the
 * figure and the label, so each is read for what it is. Other tokens are kept as they are.
 */
export function splitGlued(tokens: string[]): string[] {
  return tokens.flatMap((t) => {
    const lead = /^(\d[\d,]*(?:\.\d+)?)([^\d,.].*)$/.exec(t);
    if (lead && isFigure(lead[1]!) && !/^[年月日%万元个项家辆台、．.]/.test(lead[2]!)) return [lead[1]!, lead[2]!];
    const trail = /^(.*[^\d,.\s])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d{2})$/.exec(t);
    if (trail && isFigure(trail[2]!) && !/^\d/.test(trail[1]!) && /[合计出入]$/.test(trail[1]!))
      return [trail[1]!, trail[2]!];
    return [t];
  });
}

/** A figure printed in 元 -> integer fen. "246,530,872" -> 24653087200; "96,282,213.44" -> 9628221344. */
export function parseYuanToFen(printed: string): number {
  const { int, frac } = splitDigits(printed);
  return shift(int, frac, 2, printed);
}

/** True when a 元 figure is printed with decimals ("1149678.00"): the document prints fen. */
export function printsDecimals(printed: string): boolean {
  return printed.includes('.');
}

/**
 * A figure printed in 万元 -> integer fen and the fen value of its last printed digit.
 * "193.70" -> 193700000 (precision 10000); "754.813" -> 754813000 (1000); "30,017" -> 30017000000 (1000000).
 */
export function parseWan(printed: string): { amount: number; precision: number } {
  const { int, frac } = splitDigits(printed);
  const amount = shift(int, frac, 6, printed);
  return { amount, precision: 10 ** (6 - frac.length) };
}

/** A figure in 元 or 万元 (the unit printed after it or given by the table) -> fen. */
export function parseMoney(printed: string, unit: '元' | '万元'): number {
  return unit === '万元' ? parseWan(printed).amount : parseYuanToFen(printed);
}

function toSafeInt(digits: string, printed: string): number {
  const n = Number(digits.replace(/^0+(?=\d)/, ''));
  if (!Number.isSafeInteger(n)) throw new IngestError(`figure "${printed}" is out of range`);
  return n;
}

/** Formats fen as yuan for messages: 9628221344 -> "96,282,213.44"; 24653087200 -> "246,530,872". */
export function formatFen(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const yuan = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const cents = abs % 100;
  return `${sign}${yuan}${cents === 0 ? '' : `.${String(cents).padStart(2, '0')}`}`;
}
