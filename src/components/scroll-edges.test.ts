import { describe, expect, it } from 'vitest';
import { scrollEdges } from './scroll-edges';

const box = (scrollLeft: number, scrollWidth: number, clientWidth = 300, scrollHeight = 100, clientHeight = 100) => ({
  scrollLeft,
  scrollWidth,
  clientWidth,
  scrollHeight,
  clientHeight,
});

describe('scrollEdges', () => {
  it('shows the right edge while more is to the right, the left one once scrolled', () => {
    expect(scrollEdges(box(0, 500))).toEqual({ start: false, end: true, scrollable: true });
    expect(scrollEdges(box(100, 500))).toEqual({ start: true, end: true, scrollable: true });
    expect(scrollEdges(box(200, 500))).toEqual({ start: true, end: false, scrollable: true });
  });

  it('shows no edge when the content fits, ignoring sub-pixel differences', () => {
    expect(scrollEdges(box(0, 300))).toEqual({ start: false, end: false, scrollable: false });
    expect(scrollEdges(box(0, 300.5))).toEqual({ start: false, end: false, scrollable: false });
    expect(scrollEdges(box(199.6, 500))).toMatchObject({ end: false });
  });

  it('is scrollable (a tab stop) when it only scrolls down', () => {
    expect(scrollEdges(box(0, 300, 300, 900, 400))).toEqual({ start: false, end: false, scrollable: true });
  });
});
