import { describe, expect, it } from 'vitest';
import { shareFileName } from '../../../components/chart-export/file-name';
import { CARD_IDS, COMPARE_CARDS } from './registry';
import { PLACEHOLDER_HEIGHTS } from './placeholder-sizes';
import { placeholderHeightVars } from './placeholder-style';
import { SECTIONS } from './sections';
import { LANGS } from '../../../domain/lang';

describe('the compare cards', () => {
  it('have distinct ASCII ids, so that each downloads under a name of its own', () => {
    expect(new Set(CARD_IDS).size).toBe(CARD_IDS.length);
    for (const id of CARD_IDS) expect(id).toMatch(/^[a-z][A-Za-z0-9-]*$/);
    const names = CARD_IDS.map((id) =>
      shareFileName({ exportId: `compare-${id}`, view: 'compare', years: [2021, 2026], path: [] }, 'png'),
    );
    expect(new Set(names).size).toBe(CARD_IDS.length);
    expect(names[0]).toBe('hsa-budget-compare-waterfall-category-2021-2026.png');
  });

  it('come in the order of their sections, which they all fill', () => {
    const order = COMPARE_CARDS.map((card) => SECTIONS.indexOf(card.section));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(new Set(COMPARE_CARDS.map((card) => card.section))).toEqual(new Set(SECTIONS));
  });

  it('each have a measured placeholder height, in both languages at each width, when drawn deferred', () => {
    const deferred = COMPARE_CARDS.filter((card) => card.draw === 'deferred').map((card) => card.id);
    for (const lang of LANGS) {
      // A card missing here, or one no longer in the registry: rerun scripts/measure-placeholders.ts.
      expect(Object.keys(PLACEHOLDER_HEIGHTS[lang])).toEqual(expect.arrayContaining(deferred));
      expect(CARD_IDS).toEqual(expect.arrayContaining(Object.keys(PLACEHOLDER_HEIGHTS[lang])));
      for (const id of deferred)
        for (const height of Object.values(placeholderHeightVars(id, lang)))
          expect(parseInt(height, 10)).toBeGreaterThan(150);
    }
    const [phone, tablet, desktop] = PLACEHOLDER_HEIGHTS['zh-CN']['timeline-expenditure']!;
    expect(placeholderHeightVars('timeline-expenditure', 'zh-CN')).toEqual({
      '--ph-phone': `${phone}px`,
      '--ph-tablet': `${tablet}px`,
      '--ph-desktop': `${desktop}px`,
    });
  });
});
