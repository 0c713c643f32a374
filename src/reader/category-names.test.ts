import { describe, expect, it } from 'vitest';
import { categoryCode, namesOf } from './category-names.ts';

describe('category names', () => {
  const categories = new Map([
    ['卫生健康支出', '210'],
    ['住房保障支出', '221'],
  ]);
  it('finds a 类 under its older or newer name', () => {
    expect(categoryCode('医疗卫生与计划生育支出', categories)).toBe('210');
    expect(categoryCode('卫生健康支出', categories)).toBe('210');
    expect(categoryCode('住房 保障支出', categories)).toBe('221');
    expect(namesOf('节能环保支出')).toEqual(['节能环保支出', '环境保护支出']);
  });
  it('never matches by similarity', () => {
    expect(categoryCode('卫生支出', categories)).toBeUndefined();
  });
});
