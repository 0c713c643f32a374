// Figures the documents' text states (StatedAmount: "24,653万元", "754.813万元", "0万元") shown in
// the reader's unit at the precision they were printed with: never with digits the document did
// not give, never with fewer than it gave. Where the unit is finer than the statement (24,653万元
// in 元 or in CNY thousand) the digits below the printed step cannot be hidden, so the text is
// flagged approximate and the caller writes it as "约246,530,000元" / "≈ CNY 246,530 thousand".
// Zero is exact whatever its printing ("0万元" and "0.00万元" read the same).
//
// Also the compare view's wording of a change in percentage points: tiny non-zero changes get
// two decimals instead of a "<0.1" that reads awkwardly after a sign.
import { formatMoney, formatPoints, formatSignedMoney, resolveUnit, type Lang, type MoneyOptions } from '../../../domain/money-format';

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
    format = new Intl.NumberFormat(lang, { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: true });
    numberFormats.set(key, format);
  }
  return format;
}

/** |yuan| in a unit of 10^exponent yuan with `decimals` digits, exactly (the digits are cut, never rounded: callers only cut zeros). */
function scaled(yuan: number, exponent: number, decimals: number): `${number}` {
  const digits = String(Math.abs(yuan)).padStart(exponent + 1, '0');
  const whole = exponent > 0 ? digits.slice(0, -exponent) : digits;
  const fraction = exponent > 0 ? digits.slice(-exponent).slice(0, decimals) : '';
  return (fraction ? `${whole}.${fraction}` : whole) as `${number}`;
}

/**
 * A stated amount in the reader's unit. `precision` is the yuan value of its last printed digit
 * (StatedAmount.precision); 1 means an exact figure, shown as every other amount is.
 * `withinUnit`: never more decimals than the unit shows (for an approximate figure beside
 * exact ones, where "≈ CNY 2.0870 million" would look more precise than its neighbours).
 */
export function statedMoneyText(yuan: number, precision: number, options: MoneyOptions & { signed?: boolean; withinUnit?: boolean }): StatedText {
  const template = (options.signed ? formatSignedMoney : formatMoney)(yuan, options);
  if (precision <= 1 || yuan === 0) return { text: template, approximate: false };
  const unit = resolveUnit(options.unit, options.lang);
  const exponent = Math.round(Math.log10(unit.divisor));
  const supported = Math.round(Math.log10(unit.divisor / precision));
  const most = options.withinUnit ? unit.decimals : exponent;
  // A figure that is not a multiple of its printed step (it should be) keeps the digits it has.
  let decimals = Math.min(most, Math.max(0, supported));
  while (decimals < most && Math.abs(yuan) % 10 ** (exponent - decimals) !== 0) decimals += 1;
  // Digits beyond the unit's own that are not zeros: the unit's usual rounding says it best.
  if (Math.abs(yuan) % 10 ** (exponent - decimals) !== 0) return { text: template, approximate: supported < 0 };
  const number = decimalFormat(options.lang, decimals).format(scaled(yuan, exponent, decimals));
  // The template has the sign, the unit and the language's order; only its number is replaced.
  const text = template.replace(/<?\d[\d,]*(?:\.\d+)?/, number);
  return { text, approximate: supported < 0 };
}

/**
 * A change of a share in percentage points, always signed: "+1.2个百分点" / "+1.2 pp". A change
 * too small for one decimal is given with two ("+0.04个百分点"); one too small for two is
 * `aboutZero` ("约0个百分点" / "about 0 pp"), never a sign in front of "<0.1".
 */
export function changePointsText(pp: number, lang: Lang, aboutZero: string): string {
  const oneDecimal = formatPoints(pp, lang);
  if (!oneDecimal.includes('<')) return oneDecimal;
  const twoDecimals = formatPoints(pp, lang, { decimals: 2 });
  return twoDecimals.includes('<') ? aboutZero : twoDecimals;
}
