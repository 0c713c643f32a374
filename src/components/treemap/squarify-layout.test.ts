import { describe, expect, it } from 'vitest';
import { squarifyLayout, type TileLayout } from './squarify-layout';

const node = (id: string, value: number) => ({ id, value });
const area = (t: TileLayout) => t.width * t.height;
const overlaps = (a: TileLayout, b: TileLayout) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

// The three 类 of the 2026 expenditure by function, in yuan (a realistic, very uneven level).
const LEVEL = [node('221', 20_067_600), node('210', 264_585_400), node('208', 15_517_000)];
const MANY = [60, 25, 18, 12, 9, 7, 5, 3, 2, 1].map((v, i) => node(`n${i}`, v * 1000));

describe('squarifyLayout', () => {
  it('fills the whole chart: tile areas add up to width x height', () => {
    for (const [w, h] of [
      [816, 506],
      [366, 300],
      [771, 478],
    ] as const) {
      const tiles = squarifyLayout(MANY, w, h);
      expect(tiles.reduce((sum, t) => sum + area(t), 0)).toBe(w * h);
    }
  });

  it('gives each tile an area proportional to its value (within whole-pixel rounding)', () => {
    const [w, h] = [816, 506];
    const tiles = squarifyLayout(MANY, w, h);
    const total = MANY.reduce((sum, n) => sum + n.value, 0);
    for (const t of tiles) {
      const expected = (t.node.value / total) * w * h;
      // Rounding moves each edge by at most half a pixel: at most half a perimeter of area.
      expect(Math.abs(area(t) - expected)).toBeLessThanOrEqual((t.width + t.height) / 2 + 1);
    }
    // The largest is the 60 of 142 share: about 42 % of the chart.
    expect(area(tiles[0]!) / (w * h)).toBeCloseTo(60 / 142, 2);
  });

  it('keeps every tile inside the chart, on whole pixels, and no two tiles overlap', () => {
    const tiles = squarifyLayout(MANY, 390, 300);
    for (const t of tiles) {
      expect(t.x).toBeGreaterThanOrEqual(0);
      expect(t.y).toBeGreaterThanOrEqual(0);
      expect(t.x + t.width).toBeLessThanOrEqual(390);
      expect(t.y + t.height).toBeLessThanOrEqual(300);
      for (const v of [t.x, t.y, t.width, t.height]) expect(Number.isInteger(v)).toBe(true);
    }
    for (const [i, a] of tiles.entries())
      for (const b of tiles.slice(i + 1)) expect(overlaps(a, b), `${a.id} / ${b.id}`).toBe(false);
  });

  it('lays out largest first, the same way whatever the input order, ties by id', () => {
    const tiles = squarifyLayout(LEVEL, 816, 506);
    expect(tiles.map((t) => [t.id, t.index, t.depth])).toEqual([
      ['210', 0, 1],
      ['221', 1, 1],
      ['208', 2, 1],
    ]);
    // The picture the page showed before the change of layout library, to the pixel.
    expect(tiles.map(({ x, y, width, height }) => [x, y, width, height])).toEqual([
      [0, 0, 719, 506],
      [719, 0, 97, 285],
      [719, 285, 97, 221],
    ]);
    expect(squarifyLayout([...LEVEL].reverse(), 816, 506)).toEqual(tiles);
    const tied = squarifyLayout([node('b', 5), node('c', 5), node('a', 5)], 300, 100);
    expect(tied.map((t) => t.id)).toEqual(['a', 'b', 'c']);
    expect(squarifyLayout([node('c', 5), node('a', 5), node('b', 5)], 300, 100)).toEqual(tied);
  });

  it('leaves out zero, negative and non-numeric values, and draws nothing without room', () => {
    const tiles = squarifyLayout(
      [node('a', 10), node('zero', 0), node('neg', -4), node('nan', Number.NaN), node('b', 5)],
      300,
      200,
    );
    expect(tiles.map((t) => t.id)).toEqual(['a', 'b']);
    expect(tiles.reduce((sum, t) => sum + area(t), 0)).toBe(300 * 200);
    expect(squarifyLayout([node('zero', 0), node('neg', -1)], 300, 200)).toEqual([]);
    expect(squarifyLayout([], 300, 200)).toEqual([]);
    expect(squarifyLayout(LEVEL, 0, 200)).toEqual([]);
  });

  it('drops a tile rounded down to nothing instead of drawing an empty one', () => {
    const tiles = squarifyLayout([node('big', 1_000_000), node('dust', 1)], 100, 100);
    expect(tiles.map((t) => t.id)).toEqual(['big']);
    expect(area(tiles[0]!)).toBe(100 * 100);
  });

  it('hands back the node it laid out', () => {
    const nodes = [{ id: 'x', value: 3, extra: 'kept' }];
    expect(squarifyLayout(nodes, 10, 10)[0]?.node).toBe(nodes[0]);
  });
});
