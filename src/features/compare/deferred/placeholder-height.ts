// How tall a card is before it is drawn: the reserved height of its placeholder, so that mounting
// it later moves nothing (CLS). Measured on the real cards with the 2021/2026 documents (Chromium,
// zh-CN and en) at a phone (412 px), a tablet (800 px, one column) and a desktop (1280 px, two
// columns) width. Other data gives other heights; the estimate only has to be close, as the card
// replaces it before the reader gets there (and the browser's scroll anchoring absorbs the rest).
import type { CSSProperties } from 'react';
import type { Lang } from '../../../domain/money-format';

export const DEFERRED_CARDS = [
  'waterfall-category',
  'waterfall-basicProject',
  'split-basicProject',
  'split-personnelPublicUse',
  'lines',
  'change-bars',
  'change-treemap',
  'timeline-expenditure',
  'timeline-threePublic',
  'figures-three-public',
  'figures-procurement',
  'figures-performance',
  'budget-units',
  'projects-compare',
] as const;
export type DeferredCard = (typeof DEFERRED_CARDS)[number];

type Heights = readonly [phone: number, tablet: number, desktop: number];

const HEIGHTS: Record<Lang, Record<DeferredCard, Heights>> = {
  'zh-CN': {
    'waterfall-category': [326, 291, 291],
    'waterfall-basicProject': [324, 261, 296],
    'split-basicProject': [266, 231, 231],
    'split-personnelPublicUse': [266, 231, 231],
    lines: [880, 787, 766],
    'change-bars': [688, 613, 613],
    'change-treemap': [1099, 806, 857],
    'timeline-expenditure': [1310, 699, 764],
    'timeline-threePublic': [1007, 634, 721],
    'figures-three-public': [676, 402, 489],
    'figures-procurement': [925, 407, 493],
    'figures-performance': [799, 238, 281],
    'budget-units': [300, 249, 252],
    'projects-compare': [1159, 695, 740],
  },
  en: {
    'waterfall-category': [326, 291, 326],
    'waterfall-basicProject': [324, 296, 296],
    'split-basicProject': [288, 231, 266],
    'split-personnelPublicUse': [316, 266, 266],
    lines: [935, 816, 787],
    'change-bars': [690, 648, 613],
    'change-treemap': [810, 828, 857],
    'timeline-expenditure': [1366, 742, 856],
    'timeline-threePublic': [1178, 656, 791],
    'figures-three-public': [898, 611, 660],
    'figures-procurement': [766, 558, 709],
    'figures-performance': [424, 324, 367],
    'budget-units': [452, 252, 302],
    'projects-compare': [1514, 848, 1011],
  },
};

/**
 * The heights as CSS custom properties; compare.css picks one by the page's breakpoints: phones
 * (styles.css, 600 px) and the two-column grid (compare.css, 1000 px). Not read from the viewport
 * here: the placeholder is also rendered at build time (src/prerender), where there is none.
 */
export function placeholderHeightVars(
  card: DeferredCard,
  lang: Lang,
): CSSProperties & Record<`--ph-${'phone' | 'tablet' | 'desktop'}`, string> {
  const [phone, tablet, desktop] = HEIGHTS[lang][card];
  return { '--ph-phone': `${phone}px`, '--ph-tablet': `${tablet}px`, '--ph-desktop': `${desktop}px` };
}
