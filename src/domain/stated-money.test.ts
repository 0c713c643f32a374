import { describe, expect, it } from 'vitest';
import { printedPrecision, statedDifference, statedMoneyText } from './stated-money';

describe('printedPrecision', () => {
  it('reads the value of the last printed digit', () => {
    expect(printedPrecision('增加4,259万元')).toBe(1_000_000);
    expect(printedPrecision('比2020年预算减少10,046万元')).toBe(1_000_000);
    expect(printedPrecision('193.70万元')).toBe(10_000);
    expect(printedPrecision('754.813万元')).toBe(1_000);
    expect(printedPrecision('246,530,872元')).toBe(100);
    expect(printedPrecision('96,282,213.44元')).toBe(1);
    expect(printedPrecision('3.0017亿元')).toBe(1_000_000);
  });
  it('is null without an amount', () => {
    expect(printedPrecision('持平')).toBeNull();
  });
});

const zh = (unit: 'auto' | 'yuan' | 'mid' | 'large') => ({ lang: 'zh-CN' as const, unit });
const en = (unit: 'auto' | 'yuan' | 'mid' | 'large') => ({ lang: 'en' as const, unit });

describe('statedMoneyText', () => {
  it('statements of change in the overview: 4,259万元 in every unit, approximate only where the unit is finer', () => {
    expect(statedMoneyText(4_259_000_000, 1_000_000, zh('mid'))).toEqual({ text: '4,259万元', approximate: false });
    expect(statedMoneyText(10_046_000_000, 1_000_000, zh('auto'))).toEqual({ text: '10,046万元', approximate: false });
    expect(statedMoneyText(4_259_000_000, 1_000_000, en('large'))).toEqual({
      text: 'CNY 42.59 million',
      approximate: false,
    });
    expect(statedMoneyText(4_259_000_000, 1_000_000, zh('large'))).toEqual({ text: '0.4259亿元', approximate: false });
    expect(statedMoneyText(4_259_000_000, 1_000_000, en('mid'))).toEqual({
      text: 'CNY 42,590 thousand',
      approximate: true,
    });
    expect(statedMoneyText(4_259_000_000, 1_000_000, zh('yuan'))).toEqual({ text: '42,590,000元', approximate: true });
    expect(statedMoneyText(12_000_000, 1_000_000, zh('yuan'))).toEqual({ text: '120,000元', approximate: true });
  });

  it('shows a rounded 万元 statement in 万元 without invented decimals', () => {
    expect(statedMoneyText(24_653_000_000, 1_000_000, zh('mid'))).toEqual({ text: '24,653万元', approximate: false });
    expect(statedMoneyText(34_699_000_000, 1_000_000, en('large'))).toEqual({
      text: 'CNY 346.99 million',
      approximate: false,
    });
  });

  it('flags it approximate where the unit is finer than the statement (元, thousand)', () => {
    expect(statedMoneyText(34_699_000_000, 1_000_000, zh('yuan'))).toEqual({
      text: '346,990,000元',
      approximate: true,
    });
    expect(statedMoneyText(34_699_000_000, 1_000_000, en('mid'))).toEqual({
      text: 'CNY 346,990 thousand',
      approximate: true,
    });
    expect(statedMoneyText(34_699_000_000, 1_000_000, en('yuan'))).toEqual({
      text: 'CNY 346,990,000',
      approximate: true,
    });
  });

  it('keeps every printed digit, also finer than the unit usually shows (754.813万元)', () => {
    expect(statedMoneyText(754_813_000, 1_000, zh('mid')).text).toBe('754.813万元');
    expect(statedMoneyText(754_813_000, 1_000, en('large')).text).toBe('CNY 7.54813 million');
    expect(statedMoneyText(754_813_000, 1_000, zh('large')).text).toBe('0.0754813亿元');
    expect(statedMoneyText(193_700_000, 10_000, zh('mid')).text).toBe('193.70万元');
    expect(statedMoneyText(754_813_000, 1_000, zh('yuan'))).toEqual({ text: '7,548,130元', approximate: true });
  });

  it('shows zero the same however it was printed ("0万元", "0.00万元")', () => {
    expect(statedMoneyText(0, 1_000_000, zh('mid'))).toEqual(statedMoneyText(0, 10_000, zh('mid')));
    expect(statedMoneyText(0, 1_000_000, zh('mid')).text).toBe('0.00万元');
    expect(statedMoneyText(0, 1_000_000, zh('yuan')).approximate).toBe(false);
  });

  it('signs a change and keeps its precision', () => {
    expect(statedMoneyText(-4_259_000_000, 1_000_000, { ...zh('mid'), signed: true }).text).toBe('\u22124,259万元');
    expect(statedMoneyText(4_259_000_000, 1_000_000, { ...en('large'), signed: true }).text).toBe('+CNY 42.59 million');
  });

  it('shows an exact figure (to the yuan or finer) as every other amount', () => {
    expect(statedMoneyText(24_653_087_200, 100, zh('mid'))).toEqual({ text: '24,653.09万元', approximate: false });
  });

  it('within the unit: no more decimals than the unit shows, for an approximate figure among exact ones', () => {
    expect(statedMoneyText(208_700_000, 10_000, { ...en('large'), withinUnit: true }).text).toBe('CNY 2.09 million');
    expect(statedMoneyText(754_813_000, 1_000, { ...zh('mid'), withinUnit: true }).text).toBe('754.81万元');
    expect(statedMoneyText(34_699_000_000, 1_000_000, { ...zh('mid'), withinUnit: true }).text).toBe('34,699万元');
  });

  it('never hides a digit of a figure that is not a multiple of its step', () => {
    expect(statedMoneyText(4_259_120_000, 1_000_000, zh('mid')).text).toBe('4,259.12万元');
  });
});

describe('statedDifference', () => {
  it('is exact at the step when both figures were printed to the same step', () => {
    expect(statedDifference(3_770_754_800, 100, 100)).toEqual({
      amount: 3_770_754_800,
      precision: 100,
      approximate: false,
    });
    expect(statedDifference(-150_000_000, 1_000_000, 1_000_000)).toEqual({
      amount: -150_000_000,
      precision: 1_000_000,
      approximate: false,
    });
  });
  it('rounds to the coarser step and says approximate when the steps differ (2,100万元 − 754.813万元)', () => {
    const d = statedDifference(2_100_000_000 - 754_813_000, 1_000_000, 1_000);
    expect(d).toEqual({ amount: 1_345_000_000, precision: 1_000_000, approximate: true });
    expect(statedMoneyText(d.amount, d.precision, { lang: 'zh-CN', unit: 'mid', signed: true }).text).toBe(
      '+1,345万元',
    );
    expect(statedDifference(-(2_100_000_000 - 754_813_000), 1_000, 1_000_000).amount).toBe(-1_345_000_000);
    expect(statedDifference(-1_500_000, 1_000_000, 10_000).amount).toBe(-2_000_000); // half away from zero
  });
});

describe('statedMoneyText for documents printing fen', () => {
  const fen = (unit: 'yuan' | 'mid') => ({ lang: 'zh-CN' as const, unit, printsFen: true });
  it('shows a figure printed to the fen as every other amount, with its fen in 元', () => {
    expect(statedMoneyText(9_628_221_344, 1, fen('yuan'))).toEqual({ text: '96,282,213.44元', approximate: false });
    expect(statedMoneyText(9_628_221_344, 1, fen('mid'))).toEqual({ text: '9,628.22万元', approximate: false });
  });
  it('keeps a 万元 statement at its printed digits, in 元 without invented fen', () => {
    expect(statedMoneyText(754_813_000, 1_000, fen('mid')).text).toBe('754.813万元');
    expect(statedMoneyText(754_813_000, 1_000, fen('yuan'))).toEqual({ text: '7,548,130元', approximate: true });
  });
});
