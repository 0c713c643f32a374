import { describe, expect, it } from 'vitest';
import { CATEGORY_PALETTE_SIZE, KNOWN_CATEGORY_CODES, categoryColour, categoryIndex } from './category-colour';

describe('categoryColour', () => {
  it('gives every known 类 its own slot', () => {
    const slots = KNOWN_CATEGORY_CODES.map(categoryIndex);
    expect(new Set(slots).size).toBe(KNOWN_CATEGORY_CODES.length);
    expect(KNOWN_CATEGORY_CODES.length).toBeLessThanOrEqual(CATEGORY_PALETTE_SIZE);
  });

  it('depends on the code, not on which other codes are present', () => {
    expect(categoryIndex('221')).toBe(3);
    expect(categoryColour('221')).toEqual({ index: 3, fill: 'var(--cat-3)', ink: 'var(--cat-3-ink)' });
  });

  it('colours a 款 or 项 like its 类', () => {
    expect(categoryIndex('21015')).toBe(categoryIndex('210'));
    expect(categoryIndex('2101504')).toBe(categoryIndex('210'));
    expect(categoryIndex('30201')).toBe(categoryIndex('302'));
  });

  it('keeps unknown codes in the palette and stable', () => {
    for (const code of ['201', '213', '399', '999']) {
      const index = categoryIndex(code);
      expect(index).toBeGreaterThanOrEqual(1);
      expect(index).toBeLessThanOrEqual(CATEGORY_PALETTE_SIZE);
      expect(categoryIndex(code)).toBe(index);
    }
    expect(categoryIndex('213')).not.toBe(categoryIndex('214'));
  });
});
