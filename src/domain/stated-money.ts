// Figures the text of a document states ("比2025年预算增加4,259万元", "193.70万元") carry a
// precision: the yuan value of their last printed digit. Shown in the reader's unit they must not
// gain digits the document never gave: 4,259万元 is "4,259万元", not "4,259.00万元" (which would
// claim a precision of 100 yuan). Finer units keep the unit's own decimals, so nothing is lost.
import { formatMoney, resolveUnit, type MoneyOptions } from './money-format';

const UNIT_EXPONENT: Record<string, number> = { 元: 0, 万元: 4, 亿元: 8 };

/**
 * The yuan value of the last digit of a printed amount: "4,259万元" -> 10000, "193.70万元" -> 100,
 * "754.813万元" -> 10, "246,530,872元" -> 1. null when the text holds no amount with a unit.
 */
export function printedPrecision(printed: string): number | null {
  const match = /(\d[\d,]*)(?:\.(\d+))?\s*(亿元|万元|元)/.exec(printed);
  if (!match?.[3]) return null;
  const exponent = (UNIT_EXPONENT[match[3]] ?? 0) - (match[2]?.length ?? 0);
  return exponent <= 0 ? 1 : 10 ** exponent;
}

/**
 * A stated amount in the chosen unit, with no more decimals than the statement has (but never
 * fewer than needed to show it exactly when the unit allows). Digits are only ever dropped when
 * they are zeros, so the figure is never changed, only shortened.
 */
export function formatStatedMoney(yuan: number, precision: number, options: MoneyOptions): string {
  const full = formatMoney(yuan, options);
  const unit = resolveUnit(options.unit, options.lang);
  // Decimals the statement supports in this unit: log10(divisor / precision), clamped.
  const supported = Math.max(0, Math.round(Math.log10(unit.divisor / Math.max(1, precision))));
  const drop = unit.decimals - Math.min(unit.decimals, supported);
  if (drop === 0) return full;
  return full.replace(/\.(\d+)/, (whole, fraction: string) => {
    const kept = fraction.slice(0, fraction.length - drop);
    const dropped = fraction.slice(fraction.length - drop);
    if (/[1-9]/.test(dropped)) return whole; // not a multiple of the precision: keep every digit
    return kept ? `.${kept}` : '';
  });
}
