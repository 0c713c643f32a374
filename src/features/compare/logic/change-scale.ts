// The diverging colour scale of the change charts. ColorBrewer PuOr (orange = less, purple =
// more), which stays ordered and distinguishable for the common colour-vision deficiencies and
// in greyscale; the same in both themes (tiles carry their own ink). Lines of one year only get
// the two darkest ends, "no longer listed" and "new", and always carry that word on the tile,
// in the list and in the legend: colour is never the only carrier of the meaning.
//
// A line printed in both years with 0 in the first has no percentage; it counts as the top bin.
import type { DiffStatus } from '../../../domain/compare';

export type ChangeBin = 'removed' | 'down50' | 'down20' | 'down5' | 'flat' | 'up5' | 'up20' | 'up50' | 'new';

/** Legend order: from the strongest decrease to the strongest increase. */
export const CHANGE_BINS: readonly ChangeBin[] = [
  'removed',
  'down50',
  'down20',
  'down5',
  'flat',
  'up5',
  'up20',
  'up50',
  'new',
];

const DARK_INK = '#1b1d1f';
const LIGHT_INK = '#ffffff';

export const BIN_COLOURS: Record<ChangeBin, { fill: string; ink: string }> = {
  removed: { fill: '#7f3b08', ink: LIGHT_INK },
  down50: { fill: '#b35806', ink: LIGHT_INK },
  down20: { fill: '#f1a340', ink: DARK_INK },
  down5: { fill: '#fee0b6', ink: DARK_INK },
  flat: { fill: '#f7f7f7', ink: DARK_INK },
  up5: { fill: '#d8daeb', ink: DARK_INK },
  up20: { fill: '#998ec3', ink: DARK_INK },
  up50: { fill: '#542788', ink: LIGHT_INK },
  new: { fill: '#2d004b', ink: LIGHT_INK },
};

/** The bin of a relative change (ratio, 0.2 = +20%): under 5% either way is "flat". */
export function binOfRatio(ratio: number): ChangeBin {
  const m = Math.abs(ratio);
  if (m < 0.05) return 'flat';
  if (ratio > 0) return m < 0.2 ? 'up5' : m < 0.5 ? 'up20' : 'up50';
  return m < 0.2 ? 'down5' : m < 0.5 ? 'down20' : 'down50';
}

export function binOf(row: {
  status: DiffStatus;
  from: number | null;
  to: number | null;
  pct: number | null;
}): ChangeBin {
  if (row.status === 'new') return 'new';
  if (row.status === 'removed') return 'removed';
  if (row.pct !== null) return binOfRatio(row.pct);
  // Both years printed, the first at 0: an increase without a percentage (or 0 -> 0).
  return (row.to ?? 0) > 0 ? 'up50' : 'flat';
}

/** WCAG 2 contrast ratio of two #rrggbb colours (for the tests and the ink choice). */
export function contrastRatio(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
}
