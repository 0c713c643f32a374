import { describe, expect, it } from 'vitest';
import { printedPrecision, statedDifference, statedMoneyText } from './stated-money';

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

const zh = (unit: 'auto' | 'yuan' | 'mid' | 'large') => ({ lang: 'zh-CN' as const, unit });
const en = (unit: 'auto' | 'yuan' | 'mid' | 'large') => ({ lang: 'en' as const, unit });

describe('statedMoneyText', () => {
  it('statements of change in the overview: 4,259万元 in every unit, approximate only where the unit is finer', () => {
    expect(statedMoneyText(42_590_000, 10_000, zh('mid'))).toEqual({ text: '4,259万元', approximate: false });
    expect(statedMoneyText(100_460_000, 10_000, zh('auto'))).toEqual({ text: '10,046万元', approximate: false });
    expect(statedMoneyText(42_590_000, 10_000, en('large'))).toEqual({ text: 'CNY 42.59 million', approximate: false });
    expect(statedMoneyText(42_590_000, 10_000, zh('large'))).toEqual({ text: '0.4259亿元', approximate: false });
    expect(statedMoneyText(42_590_000, 10_000, en('mid'))).toEqual({ text: 'CNY 42,590 thousand', approximate: true });
    expect(statedMoneyText(42_590_000, 10_000, zh('yuan'))).toEqual({ text: '42,590,000元', approximate: true });
    expect(statedMoneyText(120_000, 10_000, zh('yuan'))).toEqual({ text: '120,000元', approximate: true });
  });

  it('shows a rounded 万元 statement in 万元 without invented decimals', () => {
    expect(statedMoneyText(246_530_000, 10_000, zh('mid'))).toEqual({ text: '24,653万元', approximate: false });
    expect(statedMoneyText(346_990_000, 10_000, en('large'))).toEqual({ text: 'CNY 346.99 million', approximate: false });
  });

  it('flags it approximate where the unit is finer than the statement (元, thousand)', () => {
    expect(statedMoneyText(346_990_000, 10_000, zh('yuan'))).toEqual({ text: '346,990,000元', approximate: true });
    expect(statedMoneyText(346_990_000, 10_000, en('mid'))).toEqual({ text: 'CNY 346,990 thousand', approximate: true });
    expect(statedMoneyText(346_990_000, 10_000, en('yuan'))).toEqual({ text: 'CNY 346,990,000', approximate: true });
  });

  it('keeps every printed digit, also finer than the unit usually shows (754.813万元)', () => {
    expect(statedMoneyText(7_548_130, 10, zh('mid')).text).toBe('754.813万元');
    expect(statedMoneyText(7_548_130, 10, en('large')).text).toBe('CNY 7.54813 million');
    expect(statedMoneyText(7_548_130, 10, zh('large')).text).toBe('0.0754813亿元');
    expect(statedMoneyText(1_937_000, 100, zh('mid')).text).toBe('193.70万元');
    expect(statedMoneyText(7_548_130, 10, zh('yuan'))).toEqual({ text: '7,548,130元', approximate: true });
  });

  it('shows zero the same however it was printed ("0万元", "0.00万元")', () => {
    expect(statedMoneyText(0, 10_000, zh('mid'))).toEqual(statedMoneyText(0, 100, zh('mid')));
    expect(statedMoneyText(0, 10_000, zh('mid')).text).toBe('0.00万元');
    expect(statedMoneyText(0, 10_000, zh('yuan')).approximate).toBe(false);
  });

  it('signs a change and keeps its precision', () => {
    expect(statedMoneyText(-42_590_000, 10_000, { ...zh('mid'), signed: true }).text).toBe('\u22124,259万元');
    expect(statedMoneyText(42_590_000, 10_000, { ...en('large'), signed: true }).text).toBe('+CNY 42.59 million');
  });

  it('shows an exact figure (precision 1) as every other amount', () => {
    expect(statedMoneyText(246_530_872, 1, zh('mid'))).toEqual({ text: '24,653.09万元', approximate: false });
  });

  it('within the unit: no more decimals than the unit shows, for an approximate figure among exact ones', () => {
    expect(statedMoneyText(2_087_000, 100, { ...en('large'), withinUnit: true }).text).toBe('CNY 2.09 million');
    expect(statedMoneyText(7_548_130, 10, { ...zh('mid'), withinUnit: true }).text).toBe('754.81万元');
    expect(statedMoneyText(346_990_000, 10_000, { ...zh('mid'), withinUnit: true }).text).toBe('34,699万元');
  });

  it('never hides a digit of a figure that is not a multiple of its step', () => {
    expect(statedMoneyText(42_591_200, 10_000, zh('mid')).text).toBe('4,259.12万元');
  });
});


describe('statedDifference', () => {
  it('is exact at the step when both figures were printed to the same step', () => {
    expect(statedDifference(37_707_548, 1, 1)).toEqual({ yuan: 37_707_548, precision: 1, approximate: false });
    expect(statedDifference(-1_500_000, 10_000, 10_000)).toEqual({ yuan: -1_500_000, precision: 10_000, approximate: false });
  });
  it('rounds to the coarser step and says approximate when the steps differ (2,100万元 − 754.813万元)', () => {
    const d = statedDifference(21_000_000 - 7_548_130, 10_000, 10);
    expect(d).toEqual({ yuan: 13_450_000, precision: 10_000, approximate: true });
    expect(statedMoneyText(d.yuan, d.precision, { lang: 'zh-CN', unit: 'mid', signed: true }).text).toBe('+1,345万元');
    expect(statedDifference(-(21_000_000 - 7_548_130), 10, 10_000).yuan).toBe(-13_450_000);
    expect(statedDifference(-15_000, 10_000, 100).yuan).toBe(-20_000); // half away from zero
  });
});
