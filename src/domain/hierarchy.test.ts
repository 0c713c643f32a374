import { describe, expect, expectTypeOf, it } from 'vitest';
import type { EconomicRow, FunctionRow } from './schema';
import {
  buildTree,
  childrenAt,
  findPath,
  flatten,
  levelOf,
  parentCodeOf,
  sharesOf,
  topItems,
  type Measure,
} from './hierarchy';

const fn = (code: string, name: string, basic: number, project: number): FunctionRow => ({
  code,
  name,
  total: basic + project,
  basic,
  project,
});

// Modeled on the 2026 expenditure table (表3), shortened; parents equal the sums of children.
const ROWS: FunctionRow[] = [
  fn('208', '社会保障和就业支出', 15_517_039, 0),
  fn('20805', '行政事业单位养老支出', 15_517_039, 0),
  fn('2080505', '机关事业单位基本养老保险缴费支出', 10_897_789, 0),
  fn('2080506', '机关事业单位职业年金缴费支出', 4_619_250, 0),
  fn('210', '卫生健康支出', 72_418_275, 77_610_122),
  fn('21015', '医疗保障管理事务', 72_418_275, 77_586_122),
  fn('2101501', '行政运行', 72_418_275, 0),
  fn('2101504', '信息化建设', 0, 77_586_122),
  fn('21099', '其他卫生健康支出', 0, 24_000),
  fn('221', '住房保障支出', 9_463_333, 0),
  fn('22102', '住房改革支出', 9_463_333, 0),
  fn('2210201', '住房公积金', 9_463_333, 0),
];
const TOTAL = 15_517_039 + 150_028_397 + 9_463_333;

describe('codes', () => {
  it('derive level and parent from length', () => {
    expect(levelOf('210')).toBe(1);
    expect(levelOf('21015')).toBe(2);
    expect(levelOf('2101504')).toBe(3);
    expect(parentCodeOf('210')).toBeNull();
    expect(parentCodeOf('21015')).toBe('210');
    expect(parentCodeOf('2101504')).toBe('21015');
  });

  it('reject malformed codes', () => {
    for (const bad of ['', '21', '2101', '210150', '21015041', '21a', '２１０'])
      expect(() => levelOf(bad)).toThrow(/not a classification code/);
  });
});

describe('buildTree', () => {
  const tree = buildTree(ROWS);

  it('nests rows by code prefix, keeping input order', () => {
    expect(tree.map((n) => n.code)).toEqual(['208', '210', '221']);
    const health = tree[1]!;
    expect(health.children.map((n) => n.code)).toEqual(['21015', '21099']);
    expect(health.children[0]!.children.map((n) => n.code)).toEqual(['2101501', '2101504']);
    expect(health.children[0]!.children[1]).toMatchObject({
      name: '信息化建设',
      level: 3,
      parentCode: '21015',
      orphan: false,
    });
    expect(health).toMatchObject({ level: 1, parentCode: null, orphan: false });
    expect(health.row).toBe(ROWS[4]);
  });

  it('treats a 款 without 项 as a leaf', () => {
    expect(tree[1]!.children[1]!.children).toEqual([]);
  });

  it('does not depend on rows coming parents first', () => {
    const shuffled = buildTree([...ROWS].reverse());
    expect(
      flatten(shuffled)
        .map((n) => n.code)
        .sort(),
    ).toEqual(ROWS.map((r) => r.code).sort());
    expect(shuffled.every((n) => !n.orphan)).toBe(true);
  });

  it('returns an empty tree for no rows', () => {
    expect(buildTree([])).toEqual([]);
    expect(flatten([])).toEqual([]);
  });

  it('keeps orphans at the root, flagged, instead of dropping them', () => {
    const rows = ROWS.filter((r) => r.code !== '21015');
    const t = buildTree(rows);
    const orphans = t.filter((n) => n.orphan);
    expect(orphans.map((n) => n.code)).toEqual(['2101501', '2101504']);
    expect(orphans[0]!.parentCode).toBe('21015');
    expect(flatten(t)).toHaveLength(rows.length);
  });

  it('flags a 款 whose 类 is missing; its own children stay under it', () => {
    const t = buildTree(ROWS.filter((r) => r.code !== '208'));
    expect(t[0]).toMatchObject({ code: '20805', orphan: true, parentCode: '208' });
    expect(t[0]!.children).toHaveLength(2);
  });

  it('throws on duplicate codes (ambiguous)', () => {
    expect(() => buildTree([...ROWS, fn('21015', 'again', 1, 0)])).toThrow(/duplicate code 21015/);
  });

  it('works for economic rows (two levels)', () => {
    const eco: EconomicRow[] = [
      { code: '303', name: '对个人和家庭的补助', total: 1_182_496, personnel: 1_182_496, publicUse: 0 },
      { code: '30302', name: '退休费', total: 1_182_496, personnel: 1_182_496, publicUse: 0 },
    ];
    const t = buildTree(eco);
    expect(t[0]!.children[0]).toMatchObject({ code: '30302', level: 2 });
    expectTypeOf<Measure<EconomicRow>>().toEqualTypeOf<'total' | 'personnel' | 'publicUse'>();
    expectTypeOf<Measure<FunctionRow>>().toEqualTypeOf<'total' | 'basic' | 'project'>();
  });
});

describe('flatten', () => {
  it('lists parents before children, depth first', () => {
    expect(flatten(buildTree(ROWS)).map((n) => n.code)).toEqual(ROWS.map((r) => r.code));
  });
});

describe('sharesOf', () => {
  const tree = buildTree(ROWS);
  it('gives the node share of the total and child shares of node and total', () => {
    const s = sharesOf(tree[1]!, 'total', TOTAL);
    expect(s.value).toBe(150_028_397);
    expect(s.ofTotal).toBeCloseTo(150_028_397 / 175_008_769, 15);
    expect(s.children.map((c) => c.code)).toEqual(['21015', '21099']);
    expect(s.children[0]!.ofParent! + s.children[1]!.ofParent!).toBeCloseTo(1, 12);
    expect(s.children[1]!.ofTotal).toBeCloseTo(24_000 / TOTAL, 15);
  });

  it('uses any measure', () => {
    const s = sharesOf(tree[1]!.children[0]!, 'project', TOTAL);
    expect(s.value).toBe(77_586_122);
    expect(s.children.map((c) => c.ofParent)).toEqual([0, 1]);
  });

  it('returns null, never NaN or Infinity, when a denominator is 0', () => {
    const s = sharesOf(tree[0]!, 'project', 0);
    expect(s.value).toBe(0);
    expect(s.ofTotal).toBeNull();
    expect(s.children[0]).toMatchObject({ value: 0, ofParent: null, ofTotal: null });
  });

  it('returns no children for a leaf', () => {
    expect(sharesOf(tree[1]!.children[1]!, 'total', TOTAL).children).toEqual([]);
  });
});

describe('findPath and childrenAt', () => {
  const tree = buildTree(ROWS);

  it('accepts a full valid path', () => {
    const p = findPath(tree, ['210', '21015', '2101504']);
    expect(p.valid).toBe(true);
    expect(p.codes).toEqual(['210', '21015', '2101504']);
    expect(p.nodes[2]!.name).toBe('信息化建设');
  });

  it('returns the valid prefix of an invalid path', () => {
    expect(findPath(tree, ['210', '21099', '2109901'])).toMatchObject({ codes: ['210', '21099'], valid: false });
    // A real code, but not under the previous step.
    expect(findPath(tree, ['208', '21015'])).toMatchObject({ codes: ['208'], valid: false });
    expect(findPath(tree, ['999'])).toMatchObject({ codes: [], valid: false });
    // A level-3 code directly at the root is not a path.
    expect(findPath(tree, ['2101504'])).toMatchObject({ codes: [], valid: false });
  });

  it('treats the empty path as valid', () => {
    expect(findPath(tree, [])).toEqual({ nodes: [], codes: [], valid: true });
    expect(findPath([], [])).toEqual({ nodes: [], codes: [], valid: true });
    expect(findPath([], ['210']).valid).toBe(false);
  });

  it('gives the children at a path, falling back to the deepest valid node', () => {
    expect(childrenAt(tree, []).map((n) => n.code)).toEqual(['208', '210', '221']);
    expect(childrenAt(tree, ['210']).map((n) => n.code)).toEqual(['21015', '21099']);
    expect(childrenAt(tree, ['210', '21015']).map((n) => n.code)).toEqual(['2101501', '2101504']);
    expect(childrenAt(tree, ['210', '21015', '2101504'])).toEqual([]);
    expect(childrenAt(tree, ['210', 'nope']).map((n) => n.code)).toEqual(['21015', '21099']);
    expect(childrenAt([], ['210'])).toEqual([]);
  });

  it('does not expose the tree array itself at the root', () => {
    const roots = childrenAt(tree, []);
    roots.pop();
    expect(tree).toHaveLength(3);
  });
});

describe('topItems', () => {
  it('ranks leaves by default (a 款 without 项 counts)', () => {
    const top = topItems(ROWS, 'total', 3);
    expect(top.map((t) => [t.node.code, t.value])).toEqual([
      ['2101504', 77_586_122],
      ['2101501', 72_418_275],
      ['2080505', 10_897_789],
    ]);
    expect(topItems(ROWS, 'total', 100).map((t) => t.node.code)).toContain('21099');
  });

  it('ranks a given level and measure', () => {
    expect(topItems(ROWS, 'total', 2, 1).map((t) => t.node.code)).toEqual(['210', '208']);
    expect(topItems(ROWS, 'project', 1, 2).map((t) => t.node.code)).toEqual(['21015']);
  });

  it('breaks ties by code and handles n <= 0, n > length and no rows', () => {
    const tied = [fn('220', 'b', 5, 0), fn('210', 'a', 5, 0), fn('230', 'c', 7, 0)];
    expect(topItems(tied, 'total', 3).map((t) => t.node.code)).toEqual(['230', '210', '220']);
    expect(topItems(tied, 'total', 0)).toEqual([]);
    expect(topItems(tied, 'total', -1)).toEqual([]);
    expect(topItems(tied, 'total', 10)).toHaveLength(3);
    expect(topItems<FunctionRow>([], 'total', 5)).toEqual([]);
  });

  it('ranks decreases (negative values) last', () => {
    const rows = [fn('210', 'a', -5, 0), fn('220', 'b', 0, 0), fn('230', 'c', 1, 0)];
    expect(topItems(rows, 'total', 3).map((t) => t.value)).toEqual([1, 0, -5]);
  });
});
