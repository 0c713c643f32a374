// Display formatting of money, percentages and plain numbers for zh-CN and en.
//
// Money comes in as integer fen (the data contract, version 2) and is only rounded here, for
// display. Scaling to 元 / 万元 / 亿元 / thousand / million is done on the integer with BigInt
// (fen.ts) and rounded half away from zero (四舍五入, as the published tables round), so there are
// never float artifacts such as 1551.7039000001 or 1.005 -> "1.00". Intl then only places the
// separators.
//
// Decimals per unit: every "mid" unit shows 100-yuan steps (万元 .00, thousand .0) and every
// "large" unit shows 10,000-yuan steps (亿元 .0000, million .00), so both languages show the same
// resolution and the printed 万元 figures of the documents (e.g. 193.70万元) are reproduced. The
// 元 unit shows whole yuan, or the fen (96,282,213.44元) when the documents print fen
// (`printsFen`, BudgetDocument.printsFen): the HSA documents print whole yuan and read as they
// are printed. A non-zero amount that rounds to zero is shown as "<0.01" instead of a misleading
// "0.00" (e.g. 手续费 3,000 yuan in CNY million). The exact figure is always formatMoneyExact.
//
// Minus sign: U+2212 "−" (same width as "+", read as "minus" by screen readers). Any export
// meant for spreadsheets should write raw yuan numbers (fen.ts yuanNumber), not these strings.
import { assertFen, hasFen, scaledAbs } from './fen';
import type { Lang } from './lang';

/** yuan = 元 / CNY; mid = 万元 / thousand CNY; large = 亿元 / CNY million; auto = 万元 (zh), CNY million (en). */
export type UnitChoice = 'auto' | 'yuan' | 'mid' | 'large';
type UnitId = 'yuan' | 'wan' | 'yi' | 'thousand' | 'million';

export interface ResolvedUnit {
  id: UnitId;
  divisor: number; // fen per unit, a power of ten
  decimals: number; // fraction digits shown
}

export const MINUS = '\u2212';

// exponent: fen per unit as a power of ten. The 元 unit's decimals are 0, or 2 when the
// documents print fen (see resolveUnit).
const UNITS: Record<UnitId, { id: UnitId; decimals: number; exponent: number }> = {
  yuan: { id: 'yuan', decimals: 0, exponent: 2 },
  wan: { id: 'wan', decimals: 2, exponent: 6 },
  yi: { id: 'yi', decimals: 4, exponent: 10 },
  thousand: { id: 'thousand', decimals: 1, exponent: 5 },
  million: { id: 'million', decimals: 2, exponent: 8 },
};

const UNIT_IDS: Record<Lang, Record<Exclude<UnitChoice, 'auto'>, UnitId>> = {
  'zh-CN': { yuan: 'yuan', mid: 'wan', large: 'yi' },
  en: { yuan: 'yuan', mid: 'thousand', large: 'million' },
};

function unitIdOf(unit: UnitChoice, lang: Lang): UnitId {
  const concrete = unit === 'auto' ? (lang === 'zh-CN' ? 'mid' : 'large') : unit;
  return UNIT_IDS[lang][concrete];
}

/** The unit shown and its resolution; `printsFen`: the documents print 元 to the fen. */
export function resolveUnit(unit: UnitChoice, lang: Lang, printsFen = false): ResolvedUnit {
  const { id, decimals, exponent } = UNITS[unitIdOf(unit, lang)];
  return { id, divisor: 10 ** exponent, decimals: id === 'yuan' && printsFen ? 2 : decimals };
}

const LABELS: Record<UnitId, string> = {
  yuan: '元', // en uses 'CNY'; see unitLabel
  wan: '万元',
  yi: '亿元',
  thousand: 'CNY thousand',
  million: 'CNY million',
};

/** The unit as a heading or axis label shows it: "万元", "亿元", "元", "CNY million", "CNY thousand", "CNY". */
export function unitLabel(unit: UnitChoice, lang: Lang): string {
  const id = unitIdOf(unit, lang);
  return id === 'yuan' && lang === 'en' ? 'CNY' : LABELS[id];
}

// Creating Intl.NumberFormat is slow and tables format thousands of cells: cache per options.
const formatters = new Map<string, Intl.NumberFormat>();
function nf(lang: Lang, min: number, max: number, percent = false): Intl.NumberFormat {
  const key = `${lang}|${min}|${max}|${percent}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(lang, {
      style: percent ? 'percent' : 'decimal',
      minimumFractionDigits: min,
      maximumFractionDigits: max,
      useGrouping: true,
    });
    formatters.set(key, f);
  }
  return f;
}

/**
 * Builds a number format ahead of the first figure. The page's first Intl formatter loads the
 * locale data (60-100 ms on a phone, once); done while the data are still on their way, so the
 * first render with figures does not carry it.
 */
export function prepareNumberFormats(lang: Lang): void {
  nf(lang, 2, 2).format(0);
}

type Sign = '' | '+' | typeof MINUS;

/** Magnitude text ("30,017.00" or "<0.01") and the sign to put in front of the whole figure. */
function magnitude(fen: number, unit: ResolvedUnit, lang: Lang, signed: boolean): { text: string; sign: Sign } {
  assertFen(fen);
  const { exponent } = UNITS[unit.id];
  const { decimals } = unit;
  const abs = scaledAbs(fen, exponent, decimals);
  const f = nf(lang, decimals, decimals);
  const roundsToZero = !/[1-9]/.test(abs);
  const sign: Sign = fen < 0 ? MINUS : signed && fen > 0 ? '+' : '';
  if (roundsToZero && fen !== 0) {
    const step = decimals > 0 ? `0.${'0'.repeat(decimals - 1)}1` : '1';
    return { text: `<${f.format(step as `${number}`)}`, sign };
  }
  return { text: f.format(abs as `${number}`), sign };
}

function withUnitText(text: string, sign: Sign, id: UnitId, lang: Lang): string {
  if (lang === 'zh-CN') return `${sign}${text}${LABELS[id]}`;
  if (id === 'yuan') return `${sign}CNY ${text}`;
  return `${sign}CNY ${text} ${id}`;
}

export interface MoneyOptions {
  lang: Lang;
  unit: UnitChoice;
  /** false: the number alone, for table cells under a unit heading. */
  withUnit?: boolean;
  /** The documents shown print 元 to the fen: the 元 unit shows two decimals. Default false. */
  printsFen?: boolean;
}

function format(
  fen: number,
  { lang, unit, withUnit = true, printsFen = false }: MoneyOptions,
  signed: boolean,
): string {
  const resolved = resolveUnit(unit, lang, printsFen);
  const { text, sign } = magnitude(fen, resolved, lang, signed);
  return withUnit ? withUnitText(text, sign, resolved.id, lang) : `${sign}${text}`;
}

/** 30017000000 fen -> "30,017.00万元" (zh mid), "3.0017亿元" (zh large), "CNY 300.17 million" (en large). */
export function formatMoney(fen: number, options: MoneyOptions): string {
  return format(fen, options, false);
}

/** A change: "+5,363.91万元", "−1.00万元", "0.00万元" (zero has no sign). */
export function formatSignedMoney(fen: number, options: MoneyOptions): string {
  return format(fen, options, true);
}

/**
 * The exact figure in 元 with separators, for citing: whole yuan, "300,170,000元" /
 * "CNY 300,170,000", or to the fen when the documents print fen or the amount has fen
 * ("96,282,213.44元"): never rounded.
 */
export function formatMoneyExact(
  fen: number,
  lang: Lang,
  { printsFen = false, signed = false, withUnit = true } = {},
): string {
  return format(fen, { lang, unit: 'yuan', withUnit, printsFen: printsFen || hasFen(fen) }, signed);
}

/** Shared by percent and points: sign + "<0.1" rule on a float already in display units. */
function signedDecimal(value: number, lang: Lang, decimals: number, signed: boolean, percent: boolean): string {
  if (!Number.isFinite(value)) throw new RangeError(`cannot format ${value}`);
  const f = nf(lang, decimals, decimals, percent);
  const abs = f.format(Math.abs(value));
  const sign = value < 0 ? MINUS : signed && value > 0 ? '+' : '';
  if (!/[1-9]/.test(abs) && value !== 0) {
    const step = (percent ? 0.01 : 1) * 10 ** -decimals;
    return `${sign}<${f.format(step)}`;
  }
  return `${sign}${abs}`;
}

/** A ratio as a percentage: 0.2176 -> "21.8%", signed "+21.8%". */
export function formatPercent(ratio: number, lang: Lang, { decimals = 1, signed = false } = {}): string {
  return signedDecimal(ratio, lang, decimals, signed, true);
}

/** A change of a share, in percentage points (1.2 means 1.2 pp): "+1.2个百分点" / "+1.2 pp". Always signed. */
export function formatPoints(pp: number, lang: Lang, { decimals = 1 } = {}): string {
  const text = signedDecimal(pp, lang, decimals, true, false);
  return lang === 'zh-CN' ? `${text}个百分点` : `${text} pp`;
}

/** Counts and other plain numbers: Intl grouping, U+2212 for negatives; decimals fixed when given, else up to 3. */
export function formatNumber(n: number, lang: Lang, { decimals }: { decimals?: number } = {}): string {
  if (!Number.isFinite(n)) throw new RangeError(`cannot format ${n}`);
  const abs = (decimals === undefined ? nf(lang, 0, 3) : nf(lang, decimals, decimals)).format(Math.abs(n));
  // A negative that rounds to zero shows no sign: "−0" would suggest a value that is not there.
  return n < 0 && /[1-9]/.test(abs) ? `${MINUS}${abs}` : abs;
}
