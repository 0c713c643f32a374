import { describe, expect, it } from 'vitest';
import { diffRows, waterfall } from '../../../domain/compare';
import type { FunctionRow } from '../../../domain/schema';
import { BIN_COLOURS, CHANGE_BINS, binOf, binOfRatio, contrastRatio } from './change-scale';
import { changeTiles, domainWithRoom, niceTicks, rankChanges, validPath, waterfallBars } from './chart-data';

const fn = (code: string, name: string, total: number): FunctionRow => ({
  code,
  name,
  total,
  basic: total,
  project: 0,
});
const from = [
  fn('208', 'A', 100),
  fn('20801', 'A1', 100),
  fn('210', 'B', 1000),
  fn('21011', 'B1', 400),
  fn('21012', 'B2', 600),
  fn('230', 'D', 50),
];
const to = [
  fn('208', 'A', 300),
  fn('20801', 'A1', 300),
  fn('210', 'B', 900),
  fn('21011', 'B1', 900),
  fn('221', 'C', 80),
];
const rows = diffRows(from, to, 'total');
const level1 = rows.filter((r) => r.level === 1);

describe('change scale', () => {
  it('bins relative changes symmetrically; one-year lines get their own ends', () => {
    expect([0, 0.049, -0.049, 0.05, 0.2, 0.5, -0.05, -0.2, -0.5, -1].map(binOfRatio)).toEqual([
      'flat',
      'flat',
      'flat',
      'up5',
      'up20',
      'up50',
      'down5',
      'down20',
      'down50',
      'down50',
    ]);
    expect(binOf({ status: 'new', from: null, to: 5, pct: null })).toBe('new');
    expect(binOf({ status: 'removed', from: 5, to: null, pct: null })).toBe('removed');
    expect(binOf({ status: 'changed', from: 0, to: 5, pct: null })).toBe('up50');
    expect(binOf({ status: 'unchanged', from: 0, to: 0, pct: null })).toBe('flat');
  });

  it('has readable ink on every fill (WCAG AA for text)', () => {
    for (const bin of CHANGE_BINS)
      expect(contrastRatio(BIN_COLOURS[bin].fill, BIN_COLOURS[bin].ink)).toBeGreaterThanOrEqual(4.5);
  });
});

describe('rankChanges', () => {
  it('ranks by yuan, one-year lines by their whole amount', () => {
    const { bars, withoutPct } = rankChanges(level1, 'abs');
    expect(bars.map((b) => [b.code, b.value, b.status])).toEqual([
      ['208', 200, 'changed'],
      ['221', 80, 'new'],
      ['230', -50, 'removed'],
      ['210', -100, 'changed'],
    ]);
    expect(withoutPct).toEqual([]);
  });

  it('ranks by percent; lines without a percentage are listed apart, not drawn as ±100%', () => {
    const { bars, withoutPct } = rankChanges(level1, 'rel');
    expect(bars.map((b) => [b.code, b.value])).toEqual([
      ['208', 200],
      ['210', -10],
    ]);
    expect(withoutPct.map((r) => r.code)).toEqual(['221', '230']);
  });
});

describe('change treemap', () => {
  it('gives the tiles under a code, sized by the larger year, drillable when they have children', () => {
    const top = changeTiles(rows, null);
    expect(top.map((t) => [t.row.code, t.size, t.drillable, t.bin])).toEqual([
      ['208', 300, true, 'up50'],
      ['210', 1000, true, 'down5'],
      ['221', 80, false, 'new'],
      ['230', 50, false, 'removed'],
    ]);
    expect(changeTiles(rows, '210').map((t) => [t.row.code, t.size, t.bin])).toEqual([
      ['21011', 900, 'up50'],
      ['21012', 600, 'removed'],
    ]);
  });

  it('keeps the valid start of a drill path only', () => {
    expect(validPath(rows, ['210', '21011']).map((s) => s.code)).toEqual(['210', '21011']);
    expect(validPath(rows, ['210', '20801']).map((s) => s.code)).toEqual(['210']);
    expect(validPath(rows, ['999'])).toEqual([]);
  });
});

describe('waterfallBars', () => {
  it('floats each step between its running totals, with both totals from 0', () => {
    const bars = waterfallBars(waterfall(from, to, 'total', 'category'), '2021', '2026', (_k, name) => name);
    expect(bars.map((b) => [b.key, b.base, b.size, b.amount])).toEqual([
      ['from', 0, 1150, 1150],
      ['208', 1150, 200, 200],
      ['210', 1250, 100, -100],
      ['221', 1250, 80, 80],
      ['230', 1280, 50, -50],
      ['to', 0, 1280, 1280],
    ]);
  });
});

describe('niceTicks', () => {
  it('gives round steps that include 0', () => {
    expect(niceTicks(0, 53_639_128)).toEqual([0, 10_000_000, 20_000_000, 30_000_000, 40_000_000, 50_000_000]);
    expect(niceTicks(-47_774_591, 42_176_621)).toEqual([-40_000_000, -20_000_000, 0, 20_000_000, 40_000_000]);
    expect(niceTicks(-10, 200, 5)).toEqual([0, 50, 100, 150, 200]);
    expect(niceTicks(0, 0)).toEqual([0]);
  });
});

describe('domainWithRoom', () => {
  it('widens the domain by the pixels the labels need on the sides with bars', () => {
    expect(domainWithRoom(0, 100, 300, 50, 100)).toEqual([0, 150]);
    expect(domainWithRoom(-100, 100, 400, 100, 100)).toEqual([-200, 200]);
    // Labels wider than the plot: the bars keep a third of it.
    expect(domainWithRoom(0, 100, 300, 0, 1000)).toEqual([0, 1100]);
  });
});
