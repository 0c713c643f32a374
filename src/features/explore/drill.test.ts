import { describe, expect, it } from 'vitest';
import { buildTree } from '../../domain/hierarchy';
import type { EconomicRow, FunctionRow } from '../../domain/schema';
import { levelItems, pathToItem, pathUp, resolveDrill } from './drill';

const fn = (code: string, name: string, basic: number, project: number): FunctionRow => ({
  code,
  name,
  total: basic + project,
  basic,
  project,
});

// From the 2026 expenditure table (表3), shortened; parents are the sums of the children here.
const TREE = buildTree([
  fn('208', '社会保障和就业支出', 15_304_566, 212_473),
  fn('20801', '人力资源和社会保障管理事务', 0, 212_473),
  fn('2080199', '其他人力资源和社会保障管理事务支出', 0, 212_473),
  fn('20805', '行政事业单位养老支出', 15_304_566, 0),
  fn('2080505', '机关事业单位基本养老保险缴费支出', 15_304_566, 0),
  fn('210', '卫生健康支出', 72_418_275, 77_610_122),
  fn('21015', '医疗保障管理事务', 72_418_275, 77_586_122),
  fn('2101501', '行政运行', 72_418_275, 0),
  fn('2101504', '信息化建设', 0, 77_586_122),
  fn('21099', '其他卫生健康支出', 0, 24_000),
  fn('2109999', '其他卫生健康支出', 0, 24_000),
]);
const TOTAL = 15_517_039 + 150_028_397;

describe('resolveDrill', () => {
  it('shows the top level for the empty path', () => {
    const level = resolveDrill(TREE, []);
    expect(level).toMatchObject({ trail: [], parent: null, leaf: null, codes: [], valid: true });
    expect(level.items.map((n) => n.code)).toEqual(['208', '210']);
  });

  it('opens lines down the path', () => {
    const level = resolveDrill(TREE, ['210', '21015']);
    expect(level.trail.map((n) => n.code)).toEqual(['210', '21015']);
    expect(level.parent?.code).toBe('21015');
    expect(level.items.map((n) => n.code)).toEqual(['2101501', '2101504']);
    expect(level.leaf).toBeNull();
  });

  it('selects a line without children instead of opening it', () => {
    const level = resolveDrill(TREE, ['210', '21015', '2101504']);
    expect(level.leaf?.name).toBe('信息化建设');
    expect(level.trail.map((n) => n.code)).toEqual(['210', '21015']);
    expect(level.items.map((n) => n.code)).toEqual(['2101501', '2101504']);
    expect(level.codes).toEqual(['210', '21015', '2101504']);
    expect(level.valid).toBe(true);
  });

  it('falls back to the longest valid prefix and says so', () => {
    const level = resolveDrill(TREE, ['210', '21011', '2101101']);
    expect(level.valid).toBe(false);
    expect(level.codes).toEqual(['210']);
    expect(level.items.map((n) => n.code)).toEqual(['21015', '21099']);
    expect(resolveDrill(TREE, ['999']).codes).toEqual([]);
  });

  it('treats an economic 款 as a leaf', () => {
    const eco: EconomicRow[] = [
      { code: '301', name: '工资福利支出', total: 107_827_504, personnel: 107_827_504, publicUse: 0 },
      { code: '30101', name: '基本工资', total: 15_354_647, personnel: 15_354_647, publicUse: 0 },
    ];
    const level = resolveDrill(buildTree(eco), ['301', '30101']);
    expect(level.leaf?.code).toBe('30101');
    expect(level.parent?.code).toBe('301');
  });

  it('does not hand out the tree array itself', () => {
    resolveDrill(TREE, []).items.pop();
    expect(TREE).toHaveLength(2);
  });
});

describe('pathToItem and pathUp', () => {
  it('drills from the opened lines', () => {
    expect(pathToItem(resolveDrill(TREE, []), '210')).toEqual(['210']);
    expect(pathToItem(resolveDrill(TREE, ['210', '21015']), '2101504')).toEqual(['210', '21015', '2101504']);
    // Selecting another leaf replaces the selected one.
    expect(pathToItem(resolveDrill(TREE, ['210', '21015', '2101504']), '2101501')).toEqual(['210', '21015', '2101501']);
  });

  it('goes up one step: from a leaf in detail to its level, then level by level', () => {
    expect(pathUp(resolveDrill(TREE, ['210', '21015', '2101504']))).toEqual({
      path: ['210', '21015'],
      focus: '2101504',
    });
    expect(pathUp(resolveDrill(TREE, ['210', '21015']))).toEqual({ path: ['210'], focus: '21015' });
    expect(pathUp(resolveDrill(TREE, ['210']))).toEqual({ path: [], focus: '210' });
    expect(pathUp(resolveDrill(TREE, []))).toBeNull();
  });

  it('goes up from the valid prefix of a broken path', () => {
    expect(pathUp(resolveDrill(TREE, ['210', 'nope']))).toEqual({ path: [], focus: '210' });
  });
});

describe('levelItems', () => {
  it('gives values in the measure, shares of the parent and of the total, largest first', () => {
    const { parentValue, items } = levelItems(resolveDrill(TREE, ['210', '21015']), 'total', TOTAL);
    expect(parentValue).toBe(150_004_397);
    expect(items.map((i) => [i.node.code, i.value])).toEqual([
      ['2101504', 77_586_122],
      ['2101501', 72_418_275],
    ]);
    expect(items[0]!.ofParent).toBeCloseTo(77_586_122 / 150_004_397, 12);
    expect(items[0]!.ofTotal).toBeCloseTo(77_586_122 / TOTAL, 12);
  });

  it('measures the top level against the total', () => {
    const { parentValue, items } = levelItems(resolveDrill(TREE, []), 'project', 77_822_595);
    expect(parentValue).toBe(77_822_595);
    expect(items.map((i) => i.node.code)).toEqual(['210', '208']);
    expect(items[0]!.ofParent).toBe(items[0]!.ofTotal);
  });

  it('gives null shares against 0 and sorts ties by code', () => {
    const { items } = levelItems(resolveDrill(TREE, ['208']), 'basic', 0);
    expect(items.map((i) => [i.node.code, i.value])).toEqual([
      ['20805', 15_304_566],
      ['20801', 0],
    ]);
    expect(items[1]!.ofTotal).toBeNull();
    const zero = levelItems(resolveDrill(TREE, ['208', '20801']), 'basic', TOTAL);
    expect(zero.items[0]!.ofParent).toBeNull();
  });
});
