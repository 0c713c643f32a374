import { describe, expect, it } from 'vitest';
import { heightMessage, isRequestHeight, MAX_HEIGHT } from './height-messages';

describe('height messages', () => {
  it('rounds up and clamps the height', () => {
    expect(heightMessage(611.2)).toEqual({ type: 'hsa-embed:height', version: 1, height: 612 });
    expect(heightMessage(0).height).toBe(1);
    expect(heightMessage(1e9).height).toBe(MAX_HEIGHT);
  });
  it('accepts only the exact request shape', () => {
    expect(isRequestHeight({ type: 'hsa-embed:request-height', version: 1 })).toBe(true);
    expect(isRequestHeight({ type: 'hsa-embed:request-height', version: 2 })).toBe(false);
    expect(isRequestHeight({ type: 'hsa-embed:request-height', version: 1, extra: true })).toBe(false);
    expect(isRequestHeight({ type: 'hsa-embed:height', version: 1 })).toBe(false);
    expect(isRequestHeight('hsa-embed:request-height')).toBe(false);
    expect(isRequestHeight(null)).toBe(false);
    expect(isRequestHeight([])).toBe(false);
  });
});
