import { describe, expect, it } from 'vitest';
import { hasFen, scaledAbs, yuanNumber, yuanText } from './fen';

describe('yuanText and yuanNumber', () => {
  it('give yuan exactly, as a decimal without trailing zeros', () => {
    expect(yuanText(9_628_221_344)).toBe('96282213.44');
    expect(yuanText(24_653_087_200)).toBe('246530872');
    expect(yuanText(9_628_221_340)).toBe('96282213.4');
    expect(yuanText(-5)).toBe('-0.05');
    expect(yuanText(0)).toBe('0');
    expect(yuanText(-5_363_912_800)).toBe('-53639128');
    expect(yuanNumber(9_628_221_344)).toBe(96_282_213.44);
    expect(String(yuanNumber(9_628_221_344))).toBe('96282213.44');
    expect(yuanNumber(24_653_087_200)).toBe(246_530_872);
  });

  it('refuses a fraction of a fen', () => {
    expect(() => yuanText(0.5)).toThrow(RangeError);
  });
});

describe('scaledAbs', () => {
  it('scales by a power of ten, rounding half away from zero', () => {
    expect(scaledAbs(754_813_000, 6, 3)).toBe('754.813');
    expect(scaledAbs(754_813_000, 6, 2)).toBe('754.81');
    expect(scaledAbs(-1_005_000, 6, 2)).toBe('1.01');
    expect(scaledAbs(5, 0, 2)).toBe('5.00');
  });

  it('tells whether an amount has fen', () => {
    expect(hasFen(9_628_221_344)).toBe(true);
    expect(hasFen(24_653_087_200)).toBe(false);
    expect(hasFen(-5)).toBe(true);
  });
});
