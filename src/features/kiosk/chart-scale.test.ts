import { describe, expect, it } from 'vitest';
import { chartScaleFor } from './chart-scale';

describe('chartScaleFor', () => {
  it('scales charts as much as the kiosk scales its text', () => {
    expect(chartScaleFor(28.62)).toBe(1.79); // 1920x1080
    expect(chartScaleFor(57.24)).toBe(3.58); // 3840x2160
  });

  it('never draws charts smaller than in the app, nor from a size it could not read', () => {
    expect(chartScaleFor(16)).toBe(1);
    expect(chartScaleFor(12)).toBe(1);
    expect(chartScaleFor(Number.NaN)).toBe(1);
  });
});
