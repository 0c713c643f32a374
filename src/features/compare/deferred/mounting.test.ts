import { describe, expect, it } from 'vitest';
import { NONE_MOUNTED, withCards } from './mounting';
import { DEFERRED_CARDS, placeholderHeightVars } from './placeholder-height';

describe('withCards', () => {
  it('adds cards with their widths, and returns the same state when nothing is new (no re-render)', () => {
    const one = withCards(NONE_MOUNTED, [{ card: 'change-bars', width: 600 }]);
    expect([...one.cards]).toEqual([['change-bars', 600]]);
    expect(withCards(one, [{ card: 'change-bars', width: 500 }])).toBe(one);
    const two = withCards(one, [{ card: 'lines', width: null }]);
    expect([...two.cards.keys()]).toEqual(['change-bars', 'lines']);
    expect(one.cards.size).toBe(1);
  });

  it('all: every card, for good', () => {
    const all = withCards(NONE_MOUNTED, 'all');
    expect(all.all).toBe(true);
    expect(withCards(all, [{ card: 'lines', width: 1 }])).toBe(all);
  });
});

describe('placeholderHeightVars', () => {
  it('has a height for every deferred card in both languages at each breakpoint', () => {
    for (const card of DEFERRED_CARDS)
      for (const lang of ['zh-CN', 'en'] as const)
        for (const height of Object.values(placeholderHeightVars(card, lang)))
          expect(parseInt(height, 10)).toBeGreaterThan(150);
    expect(placeholderHeightVars('timeline-expenditure', 'zh-CN')).toEqual({
      '--ph-phone': '1310px',
      '--ph-tablet': '699px',
      '--ph-desktop': '764px',
    });
  });
});
