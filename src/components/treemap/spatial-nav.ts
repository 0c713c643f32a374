// Arrow-key movement between treemap tiles by their position on screen: Right goes to the tile
// to the right that lines up best, not to the next item in the data. Pure, so it is tested
// without a browser; the component feeds it the rectangles it drew.

export interface TileRect {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export type Direction = 'left' | 'right' | 'up' | 'down';

// The layout rounds tile edges to whole pixels; allow that much slack when deciding "beside".
const SLACK = 1.5;
const OUT_OF_LINE = 1e6;

interface Span {
  start: number;
  end: number;
}

const along = (r: TileRect, horizontal: boolean): Span =>
  horizontal ? { start: r.x, end: r.x + r.width } : { start: r.y, end: r.y + r.height };
const across = (r: TileRect, horizontal: boolean): Span =>
  horizontal ? { start: r.y, end: r.y + r.height } : { start: r.x, end: r.x + r.width };

/**
 * The tile reached from `fromId` by one step in `direction`, or `fromId` itself when there is
 * none that way. Among the tiles lying entirely in that direction, those in line with the current
 * one (overlapping across the direction) come first and the nearest edge wins; ties go to the
 * larger overlap, then to the tile nearer the top or left. Only when no tile is in line does the
 * nearest out-of-line tile win (its offset counting twice).
 */
export function nextTile(rects: readonly TileRect[], fromId: string, direction: Direction): string {
  const from = rects.find((r) => r.id === fromId);
  if (!from) return rects[0]?.id ?? fromId;
  const horizontal = direction === 'left' || direction === 'right';
  const forward = direction === 'right' || direction === 'down';
  const a = along(from, horizontal);
  const c = across(from, horizontal);
  let best: { id: string; score: number; overlap: number; start: number } | null = null;
  for (const rect of rects) {
    if (rect.id === fromId) continue;
    const ra = along(rect, horizontal);
    const gap = forward ? ra.start - a.end : a.start - ra.end;
    if (gap < -SLACK) continue; // not entirely on that side
    const rc = across(rect, horizontal);
    const overlap = Math.min(c.end, rc.end) - Math.max(c.start, rc.start);
    // A tile in line (overlapping across the direction) always beats one that is not.
    const score = overlap > SLACK ? Math.max(gap, 0) : OUT_OF_LINE + Math.max(gap, 0) + 2 * -overlap;
    const better =
      !best ||
      score < best.score - 0.01 ||
      (Math.abs(score - best.score) <= 0.01 &&
        (overlap > best.overlap + 0.01 || (Math.abs(overlap - best.overlap) <= 0.01 && rc.start < best.start)));
    if (better) best = { id: rect.id, score, overlap, start: rc.start };
  }
  return best?.id ?? fromId;
}

export function directionOfKey(key: string): Direction | null {
  switch (key) {
    case 'ArrowLeft':
      return 'left';
    case 'ArrowRight':
      return 'right';
    case 'ArrowUp':
      return 'up';
    case 'ArrowDown':
      return 'down';
    default:
      return null;
  }
}
