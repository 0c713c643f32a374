import { describe, expect, it } from 'vitest';
import { formatStatedMoney, printedPrecision } from './stated-money';

describe('printedPrecision', () => {
  it('reads the value of the last printed digit', () => {
    expect(printedPrecision('增加4,259万元')).toBe(10_000);
    expect(printedPrecision('比2020年预算减少10,046万元')).toBe(10_000);
    expect(printedPrecision('193.70万元')).toBe(100);
    expect(printedPrecision('754.813万元')).toBe(10);
    expect(printedPrecision('246,530,872元')).toBe(1);
    expect(printedPrecision('3.0017亿元')).toBe(10_000);
  });
  it('is null without an amount', () => {
    expect(printedPrecision('持平')).toBeNull();
  });
});

describe('formatStatedMoney', () => {
  it('does not add decimals the statement does not have', () => {
    expect(formatStatedMoney(42_590_000, 10_000, { lang: 'zh-CN', unit: 'mid' })).toBe('4,259万元');
    expect(formatStatedMoney(100_460_000, 10_000, { lang: 'zh-CN', unit: 'auto' })).toBe('10,046万元');
    expect(formatStatedMoney(1_937_000, 100, { lang: 'zh-CN', unit: 'mid' })).toBe('193.70万元');
  });
  it('keeps the unit decimals that are needed to show the figure exactly', () => {
    expect(formatStatedMoney(42_590_000, 10_000, { lang: 'en', unit: 'large' })).toBe('CNY 42.59 million');
    expect(formatStatedMoney(42_590_000, 10_000, { lang: 'zh-CN', unit: 'large' })).toBe('0.4259亿元');
    expect(formatStatedMoney(42_590_000, 10_000, { lang: 'en', unit: 'mid' })).toBe('CNY 42,590 thousand');
    expect(formatStatedMoney(42_590_000, 10_000, { lang: 'zh-CN', unit: 'yuan' })).toBe('42,590,000元');
  });
  it('never drops a digit that is not zero', () => {
    // precision claimed coarser than the amount: keep everything rather than round
    expect(formatStatedMoney(42_591_200, 10_000, { lang: 'zh-CN', unit: 'mid' })).toBe('4,259.12万元');
    // finer than the unit: the unit decimals apply as usual
    expect(formatStatedMoney(7_548_130, 10, { lang: 'zh-CN', unit: 'mid' })).toBe('754.81万元');
  });
});
