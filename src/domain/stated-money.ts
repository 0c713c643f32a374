// Figures the text of a document states ("比2025年预算增加4,259万元", "754.813万元", "0万元")
// carry a precision: the fen value of their last printed digit. Shown in the reader's unit they
// keep that precision: never digits the document did not give (4,259万元 is "4,259万元", not
// "4,259.00万元", which would claim a precision of 100 yuan), never fewer than it gave
// (754.813万元 is not rounded to 754.81万元). Where the unit is finer than the statement (4,259万元
// in 元 or in CNY thousand) the digits below the printed step cannot be hidden, so the text is
// flagged approximate and written "约42,590,000元" / "≈ CNY 42,590 thousand" (use-stated-money.ts).
// Zero is exact whatever its printing ("0万元" and "0.00万元" read the same). Amounts are fen.
import { FEN_PER_YUAN } from './fen';
import { formatMoney, formatSignedMoney, resolveUnit, type MoneyOptions } from './money-format';
import type { Lang } from './lang';
/** fen per printed unit, as a power of ten */
const UNIT_EXPONENT: Record<string, number> = { 元: 2, 万元: 6, 亿元: 10 };

/**
 * The fen value of the last digit of a printed amount: "4,259万元" -> 1000000, "193.70万元" ->
 * 10000, "754.813万元" -> 1000, "246,530,872元" -> 100, "96,282,213.44元" -> 1. null when the
 * text holds no amount with a unit.
 */
export function printedPrecision(printed: string): number | null {
  const match = /(\d[\d,]*)(?:\.(\d+))?\s*(亿元|万元|元)/.exec(printed);
  if (!match?.[3]) return null;
  const exponent = (UNIT_EXPONENT[match[3]] ?? 2) - (match[2]?.length ?? 0);
  return exponent <= 0 ? 1 : 10 ** exponent;
}

export interface StatedText {
  text: string;
  /** true: the unit shows digits below the printed step (they are zeros the document never gave) */
  approximate: boolean;
}

const numberFormats = new Map<string, Intl.NumberFormat>();
function decimalFormat(lang: Lang, decimals: number): Intl.NumberFormat {
  const key = `${lang}|${decimals}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang, {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      useGrouping: true,
    });
    numberFormats.set(key, format);
  }
  return format;
}

/** |fen| in a unit of 10^exponent fen (exponent >= 2) with `decimals` digits, exactly (the digits are cut, never rounded: callers only cut zeros). */
function scaled(fen: number, exponent: number, decimals: number): `${number}` {
  const digits = String(Math.abs(fen)).padStart(exponent + 1, '0');
  const fraction = digits.slice(-exponent).slice(0, decimals);
  return (fraction ? `${digits.slice(0, -exponent)}.${fraction}` : digits.slice(0, -exponent)) as `${number}`;
}

/**
 * A stated amount (fen) in the reader's unit. `precision` is the fen value of its last printed
 * digit (StatedAmount.precision); a whole yuan (100) or finer means an exact figure, shown as
 * every other amount is. `withinUnit`: never more decimals than the unit shows (for an
 * approximate figure beside exact ones, where "≈ CNY 2.0870 million" would look more precise
 * than its neighbours).
 */
export function statedMoneyText(
  fen: number,
  precision: number,
  options: MoneyOptions & { signed?: boolean; withinUnit?: boolean },
): StatedText {
  const template = (options.signed ? formatSignedMoney : formatMoney)(fen, options);
  if (precision <= FEN_PER_YUAN || fen === 0) return { text: template, approximate: false };
  const unit = resolveUnit(options.unit, options.lang, options.printsFen);
  const exponent = Math.round(Math.log10(unit.divisor));
  const supported = Math.round(Math.log10(unit.divisor / precision));
  // Down to the yuan at most: a figure printed coarser than a yuan has no fen to show.
  const most = options.withinUnit ? unit.decimals : exponent - 2;
  // A figure that is not a multiple of its printed step (it should be) keeps the digits it has.
  let decimals = Math.max(0, Math.min(most, supported));
  while (decimals < most && Math.abs(fen) % 10 ** (exponent - decimals) !== 0) decimals += 1;
  // Digits beyond the unit's own that are not zeros: the unit's usual rounding says it best.
  if (Math.abs(fen) % 10 ** (exponent - decimals) !== 0) return { text: template, approximate: supported < 0 };
  const number = decimalFormat(options.lang, decimals).format(scaled(fen, exponent, decimals));
  // The template has the sign, the unit and the language's order; only its number is replaced.
  const text = template.replace(/<?\d[\d,]*(?:\.\d+)?/, number);
  return { text, approximate: supported < 0 };
}

/**
 * The difference of two stated figures (to − from) as precisely as it is known: to the coarser of
 * their printed steps. With equal steps it is a multiple of that step and exact at it; with
 * different steps (2,100万元 − 754.813万元) the digits below the coarser step are unknown, so
 * it is rounded to that step (half away from zero) and marked approximate ("约1,345万元").
 */
export function statedDifference(
  change: number,
  fromPrecision: number,
  toPrecision: number,
): { amount: number; precision: number; approximate: boolean } {
  const precision = Math.max(fromPrecision, toPrecision);
  if (fromPrecision === toPrecision) return { amount: change, precision, approximate: false };
  const rounded = Math.sign(change) * Math.round(Math.abs(change) / precision) * precision;
  return { amount: rounded === 0 ? 0 : rounded, precision, approximate: true };
}
