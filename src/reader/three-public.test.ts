import { describe, expect, it } from 'vitest';
import { parseThreePublic } from './three-public.ts';

const table = (...text: string[]) => ({
  kind: 'threePublic' as const,
  title: '',
  unit: '万元' as const,
  lines: text.map((t, i) => ({ no: i + 1, text: t, page: null })),
});

describe('三公 table', () => {
  it('reads seven figures in 万元 (2021 PDF) and the TAB line with a blank cell (2026)', () => {
    expect(
      parseThreePublic(table('小计 购置费 运行费', '208.70 150.00 21.60 37.10 15.00 22.10 1,668.26'), 't'),
    ).toEqual({
      total: 208700000,
      overseas: 150000000,
      reception: 21600000,
      vehicles: 37100000,
      vehiclePurchase: 15000000,
      vehicleOperation: 22100000,
      agencyOperation: 1668260000,
    });
    expect(parseThreePublic(table('193.70\t150.00\t21.60\t22.10\t\t22.10\t1,741.76'), 't')).toMatchObject({
      total: 193700000,
      vehiclePurchase: 0,
      agencyOperation: 1741760000,
    });
  });
  it('places a shorter line by arithmetic, or fails when that is ambiguous', () => {
    expect(parseThreePublic(table('20.00 20.00 15.00 5.00 100.00'), 't')).toEqual({
      total: 20000000,
      overseas: 0,
      reception: 0,
      vehicles: 20000000,
      vehiclePurchase: 15000000,
      vehicleOperation: 5000000,
      agencyOperation: 100000000,
    });
    expect(() => parseThreePublic(table('1.00 1.00 171.01'), 't')).toThrow(/several placements/);
  });
});
