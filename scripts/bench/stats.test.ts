import { describe, expect, it } from 'vitest';
import { median, quantile, spread } from './stats';

describe('stats', () => {
  it('computes medians of odd and even counts', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(Number.isNaN(median([]))).toBe(true);
  });
  it('interpolates quantiles and reports the spread', () => {
    expect(quantile([0, 10], 0.25)).toBe(2.5);
    expect(spread([5, 1, 9])).toEqual({ median: 5, p25: 3, p75: 7, min: 1, max: 9 });
  });
});
