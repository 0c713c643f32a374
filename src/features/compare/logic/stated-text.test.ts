import { describe, expect, it } from 'vitest';
import { changePointsText } from './stated-text';

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
