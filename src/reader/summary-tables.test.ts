import { describe, expect, it } from 'vitest';
import { appropriationColumns, buildFiscalAppropriation, summaryEntries } from './summary-tables.ts';

const lines = (s: string) => s.split('\n').map((text, i) => ({ no: i + 1, text, page: null }));
const codes: Record<string, string> = { 社会保障和就业支出: '208', 卫生健康支出: '210', 住房保障支出: '221' };
const codeOf = (name: string) => codes[name]!;

describe('summary tables', () => {
  it('reads the 2021 表4 with a wrapped label and dropped empty cells', () => {
    const text = lines(
      [
        '单位：元',
        '项目 预算数 项目 合计 一般公共预算 政府性基金预算',
        '一、 一般公共预算资',
        '金',
        '',
        '246,530,872 一、社会保障和就业支出 7,727,811 7,727,811',
        '二、 政府性基金 二、卫生健康支出 225,511,473 225,511,473',
        '三、住房保障支出 13,291,588 13,291,588',
        '收入总计 246,530,872 支出总计 246,530,872 246,530,872',
        '财政拨款收入 财政拨款支出',
      ].join('\n'),
    );
    const cols = appropriationColumns(text);
    expect(cols).toEqual({ governmentFund: true, stateCapital: false });
    const a = buildFiscalAppropriation(
      summaryEntries(text, 'pdf', 'test'),
      cols,
      codeOf,
      (code) =>
        ({
          '208': [772781100, 772781100, 0, 0],
          '210': [22551147300, 22551147300, 0, 0],
          '221': [1329158800, 1329158800, 0, 0],
          '': [24653087200, 24653087200, 0, 0],
        })[code],
      'test',
    );
    expect(a.revenue).toEqual([
      { label: '一、一般公共预算资金', key: 'generalPublic', amount: 24653087200 },
      { label: '二、政府性基金', key: 'governmentFund', amount: null },
    ]);
    expect(a.expenditure[1]).toEqual({
      label: '二、卫生健康支出',
      key: '210',
      total: 22551147300,
      generalPublic: 22551147300,
      governmentFund: 0,
      stateCapital: null,
    });
    expect(() =>
      buildFiscalAppropriation(summaryEntries(text, 'pdf', 'test'), cols, codeOf, () => undefined, 'test'),
    ).toThrow(/cannot place the figures of "一、社会保障和就业支出"/);
  });
  it('keeps the columns of the TAB layout', () => {
    const e = summaryEntries(
      lines(
        '一、一般公共预算\t300,170,000\t一、社会保障和就业支出\t15,517,039\t15,517,039\t\t\n二、政府性基金预算\t\t二、卫生健康支出\t1\t1\t\t',
      ),
      'tab',
      't',
    );
    expect(e.map((x) => [x.label, x.figures])).toEqual([
      ['一、一般公共预算', [30017000000]],
      ['一、社会保障和就业支出', [1551703900, 1551703900, null, null]],
      ['二、政府性基金预算', [null]],
      ['二、卫生健康支出', [100, 100, null, null]],
    ]);
  });
});
