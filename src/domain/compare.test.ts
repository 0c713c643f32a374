import { describe, expect, it } from 'vitest';
import type { EconomicRow, FunctionRow } from './schema';
import { diffRows, levelOneTotal, sumMoney, totalChange, waterfall, type DiffRow } from './compare';
import { formatPercent } from './money-format';

const fn = (code: string, name: string, basic: number, project: number): FunctionRow => ({
  code,
  name,
  total: basic + project,
  basic,
  project,
});
const eco = (code: string, name: string, personnel: number, publicUse: number): EconomicRow => ({
  code,
  name,
  total: personnel + publicUse,
  personnel,
  publicUse,
});

// 类 rows as printed in 表3 of each year (合计 246,530,872 and 300,170,000), plus a few lines below.
const Y2021: FunctionRow[] = [
  fn('208', '社会保障和就业支出', 7_587_211, 140_600),
  fn('210', '卫生健康支出', 72_473_653, 153_037_820),
  fn('21015', '医疗保障管理事务', 68_051_525, 153_013_820),
  fn('2101504', '信息化建设', 0, 35_409_501),
  fn('2101599', '其他医疗保障管理事务支出', 0, 15_701_399),
  fn('2109999', '其他卫生健康支出', 0, 24_000),
  fn('221', '住房保障支出', 13_291_588, 0),
];
const Y2026: FunctionRow[] = [
  fn('208', '社会保障和就业支出', 15_304_566, 212_473),
  fn('210', '卫生健康支出', 95_687_857, 168_897_527),
  fn('21015', '医疗保障管理事务', 72_418_275, 168_873_527),
  fn('2101504', '信息化建设', 0, 77_586_122),
  fn('2101599', '其他医疗保障管理事务支出', 0, 31_688_642),
  fn('21099', '其他卫生健康支出', 0, 24_000),
  fn('221', '住房保障支出', 20_067_577, 0),
];

// 表8, shortened: 303/30302 appear in 2026, 30203 咨询费 and 30229 福利费 only in 2021.
const E2021: EconomicRow[] = [
  eco('301', '工资福利支出', 73_992_112, 0),
  eco('302', '商品和服务支出', 0, 18_883_340),
  eco('30203', '咨询费', 0, 65_000),
  eco('30215', '会议费', 0, 270_000),
  eco('30229', '福利费', 0, 1_006_560),
  eco('310', '资本性支出', 0, 477_000),
];
const E2026: EconomicRow[] = [
  eco('301', '工资福利支出', 107_827_504, 0),
  eco('302', '商品和服务支出', 0, 21_590_000),
  eco('30215', '会议费', 0, 410_000),
  eco('303', '对个人和家庭的补助', 1_182_496, 0),
  eco('30302', '退休费', 1_182_496, 0),
  eco('310', '资本性支出', 0, 460_000),
];

const row = (rows: DiffRow[], code: string): DiffRow => {
  const found = rows.find((r) => r.code === code);
  if (!found) throw new Error(`no diff row ${code}`);
  return found;
};

describe('levelOneTotal and sumMoney', () => {
  it('adds the 类 rows only', () => {
    expect(levelOneTotal(Y2021, 'total')).toBe(246_530_872);
    expect(levelOneTotal(Y2026, 'total')).toBe(300_170_000);
    expect(levelOneTotal(Y2026, 'basic')).toBe(131_060_000);
    expect(levelOneTotal([] as FunctionRow[], 'total')).toBe(0);
  });

  it('refuses sums beyond the safe integer range', () => {
    expect(sumMoney([1e13, 1e13])).toBe(2e13);
    expect(() => sumMoney([Number.MAX_SAFE_INTEGER, 1])).toThrow(RangeError);
  });
});

describe('totalChange', () => {
  it('states the 2021 -> 2026 change', () => {
    const t = totalChange(246_530_872, 300_170_000);
    expect(t).toMatchObject({ from: 246_530_872, to: 300_170_000, change: 53_639_128, direction: 'increase' });
    expect(t.pct).toBeCloseTo(0.21758, 5);
    expect(formatPercent(t.pct!, 'en', { signed: true })).toBe('+21.8%');
  });

  it('handles decreases, no change and a zero from-total', () => {
    expect(totalChange(346_990_000, 246_530_000)).toMatchObject({ change: -100_460_000, direction: 'decrease' });
    expect(totalChange(5, 5)).toEqual({ from: 5, to: 5, change: 0, pct: 0, direction: 'unchanged' });
    expect(totalChange(0, 5)).toMatchObject({ change: 5, pct: null, direction: 'increase' });
    expect(totalChange(0, 0)).toMatchObject({ change: 0, pct: null, direction: 'unchanged' });
  });
});

describe('diffRows', () => {
  const diff = diffRows(Y2021, Y2026, 'total');

  it('matches by code and lists every code of either year in code order', () => {
    expect(diff.map((d) => d.code)).toEqual(['208', '210', '21015', '2101504', '2101599', '21099', '2109999', '221']);
  });

  it('computes the 信息化建设 change', () => {
    const d = row(diff, '2101504');
    expect(d).toMatchObject({ name: '信息化建设', level: 3, parentCode: '21015', status: 'changed' });
    expect(d).toMatchObject({ from: 35_409_501, to: 77_586_122, change: 42_176_621 });
    expect(formatPercent(d.pct!, 'zh-CN', { signed: true })).toBe('+119.1%');
    expect(d.fromShare).toBeCloseTo(35_409_501 / 246_530_872, 15);
    expect(d.toShare).toBeCloseTo(77_586_122 / 300_170_000, 15);
    expect(d.sharePoints).toBeCloseTo((77_586_122 / 300_170_000 - 35_409_501 / 246_530_872) * 100, 12);
  });

  it('marks lines of one year only as new/removed, never as a change from or to 0', () => {
    const added = row(diff, '21099');
    expect(added).toMatchObject({
      status: 'new',
      from: null,
      to: 24_000,
      change: null,
      pct: null,
      fromShare: null,
      sharePoints: null,
      fromName: null,
    });
    expect(added.toShare).toBeCloseTo(24_000 / 300_170_000, 15);
    const removed = row(diff, '2109999');
    expect(removed).toMatchObject({
      status: 'removed',
      name: '其他卫生健康支出',
      from: 24_000,
      to: null,
      change: null,
      pct: null,
      toShare: null,
      sharePoints: null,
    });
  });

  it('finds the economic lines that are new and removed in 2026', () => {
    const e = diffRows(E2021, E2026, 'total');
    expect(e.filter((d) => d.status === 'new').map((d) => [d.code, d.name])).toEqual([
      ['303', '对个人和家庭的补助'],
      ['30302', '退休费'],
    ]);
    expect(e.filter((d) => d.status === 'removed').map((d) => [d.code, d.name])).toEqual([
      ['30203', '咨询费'],
      ['30229', '福利费'],
    ]);
    expect(row(e, '30215')).toMatchObject({ status: 'changed', change: 140_000 });
  });

  it('has level-1 shares adding up to 1 in each year', () => {
    const level1 = diff.filter((d) => d.level === 1);
    expect(Math.abs(level1.reduce((s, d) => s + d.fromShare!, 0) - 1)).toBeLessThan(1e-12);
    expect(Math.abs(level1.reduce((s, d) => s + d.toShare!, 0) - 1)).toBeLessThan(1e-12);
    expect(Math.abs(level1.reduce((s, d) => s + d.sharePoints!, 0))).toBeLessThan(1e-10);
  });

  it('handles negative changes, unchanged lines, zero from and renamed lines', () => {
    const from = [fn('210', '旧名', 100, 0), fn('221', 'x', 50, 0), fn('230', 'z', 0, 0)];
    const to = [fn('210', '新名', 60, 0), fn('221', 'x', 50, 0), fn('230', 'z', 7, 0)];
    const d = diffRows(from, to, 'total');
    expect(d[0]).toMatchObject({ name: '新名', fromName: '旧名', status: 'changed', change: -40, pct: -0.4 });
    expect(d[1]).toMatchObject({ status: 'unchanged', change: 0, pct: 0 });
    expect(d[2]).toMatchObject({ status: 'changed', from: 0, change: 7, pct: null, fromShare: 0 });
  });

  it('uses the requested measure for values, changes and shares', () => {
    const d = diffRows(Y2021, Y2026, 'basic');
    expect(row(d, '208')).toMatchObject({ from: 7_587_211, to: 15_304_566, change: 7_717_355 });
    expect(row(d, '2101504')).toMatchObject({ status: 'unchanged', from: 0, to: 0, pct: null });
    expect(row(d, '221').toShare).toBeCloseTo(20_067_577 / 131_060_000, 15);
  });

  it('gives null shares when a year total is 0, and handles empty inputs', () => {
    const d = diffRows([fn('210', 'a', 0, 0)], [fn('210', 'a', 0, 5)], 'project');
    expect(d[0]).toMatchObject({ fromShare: null, toShare: 1, sharePoints: null, pct: null, change: 5 });
    expect(diffRows([] as FunctionRow[], [], 'total')).toEqual([]);
    expect(diffRows([], Y2026, 'total').every((r) => r.status === 'new')).toBe(true);
    expect(diffRows(Y2021, [], 'total').every((r) => r.status === 'removed')).toBe(true);
  });

  it('throws on duplicate codes', () => {
    expect(() => diffRows([...Y2021, fn('208', 'again', 1, 0)], Y2026, 'total')).toThrow(/duplicate code 208/);
  });

  it('keeps huge amounts exact', () => {
    const d = diffRows([fn('210', 'a', 1e13, 0)], [fn('210', 'a', 1e13 - 1, 0)], 'total');
    expect(d[0]!.change).toBe(-1);
  });
});

const sumSteps = (w: { steps: { change: number }[] }) => w.steps.reduce((s, x) => s + x.change, 0);

describe('waterfall', () => {
  it('by category: one step per 类, adding up exactly to the total change', () => {
    const w = waterfall(Y2021, Y2026, 'total', 'category');
    expect(w).toMatchObject({ from: 246_530_872, to: 300_170_000, change: 53_639_128 });
    expect(w.steps.map((s) => [s.key, s.change])).toEqual([
      ['208', 7_789_228],
      ['210', 39_073_911],
      ['221', 6_775_989],
    ]);
    expect(sumSteps(w)).toBe(53_639_128);
    expect(w.steps[0]!.start).toBe(246_530_872);
    expect(w.steps.at(-1)!.end).toBe(300_170_000);
    for (let i = 1; i < w.steps.length; i++) expect(w.steps[i]!.start).toBe(w.steps[i - 1]!.end);
  });

  it('by category: new and removed 类 contribute their whole amount and say so', () => {
    const w = waterfall(E2021, E2026, 'total', 'category');
    const steps = Object.fromEntries(w.steps.map((s) => [s.key, s]));
    expect(steps['303']).toMatchObject({ status: 'new', change: 1_182_496 });
    expect(sumSteps(w)).toBe(w.to - w.from);
    const gone = waterfall(
      [eco('310', 'a', 0, 9), eco('301', 'b', 4, 0)],
      [eco('301', 'b', 1, 0)],
      'total',
      'category',
    );
    expect(gone.steps.map((s) => [s.key, s.status, s.change])).toEqual([
      ['301', 'changed', -3],
      ['310', 'removed', -9],
    ]);
    expect(gone).toMatchObject({ from: 13, to: 1, change: -12 });
  });

  it('by basic/project: the two changes add up exactly', () => {
    const w = waterfall(Y2021, Y2026, 'total', 'basicProject');
    expect(w.steps.map((s) => [s.key, s.change])).toEqual([
      ['basic', 131_060_000 - 93_352_452],
      ['project', 169_110_000 - 153_178_420],
    ]);
    expect(sumSteps(w)).toBe(53_639_128);
  });

  it('by basic/project: shows a residual when 合计 is not 基本 + 项目', () => {
    const bad: FunctionRow = { code: '210', name: 'x', total: 101, basic: 50, project: 50 };
    const w = waterfall([fn('210', 'x', 50, 50)], [bad], 'total', 'basicProject');
    expect(w.steps.map((s) => [s.key, s.change])).toEqual([
      ['basic', 0],
      ['project', 0],
      ['residual', 1],
    ]);
    expect(sumSteps(w)).toBe(1);
  });

  it('sums exactly for many random integer rows and for empty inputs', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31);
    const make = () => Array.from({ length: 300 }, (_, i) => fn(String(100 + i), `c${i}`, next() * 1000, next()));
    const from = make();
    const to = make().filter((_, i) => i % 7 !== 0);
    for (const w of [waterfall(from, to, 'total', 'category'), waterfall(from, to, 'total', 'basicProject')]) {
      expect(sumSteps(w)).toBe(w.to - w.from);
      expect(w.steps.at(-1)!.end).toBe(w.to);
    }
    expect(waterfall([] as FunctionRow[], [], 'total', 'category')).toEqual({ from: 0, to: 0, change: 0, steps: [] });
  });
});
