import { describe, expect, it } from 'vitest';
import { estimateTextWidth } from '../../../components/treemap/label-fit';
import { labelLines } from './label-lines';

describe('labelLines', () => {
  it('keeps a label that fits on one line', () => {
    expect(labelLines(['30,017.00万元'], 200)).toEqual({ lines: ['30,017.00万元'], fontSize: 11 });
  });

  it('wraps at spaces and starts a part on its own line when it does not fit, losing nothing', () => {
    const { lines, fontSize } = labelLines(['≈ CNY 346.99 million', '(derived)'], 80);
    expect(lines.join(' ')).toBe('≈ CNY 346.99 million (derived)');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(estimateTextWidth(line, fontSize)).toBeLessThanOrEqual(80);
  });

  it('joins a bracketed Chinese mark without a space when it fits', () => {
    expect(labelLines(['约34,699万元', '（推算）'], 300).lines).toEqual(['约34,699万元（推算）']);
    expect(labelLines(['约34,699万元', '（推算）'], 80).lines).toEqual(['约34,699万元', '（推算）']);
  });

  it('uses a smaller font rather than cutting a word wider than the slot', () => {
    const wide = labelLines(['约346,990,000元'], 80);
    expect(wide.fontSize).toBeLessThan(11);
    expect(wide.lines).toEqual(['约346,990,000元']);
  });
});
