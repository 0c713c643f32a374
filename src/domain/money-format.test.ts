import { describe, expect, it } from 'vitest';
import {
  MINUS,
  formatMoney,
  formatMoneyExact,
  formatNumber,
  formatPercent,
  formatPoints,
  formatSignedMoney,
  resolveUnit,
  unitLabel,
  type UnitChoice,
} from './money-format';
import type { Lang } from './lang';
const TOTAL_2026 = 30_017_000_000; // fen: 300,170,000 yuan

describe('resolveUnit', () => {
  it.each<[UnitChoice, Lang, string, number, number]>([
    ['yuan', 'zh-CN', 'yuan', 1e2, 0],
    ['mid', 'zh-CN', 'wan', 1e6, 2],
    ['large', 'zh-CN', 'yi', 1e10, 4],
    ['auto', 'zh-CN', 'wan', 1e6, 2],
    ['yuan', 'en', 'yuan', 1e2, 0],
    ['mid', 'en', 'thousand', 1e5, 1],
    ['large', 'en', 'million', 1e8, 2],
    ['auto', 'en', 'million', 1e8, 2],
  ])('%s in %s -> %s', (unit, lang, id, divisor, decimals) => {
    expect(resolveUnit(unit, lang)).toEqual({ id, divisor, decimals });
  });

  it('shows the fen in 元 only for documents that print them', () => {
    expect(resolveUnit('yuan', 'zh-CN', true)).toEqual({ id: 'yuan', divisor: 1e2, decimals: 2 });
    expect(resolveUnit('mid', 'zh-CN', true)).toEqual({ id: 'wan', divisor: 1e6, decimals: 2 });
    expect(resolveUnit('large', 'en', true)).toEqual({ id: 'million', divisor: 1e8, decimals: 2 });
  });

  it('shows the same resolution in both languages (100 yuan mid, 10,000 yuan large)', () => {
    for (const unit of ['mid', 'large'] as const) {
      const zh = resolveUnit(unit, 'zh-CN');
      const en = resolveUnit(unit, 'en');
      expect(zh.divisor / 10 ** zh.decimals).toBe(en.divisor / 10 ** en.decimals);
    }
  });
});

describe('unitLabel', () => {
  it('names every unit', () => {
    expect(unitLabel('mid', 'zh-CN')).toBe('万元');
    expect(unitLabel('large', 'zh-CN')).toBe('亿元');
    expect(unitLabel('yuan', 'zh-CN')).toBe('元');
    expect(unitLabel('auto', 'zh-CN')).toBe('万元');
    expect(unitLabel('large', 'en')).toBe('CNY million');
    expect(unitLabel('mid', 'en')).toBe('CNY thousand');
    expect(unitLabel('yuan', 'en')).toBe('CNY');
    expect(unitLabel('auto', 'en')).toBe('CNY million');
  });
});

describe('formatMoney', () => {
  it('formats the 2026 total in every unit', () => {
    expect(formatMoney(TOTAL_2026, { lang: 'zh-CN', unit: 'mid' })).toBe('30,017.00万元');
    expect(formatMoney(TOTAL_2026, { lang: 'zh-CN', unit: 'large' })).toBe('3.0017亿元');
    expect(formatMoney(TOTAL_2026, { lang: 'zh-CN', unit: 'yuan' })).toBe('300,170,000元');
    expect(formatMoney(TOTAL_2026, { lang: 'zh-CN', unit: 'auto' })).toBe('30,017.00万元');
    expect(formatMoney(TOTAL_2026, { lang: 'en', unit: 'large' })).toBe('CNY 300.17 million');
    expect(formatMoney(TOTAL_2026, { lang: 'en', unit: 'mid' })).toBe('CNY 300,170.0 thousand');
    expect(formatMoney(TOTAL_2026, { lang: 'en', unit: 'yuan' })).toBe('CNY 300,170,000');
    expect(formatMoney(TOTAL_2026, { lang: 'en', unit: 'auto' })).toBe('CNY 300.17 million');
  });

  it('leaves the unit out when asked (table cells under a unit heading)', () => {
    expect(formatMoney(TOTAL_2026, { lang: 'zh-CN', unit: 'mid', withUnit: false })).toBe('30,017.00');
    expect(formatMoney(TOTAL_2026, { lang: 'en', unit: 'large', withUnit: false })).toBe('300.17');
    expect(formatMoney(-TOTAL_2026, { lang: 'en', unit: 'large', withUnit: false })).toBe(`${MINUS}300.17`);
  });

  it('divides exactly, without float artifacts', () => {
    expect(formatMoney(1_551_703_900, { lang: 'zh-CN', unit: 'mid' })).toBe('1,551.70万元');
    expect(formatMoney(193_700_000, { lang: 'zh-CN', unit: 'mid' })).toBe('193.70万元');
    expect(formatMoney(754_813_000, { lang: 'zh-CN', unit: 'mid' })).toBe('754.81万元');
    expect(formatMoney(1_551_703_900, { lang: 'en', unit: 'large' })).toBe('CNY 15.52 million');
  });

  it('rounds .5 half away from zero on the integer (1.005万 is 1.01, not float 1.00)', () => {
    expect(formatMoney(1_005_000, { lang: 'zh-CN', unit: 'mid' })).toBe('1.01万元');
    expect(formatMoney(1_004_900, { lang: 'zh-CN', unit: 'mid' })).toBe('1.00万元');
    expect(formatMoney(-1_005_000, { lang: 'zh-CN', unit: 'mid' })).toBe(`${MINUS}1.01万元`);
    expect(formatMoney(500_000, { lang: 'en', unit: 'large' })).toBe('CNY 0.01 million');
    expect(formatMoney(499_900, { lang: 'en', unit: 'large' })).toBe('CNY <0.01 million');
    expect(formatMoney(105_000, { lang: 'en', unit: 'mid' })).toBe('CNY 1.1 thousand');
    expect(formatMoney(104_900, { lang: 'en', unit: 'mid' })).toBe('CNY 1.0 thousand');
    expect(formatMoney(12_345_500_000, { lang: 'zh-CN', unit: 'large' })).toBe('1.2346亿元');
    expect(formatMoney(99_995_000, { lang: 'en', unit: 'mid' })).toBe('CNY 1,000.0 thousand');
  });

  it('formats zero without sign and a non-zero amount that rounds to zero as "<"', () => {
    expect(formatMoney(0, { lang: 'zh-CN', unit: 'mid' })).toBe('0.00万元');
    expect(formatMoney(-0, { lang: 'zh-CN', unit: 'mid' })).toBe('0.00万元');
    expect(formatMoney(0, { lang: 'en', unit: 'large' })).toBe('CNY 0.00 million');
    expect(formatMoney(0, { lang: 'en', unit: 'yuan' })).toBe('CNY 0');
    expect(formatMoney(300_000, { lang: 'en', unit: 'large' })).toBe('CNY <0.01 million');
    expect(formatMoney(4_900, { lang: 'zh-CN', unit: 'mid' })).toBe('<0.01万元');
    expect(formatMoney(100, { lang: 'zh-CN', unit: 'large' })).toBe('<0.0001亿元');
    expect(formatMoney(-100, { lang: 'zh-CN', unit: 'large' })).toBe(`${MINUS}<0.0001亿元`);
    expect(formatMoney(100, { lang: 'zh-CN', unit: 'yuan' })).toBe('1元');
  });

  it('puts the minus sign in front of the whole figure', () => {
    expect(formatMoney(-5_363_912_800, { lang: 'zh-CN', unit: 'mid' })).toBe(`${MINUS}5,363.91万元`);
    expect(formatMoney(-5_363_912_800, { lang: 'en', unit: 'large' })).toBe(`${MINUS}CNY 53.64 million`);
    expect(formatMoney(-500, { lang: 'en', unit: 'yuan' })).toBe(`${MINUS}CNY 5`);
    expect(MINUS).toBe('\u2212');
  });

  it('handles huge amounts up to 1e13 yuan (1e15 fen) and beyond exactly', () => {
    expect(formatMoney(1e15, { lang: 'zh-CN', unit: 'yuan' })).toBe('10,000,000,000,000元');
    expect(formatMoney(1e15, { lang: 'zh-CN', unit: 'large' })).toBe('100,000.0000亿元');
    expect(formatMoney(999_999_999_999_900, { lang: 'zh-CN', unit: 'mid' })).toBe('1,000,000,000.00万元');
    expect(formatMoney(999_999_999_994_900, { lang: 'zh-CN', unit: 'mid' })).toBe('999,999,999.99万元');
    expect(formatMoney(Number.MAX_SAFE_INTEGER, { lang: 'en', unit: 'yuan' })).toBe('CNY 90,071,992,547,410');
    expect(formatMoney(Number.MAX_SAFE_INTEGER, { lang: 'en', unit: 'large' })).toBe('CNY 90,071,992.55 million');
  });

  it('refuses anything that is not integer fen', () => {
    expect(() => formatMoney(1551.7039, { lang: 'zh-CN', unit: 'mid' })).toThrow(RangeError);
    expect(() => formatMoney(Number.NaN, { lang: 'zh-CN', unit: 'mid' })).toThrow(RangeError);
    expect(() => formatMoney(Infinity, { lang: 'en', unit: 'yuan' })).toThrow(RangeError);
  });
});

// A unit budget of 普陀区 prints 96,282,213.44元: 9628221344 fen.
describe('formatMoney for documents that print fen', () => {
  const PUTUO = 9_628_221_344;
  it('shows the fen in 元, and only there', () => {
    expect(formatMoney(PUTUO, { lang: 'zh-CN', unit: 'yuan', printsFen: true })).toBe('96,282,213.44元');
    expect(formatMoney(PUTUO, { lang: 'en', unit: 'yuan', printsFen: true })).toBe('CNY 96,282,213.44');
    expect(formatMoney(114_967_800, { lang: 'zh-CN', unit: 'yuan', printsFen: true })).toBe('1,149,678.00元');
    expect(formatMoney(PUTUO, { lang: 'zh-CN', unit: 'mid', printsFen: true })).toBe('9,628.22万元');
    expect(formatMoney(PUTUO, { lang: 'zh-CN', unit: 'large', printsFen: true })).toBe('0.9628亿元');
    expect(formatMoney(PUTUO, { lang: 'en', unit: 'large', printsFen: true })).toBe('CNY 96.28 million');
    expect(formatMoney(PUTUO, { lang: 'en', unit: 'mid', printsFen: true })).toBe('CNY 96,282.2 thousand');
  });

  it('rounds fen to whole yuan for documents that print whole yuan', () => {
    expect(formatMoney(PUTUO, { lang: 'zh-CN', unit: 'yuan' })).toBe('96,282,213元');
    expect(formatMoney(9_628_221_350, { lang: 'zh-CN', unit: 'yuan' })).toBe('96,282,214元');
    expect(formatMoney(30, { lang: 'en', unit: 'yuan' })).toBe('CNY <1');
  });

  it('signs a change to the fen', () => {
    expect(formatSignedMoney(-1, { lang: 'zh-CN', unit: 'yuan', printsFen: true, withUnit: false })).toBe(
      `${MINUS}0.01`,
    );
    expect(formatSignedMoney(12_345, { lang: 'en', unit: 'yuan', printsFen: true })).toBe('+CNY 123.45');
  });
});

describe('formatSignedMoney', () => {
  it('signs increases and decreases, not zero', () => {
    expect(formatSignedMoney(5_363_912_800, { lang: 'zh-CN', unit: 'mid' })).toBe('+5,363.91万元');
    expect(formatSignedMoney(5_363_912_800, { lang: 'en', unit: 'large' })).toBe('+CNY 53.64 million');
    expect(formatSignedMoney(-15_000_000, { lang: 'zh-CN', unit: 'mid' })).toBe(`${MINUS}15.00万元`);
    expect(formatSignedMoney(0, { lang: 'zh-CN', unit: 'mid' })).toBe('0.00万元');
    expect(formatSignedMoney(4_217_662_100, { lang: 'en', unit: 'yuan' })).toBe('+CNY 42,176,621');
    expect(formatSignedMoney(2_000, { lang: 'zh-CN', unit: 'mid' })).toBe('+<0.01万元');
    expect(formatSignedMoney(2_000, { lang: 'zh-CN', unit: 'mid', withUnit: false })).toBe('+<0.01');
  });
});

describe('formatMoneyExact', () => {
  it('always shows whole yuan', () => {
    expect(formatMoneyExact(TOTAL_2026, 'zh-CN')).toBe('300,170,000元');
    expect(formatMoneyExact(TOTAL_2026, 'en')).toBe('CNY 300,170,000');
    expect(formatMoneyExact(-123_400, 'zh-CN')).toBe(`${MINUS}1,234元`);
    expect(formatMoneyExact(0, 'en')).toBe('CNY 0');
  });

  it('shows the fen of a document printing fen, and any fen an amount has', () => {
    expect(formatMoneyExact(9_628_221_344, 'zh-CN')).toBe('96,282,213.44元');
    expect(formatMoneyExact(9_628_221_344, 'en')).toBe('CNY 96,282,213.44');
    expect(formatMoneyExact(114_967_800, 'zh-CN', { printsFen: true })).toBe('1,149,678.00元');
    expect(formatMoneyExact(-5, 'en', { signed: true })).toBe(`${MINUS}CNY 0.05`);
    expect(formatMoneyExact(100, 'en', { signed: true })).toBe('+CNY 1');
  });
});

describe('formatPercent', () => {
  it('formats ratios', () => {
    expect(formatPercent(0.2176, 'zh-CN')).toBe('21.8%');
    expect(formatPercent(0.2176, 'en')).toBe('21.8%');
    expect(formatPercent(53_639_128 / 246_530_872, 'en', { signed: true })).toBe('+21.8%');
    expect(formatPercent(42_176_621 / 35_409_501, 'zh-CN', { signed: true })).toBe('+119.1%');
    expect(formatPercent(-0.05, 'en', { signed: true })).toBe(`${MINUS}5.0%`);
    expect(formatPercent(-0.05, 'en')).toBe(`${MINUS}5.0%`);
    expect(formatPercent(1, 'en', { decimals: 0 })).toBe('100%');
    expect(formatPercent(0.123456, 'en', { decimals: 2 })).toBe('12.35%');
    expect(formatPercent(12.5, 'en')).toBe('1,250.0%');
  });

  it('keeps zero unsigned and never shows a non-zero share as 0.0%', () => {
    expect(formatPercent(0, 'en', { signed: true })).toBe('0.0%');
    expect(formatPercent(0.0001, 'en')).toBe('<0.1%');
    expect(formatPercent(-0.0001, 'zh-CN', { signed: true })).toBe(`${MINUS}<0.1%`);
    expect(formatPercent(0.0005, 'en')).toBe('0.1%');
  });

  it('refuses non-finite ratios (a missing ratio is null, handled by the caller)', () => {
    expect(() => formatPercent(Infinity, 'en')).toThrow(RangeError);
    expect(() => formatPercent(Number.NaN, 'en')).toThrow(RangeError);
  });
});

describe('formatPoints', () => {
  it('formats percentage-point changes, always signed', () => {
    expect(formatPoints(1.2, 'zh-CN')).toBe('+1.2个百分点');
    expect(formatPoints(1.2, 'en')).toBe('+1.2 pp');
    expect(formatPoints(-0.34, 'en')).toBe(`${MINUS}0.3 pp`);
    expect(formatPoints(0, 'zh-CN')).toBe('0.0个百分点');
    expect(formatPoints(0.01, 'en')).toBe('+<0.1 pp');
    expect(formatPoints(2.345, 'en', { decimals: 2 })).toBe('+2.35 pp');
  });
});

describe('formatNumber', () => {
  it('groups with Intl and uses the minus sign', () => {
    expect(formatNumber(1234567, 'en')).toBe('1,234,567');
    expect(formatNumber(1234567, 'zh-CN')).toBe('1,234,567');
    expect(formatNumber(-42, 'en')).toBe(`${MINUS}42`);
    expect(formatNumber(0, 'en')).toBe('0');
    expect(formatNumber(1.23456, 'en')).toBe('1.235');
    expect(formatNumber(2, 'en', { decimals: 1 })).toBe('2.0');
    expect(formatNumber(-0.0001, 'en', { decimals: 1 })).toBe('0.0');
    expect(() => formatNumber(Number.NaN, 'en')).toThrow(RangeError);
  });
});
