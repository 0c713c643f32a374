// How tall a card is before it is drawn: the reserved height of its placeholder, so that drawing
// it later moves nothing (CLS). The heights are measured on the real cards by
// scripts/measure-placeholders.ts (placeholder-sizes.ts); other data gives other heights, but the
// estimate only has to be close, as the card replaces it before the reader gets there (and the
// browser's scroll anchoring absorbs the rest).
import type { CSSProperties } from 'react';
import { PLACEHOLDER_HEIGHTS } from './placeholder-sizes';
import type { Lang } from '../../../domain/lang';

/** For a card not measured yet (the registry's test says so): a card's usual height. */
const UNMEASURED = [400, 400, 400] as const;

const measuredHeights = (card: string, lang: Lang): readonly [number, number, number] | undefined =>
  PLACEHOLDER_HEIGHTS[lang][card];

/**
 * The heights as CSS custom properties; compare.css picks one by the page's breakpoints: phones
 * (600 px) and the two-column grid (1000 px). Not read from the viewport here: the placeholder
 * is also rendered at build time (src/prerender), where there is none.
 */
export function placeholderHeightVars(
  card: string,
  lang: Lang,
): CSSProperties & Record<`--ph-${'phone' | 'tablet' | 'desktop'}`, string> {
  const [phone, tablet, desktop] = measuredHeights(card, lang) ?? UNMEASURED;
  return { '--ph-phone': `${phone}px`, '--ph-tablet': `${tablet}px`, '--ph-desktop': `${desktop}px` };
}
