import { describe, expect, it } from 'vitest';
import { changePointsText, statedMoneyText } from './stated-text';

const zh = (unit: 'auto' | 'yuan' | 'mid' | 'large') => ({ lang: 'zh-CN' as const, unit });
const en = (unit: 'auto' | 'yuan' | 'mid' | 'large') => ({ lang: 'en' as const, unit });

describe('statedMoneyText', () => {
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

describe('changePointsText', () => {
  it('one decimal where it shows the change', () => {
    expect(changePointsText(1.23, 'zh-CN', '约0个百分点')).toBe('+1.2个百分点');
    expect(changePointsText(-0.5, 'en', 'about 0 pp')).toBe('\u22120.5 pp');
    expect(changePointsText(0, 'en', 'about 0 pp')).toBe('0.0 pp');
  });
  it('two decimals for a change below 0.05 points, never "+<0.1"', () => {
    expect(changePointsText(0.04, 'zh-CN', '约0个百分点')).toBe('+0.04个百分点');
    expect(changePointsText(-0.012, 'en', 'about 0 pp')).toBe('\u22120.01 pp');
  });
  it('"about 0" below 0.005 points', () => {
    expect(changePointsText(0.001, 'zh-CN', '约0个百分点')).toBe('约0个百分点');
    expect(changePointsText(-0.001, 'en', 'about 0 pp')).toBe('about 0 pp');
  });
});
