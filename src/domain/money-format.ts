// Display formatting of money, percentages and plain numbers for zh-CN and en.
//
// Money comes in as integer yuan (the data contract) and is only rounded here, for display.
// Scaling to 万元 / 亿元 / thousand / million is done on the integer with BigInt and rounded
// half away from zero (四舍五入, as the published tables round), so there are never float
// artifacts such as 1551.7039000001 or 1.005 -> "1.00". Intl then only places the separators.
//
// Decimals per unit: every "mid" unit shows 100-yuan steps (万元 .00, thousand .0) and every
// "large" unit shows 10,000-yuan steps (亿元 .0000, million .00), so both languages show the same
// resolution and the printed 万元 figures of the documents (e.g. 193.70万元) are reproduced.
// A non-zero amount that rounds to zero is shown as "<0.01" instead of a misleading "0.00"
// (e.g. 手续费 3,000 yuan in CNY million). The exact figure is always formatMoneyExact.
//
// Minus sign: U+2212 "−" (same width as "+", read as "minus" by screen readers). Any export
// meant for spreadsheets should write raw integers, not these strings.

export type Lang = 'zh-CN' | 'en';
/** yuan = 元 / CNY; mid = 万元 / thousand CNY; large = 亿元 / CNY million; auto = 万元 (zh), CNY million (en). */
export type UnitChoice = 'auto' | 'yuan' | 'mid' | 'large';
export type UnitId = 'yuan' | 'wan' | 'yi' | 'thousand' | 'million';

export interface ResolvedUnit {
  id: UnitId;
  divisor: number; // yuan per unit, a power of ten
  decimals: number; // fraction digits shown
}

export const MINUS = '\u2212';

const UNITS: Record<UnitId, ResolvedUnit & { exponent: number }> = {
  yuan: { id: 'yuan', divisor: 1, decimals: 0, exponent: 0 },
  wan: { id: 'wan', divisor: 1e4, decimals: 2, exponent: 4 },
  yi: { id: 'yi', divisor: 1e8, decimals: 4, exponent: 8 },
  thousand: { id: 'thousand', divisor: 1e3, decimals: 1, exponent: 3 },
  million: { id: 'million', divisor: 1e6, decimals: 2, exponent: 6 },
};

const UNIT_IDS: Record<Lang, Record<Exclude<UnitChoice, 'auto'>, UnitId>> = {
  'zh-CN': { yuan: 'yuan', mid: 'wan', large: 'yi' },
  en: { yuan: 'yuan', mid: 'thousand', large: 'million' },
};

function unitIdOf(unit: UnitChoice, lang: Lang): UnitId {
  const concrete = unit === 'auto' ? (lang === 'zh-CN' ? 'mid' : 'large') : unit;
  return UNIT_IDS[lang][concrete];
}

export function resolveUnit(unit: UnitChoice, lang: Lang): ResolvedUnit {
  const { id, divisor, decimals } = UNITS[unitIdOf(unit, lang)];
  return { id, divisor, decimals };
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

function assertYuan(yuan: number): void {
  if (!Number.isInteger(yuan)) throw new RangeError(`money must be integer yuan, got ${yuan}`);
}

/** |yuan| / 10^exponent rounded half away from zero to `decimals`, as an exact decimal string. */
function scaledAbs(yuan: number, exponent: number, decimals: number): string {
  let n = BigInt(Math.abs(yuan));
  const drop = exponent - decimals;
  if (drop > 0) {
    const f = 10n ** BigInt(drop);
    n = (n + f / 2n) / f;
  }
  const digits = n.toString().padStart(decimals + 1, '0');
  const cut = digits.length - decimals;
  return decimals > 0 ? `${digits.slice(0, cut)}.${digits.slice(cut)}` : digits;
}

type Sign = '' | '+' | typeof MINUS;

/** Magnitude text ("30,017.00" or "<0.01") and the sign to put in front of the whole figure. */
function magnitude(yuan: number, unit: ResolvedUnit, lang: Lang, signed: boolean): { text: string; sign: Sign } {
  assertYuan(yuan);
  const { exponent, decimals } = UNITS[unit.id];
  const abs = scaledAbs(yuan, exponent, decimals);
  const f = nf(lang, decimals, decimals);
  const roundsToZero = !/[1-9]/.test(abs);
  const sign: Sign = yuan < 0 ? MINUS : signed && yuan > 0 ? '+' : '';
  if (roundsToZero && yuan !== 0) {
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
}

function format(yuan: number, { lang, unit, withUnit = true }: MoneyOptions, signed: boolean): string {
  const resolved = resolveUnit(unit, lang);
  const { text, sign } = magnitude(yuan, resolved, lang, signed);
  return withUnit ? withUnitText(text, sign, resolved.id, lang) : `${sign}${text}`;
}

/** 300170000 -> "30,017.00万元" (zh mid), "3.0017亿元" (zh large), "CNY 300.17 million" (en large). */
export function formatMoney(yuan: number, options: MoneyOptions): string {
  return format(yuan, options, false);
}

/** A change: "+5,363.91万元", "−1.00万元", "0.00万元" (zero has no sign). */
export function formatSignedMoney(yuan: number, options: MoneyOptions): string {
  return format(yuan, options, true);
}

/** Always whole yuan with separators, for citing: "300,170,000元" / "CNY 300,170,000". */
export function formatMoneyExact(yuan: number, lang: Lang): string {
  return format(yuan, { lang, unit: 'yuan' }, false);
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
