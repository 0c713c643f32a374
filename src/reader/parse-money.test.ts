import { describe, expect, it } from 'vitest';
import { formatYuan, isFigure, parseWan, parseYuan } from './parse-money.ts';

describe('parse-money', () => {
  it('parses yuan with and without separators', () => {
    expect(parseYuan('246,530,872')).toBe(246530872);
    expect(parseYuan('8640')).toBe(8640);
    expect(parseYuan('1,182,496.00')).toBe(1182496);
    expect(() => parseYuan('96,282,213.44')).toThrow(/fractions of a yuan/);
    expect(() => parseYuan('12,34')).toThrow(/not a figure/);
  });

  it('converts 万元 exactly by shifting the decimal point', () => {
    expect(parseWan('193.70')).toEqual({ amount: 1937000, precision: 100 });
    expect(parseWan('754.813')).toEqual({ amount: 7548130, precision: 10 });
    expect(parseWan('1,741.76')).toEqual({ amount: 17417600, precision: 100 });
    expect(parseWan('30,017')).toEqual({ amount: 300170000, precision: 10000 });
    expect(parseWan('0.00')).toEqual({ amount: 0, precision: 100 });
    expect(parseWan('2408.84').amount).toBe(24088400);
    expect(parseWan('3943.73').amount).toBe(39437300);
    expect(parseWan('0.1234').amount).toBe(1234);
    expect(() => parseWan('1.23456')).toThrow(/finer than one yuan/);
  });

  it('recognises figures', () => {
    expect(isFigure('1,668.26')).toBe(true);
    expect(isFigure('83,000')).toBe(true);
    expect(isFigure('出')).toBe(false);
    expect(isFigure('1,66')).toBe(false);
  });

  it('formats yuan for messages', () => {
    expect(formatYuan(300170000)).toBe('300,170,000');
    expect(formatYuan(-5)).toBe('-5');
  });
});
