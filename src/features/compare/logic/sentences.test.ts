import { describe, expect, it } from 'vitest';
import { diffRows, waterfall } from '../../../domain/compare';
import type { FunctionRow } from '../../../domain/schema';
import { createI18n } from '../../../i18n';
import { changeSummary, lineSentence, shareSentence, waterfallSentence } from './sentences';
import { lineText, shareText, summaryText, waterfallText, type Translate } from './sentence-text';
import '../../../i18n/ns/compare'; // the texts under test (registered with the compare view's code)

const years = { fromYear: 2021, toYear: 2026 };
const fn = (code: string, name: string, basic: number, project: number): FunctionRow => ({
  code,
  name,
  total: basic + project,
  basic,
  project,
});

const zh = createI18n('zh-CN');
const en = createI18n('en');
const tZh: Translate = (key, options) => zh.t(`compare:${key}`, options);
const tEn: Translate = (key, options) => en.t(`compare:${key}`, options);

describe('lineSentence', () => {
  it('says rose or fell with the percentage computed from yuan', () => {
    const s = lineSentence({ status: 'changed', from: 35_409_501, to: 77_586_122 }, '信息化建设', years);
    expect(s).toEqual({
      kind: 'rose',
      name: '信息化建设',
      from: 35_409_501,
      to: 77_586_122,
      change: 42_176_621,
      pct: 42_176_621 / 35_409_501,
    });
    expect(lineSentence({ status: 'changed', from: 87_599_390, to: 39_824_799 }, 'x', years).kind).toBe('fell');
  });

  it('never turns a line of one year into a change from or to zero', () => {
    expect(lineSentence({ status: 'new', from: null, to: 1_182_496 }, '退休费', years)).toEqual({
      kind: 'new',
      name: '退休费',
      to: 1_182_496,
      toYear: 2026,
    });
    expect(lineSentence({ status: 'removed', from: 65_000, to: null }, '咨询费', years)).toEqual({
      kind: 'removed',
      name: '咨询费',
      from: 65_000,
      fromYear: 2021,
    });
  });

  it('has no percentage for a printed zero, and says unchanged', () => {
    expect(lineSentence({ status: 'changed', from: 0, to: 50_000 }, 'x', years)).toEqual({
      kind: 'roseFromZero',
      name: 'x',
      to: 50_000,
    });
    expect(lineSentence({ status: 'unchanged', from: 24_000, to: 24_000 }, 'x', years)).toEqual({
      kind: 'unchanged',
      name: 'x',
      to: 24_000,
    });
    expect(lineSentence({ status: 'changed', from: 10, to: 0 }, 'x', years)).toMatchObject({ kind: 'fell', pct: -1 });
  });
});

// Money in fen, as the documents hold it; the sentences write exact yuan.
describe('sentence text', () => {
  const info = lineSentence({ status: 'changed', from: 3_540_950_100, to: 7_758_612_200 }, '信息化建设', years);

  it('reads as the issue gives it, in both languages', () => {
    expect(lineText(tZh, 'zh-CN', info)).toBe('信息化建设从35,409,501元增至77,586,122元，增长119.1%');
    expect(lineText(tEn, 'en', { ...info, name: 'Information systems development' })).toBe(
      'Information systems development rose from 35,409,501 to 77,586,122 yuan, up 119.1%',
    );
    expect(lineText(tZh, 'zh-CN', lineSentence({ status: 'new', from: null, to: 118_249_600 }, '退休费', years))).toBe(
      '退休费为2026年新增，1,182,496元',
    );
    expect(
      lineText(tEn, 'en', lineSentence({ status: 'removed', from: 6_500_000, to: null }, 'Consulting', years)),
    ).toBe('Consulting is no longer listed (65,000 yuan in 2021)');
  });

  it('summarises a chart: counts and the largest moves', () => {
    const from = [
      fn('208', '社会保障和就业支出', 758_721_100, 14_060_000),
      fn('210', '卫生健康支出', 7_247_365_300, 15_303_782_000),
      fn('999', '旧类', 500, 0),
    ];
    const to = [
      fn('208', '社会保障和就业支出', 1_530_456_600, 21_247_300),
      fn('210', '卫生健康支出', 9_568_785_700, 16_889_752_700),
      fn('221', '住房保障支出', 100, 0),
    ];
    const rows = diffRows(from, to, 'total');
    const summary = changeSummary(rows, (r) => r.name, years);
    expect(summary).toMatchObject({
      count: 4,
      rose: 2,
      fell: 0,
      unchanged: 0,
      added: 1,
      removed: 1,
      largestFall: null,
    });
    expect(summary.largestRise).toMatchObject({ name: '卫生健康支出', change: 3_907_391_100 });
    expect(summaryText(tZh, 'zh-CN', summary)).toBe(
      '共比较4行：增加2行，减少0行，持平0行，新增1行，不再列示1行。增加最多：卫生健康支出从225,511,473元增至264,585,384元，增长17.3%。',
    );
  });

  it('describes the waterfall step by step, new and removed steps named as such', () => {
    const from = [fn('208', 'A', 10_000, 0), fn('210', 'B', 20_000, 0)];
    const to = [fn('208', 'A', 15_000, 0), fn('221', 'C', 1_000, 0)];
    const s = waterfallSentence(waterfall(from, to, 'total', 'category'), (_key, name) => name, years);
    expect(s).toMatchObject({ from: 30_000, to: 16_000, change: -14_000, pct: -14_000 / 30_000 });
    expect(waterfallText(tEn, 'en', s)).toBe(
      'From 300 yuan in 2021 to 160 yuan in 2026, a change of −140 yuan (−46.7%). Steps: A +50 yuan; B (no longer listed) −200 yuan; C (new) +10 yuan.',
    );
  });

  it('writes the fen of documents that print them, and never rounds an amount with fen', () => {
    const fen = lineSentence({ status: 'changed', from: 9_628_221_344, to: 9_700_000_000 }, '一般公共服务支出', years);
    expect(lineText(tZh, 'zh-CN', fen, true)).toBe('一般公共服务支出从96,282,213.44元增至97,000,000.00元，增长0.7%');
    expect(lineText(tEn, 'en', fen)).toBe('一般公共服务支出 rose from 96,282,213.44 to 97,000,000 yuan, up 0.7%');
    const step = waterfallSentence(
      waterfall([fn('208', 'A', 1, 0)], [fn('208', 'A', 101, 0)], 'total', 'category'),
      (_key, name) => name,
      years,
    );
    expect(waterfallText(tEn, 'en', step, true)).toBe(
      'From 0.01 yuan in 2021 to 1.01 yuan in 2026, a change of +1.00 yuan (+10,000.0%). Steps: A +1.00 yuan.',
    );
  });

  it('gives a change of share in percentage points', () => {
    const s = shareSentence('基本支出', 93_352_452 / 246_530_872, 131_060_000 / 300_170_000, years);
    expect(shareText(tZh, 'zh-CN', s)).toBe('基本支出占比从2021年的37.9%变为2026年的43.7%（+5.8个百分点）');
  });
});
