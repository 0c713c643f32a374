import { describe, expect, it } from 'vitest';
import {
  formatFen,
  isFigure,
  parseMoney,
  parseWan,
  parseYuanToFen,
  printsDecimals,
  splitGlued,
} from './parse-money.ts';

describe('parse-money', () => {
  it('parses yuan into fen, with and without separators and fen', () => {
    expect(parseYuanToFen('246,530,872')).toBe(24653087200);
    expect(parseYuanToFen('8640')).toBe(864000);
    expect(parseYuanToFen('1,182,496.00')).toBe(118249600);
    expect(parseYuanToFen('96,282,213.44')).toBe(9628221344);
    expect(parseYuanToFen('2141724.44')).toBe(214172444);
    expect(parseYuanToFen('0')).toBe(0);
    expect(parseYuanToFen('0.00')).toBe(0);
    expect(() => parseYuanToFen('1.234')).toThrow(/finer than one fen/);
    expect(() => parseYuanToFen('12,34')).toThrow(/not a figure/);
  });

  it('converts 万元 exactly by shifting the decimal point', () => {
    expect(parseWan('193.70')).toEqual({ amount: 193700000, precision: 10000 });
    expect(parseWan('754.813')).toEqual({ amount: 754813000, precision: 1000 });
    expect(parseWan('1,741.76')).toEqual({ amount: 1741760000, precision: 10000 });
    expect(parseWan('30,017')).toEqual({ amount: 30017000000, precision: 1000000 });
    expect(parseWan('0.00')).toEqual({ amount: 0, precision: 10000 });
    expect(parseWan('10.81').amount).toBe(10810000);
    expect(parseWan('0.1234').amount).toBe(123400);
    expect(() => parseWan('1.2345678')).toThrow(/finer than one fen/);
    expect(parseMoney('171.01', '万元')).toBe(171010000);
    expect(parseMoney('171.01', '元')).toBe(17101);
  });

  it('recognises figures and printed decimals', () => {
    expect(isFigure('1,668.26')).toBe(true);
    expect(isFigure('83,000')).toBe(true);
    expect(isFigure('出')).toBe(false);
    expect(isFigure('1,66')).toBe(false);
    expect(printsDecimals('1149678.00')).toBe(true);
    expect(printsDecimals('1,149,678')).toBe(false);
  });

  it('formats fen for messages', () => {
    expect(formatFen(9628221344)).toBe('96,282,213.44');
    expect(formatFen(30017000000)).toBe('300,170,000');
    expect(formatFen(-5)).toBe('-0.05');
  });
});

describe('figures glued to labels', () => {
  it('splits a figure from the label that follows or precedes it', () => {
    expect(splitGlued(['96,282,213.44一、公共安全支出'])).toEqual(['96,282,213.44', '一、公共安全支出']);
    expect(splitGlued(['合计96282213.44'])).toEqual(['合计', '96282213.44']);
    expect(splitGlued(['支出总计371,514,655.00'])).toEqual(['支出总计', '371,514,655.00']);
  });
  it('leaves years, counts and plain labels alone', () => {
    expect(splitGlued(['2025年预算单位', '3辆', '1.00', '一般公共服务支出', '208', '1、一般公共预算资金'])).toEqual([
      '2025年预算单位',
      '3辆',
      '1.00',
      '一般公共服务支出',
      '208',
      '1、一般公共预算资金',
    ]);
  });
});
