import { describe, expect, it } from 'vitest';
import { directionOfKey, nextTile, type TileRect } from './spatial-nav';

// +-------+---+---+
// |       | B | C |
// |   A   +---+---+
// |       |   D   |
// +-------+---+---+
// |   E   | F |
// +-------+---+
const r = (id: string, x: number, y: number, width: number, height: number): TileRect => ({ id, x, y, width, height });
const RECTS = [
  r('A', 0, 0, 200, 200),
  r('B', 200, 0, 100, 80),
  r('C', 300, 0, 100, 80),
  r('D', 200, 80, 200, 120),
  r('E', 0, 200, 200, 60),
  r('F', 200, 200, 100, 60),
];

describe('nextTile', () => {
  it('moves to the neighbour that lines up best', () => {
    expect(nextTile(RECTS, 'A', 'right')).toBe('D'); // B and D both touch A; D shares more of its edge
    expect(nextTile(RECTS, 'B', 'right')).toBe('C');
    expect(nextTile(RECTS, 'B', 'down')).toBe('D');
    expect(nextTile(RECTS, 'D', 'left')).toBe('A');
    expect(nextTile(RECTS, 'D', 'up')).toBe('B');
    expect(nextTile(RECTS, 'A', 'down')).toBe('E');
    expect(nextTile(RECTS, 'E', 'right')).toBe('F');
    expect(nextTile(RECTS, 'F', 'up')).toBe('D');
    expect(nextTile(RECTS, 'C', 'down')).toBe('D');
  });

  it('prefers a tile that overlaps across the direction over a nearer one that does not', () => {
    const rects = [r('X', 0, 0, 50, 50), r('far', 200, 0, 50, 50), r('near-off', 60, 100, 50, 50)];
    expect(nextTile(rects, 'X', 'right')).toBe('far');
    expect(nextTile(rects, 'X', 'down')).toBe('near-off');
  });

  it('breaks a tie of gap and overlap towards the top', () => {
    const rects = [r('L', 0, 0, 100, 100), r('T', 100, 0, 50, 50), r('U', 100, 50, 50, 50)];
    expect(nextTile(rects, 'L', 'right')).toBe('T');
  });

  it('stays put at an edge', () => {
    expect(nextTile(RECTS, 'A', 'left')).toBe('A');
    expect(nextTile(RECTS, 'C', 'up')).toBe('C');
    expect(nextTile(RECTS, 'C', 'right')).toBe('C');
  });

  it('tolerates pixel rounding at shared edges', () => {
    const rects = [r('P', 0, 0, 100.4, 50), r('Q', 99.6, 0, 100, 50)];
    expect(nextTile(rects, 'P', 'right')).toBe('Q');
    expect(nextTile(rects, 'Q', 'left')).toBe('P');
  });

  it('starts at the first tile when the current one is gone', () => {
    expect(nextTile(RECTS, 'gone', 'right')).toBe('A');
    expect(nextTile([], 'gone', 'right')).toBe('gone');
  });
});

describe('directionOfKey', () => {
  it('maps arrow keys and nothing else', () => {
    expect(directionOfKey('ArrowUp')).toBe('up');
    expect(directionOfKey('ArrowLeft')).toBe('left');
    expect(directionOfKey('Enter')).toBeNull();
  });
});
