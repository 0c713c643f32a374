import { describe, expect, it } from 'vitest';
import { parseProjects, projectAmount } from './parse-projects.ts';
import { paragraphs } from './prose.ts';
import { findStated, parseChange } from './stated.ts';

const lines = (s: string) => s.split('\n').map((text, i) => ({ no: i + 1, text, page: null }));

describe('stated figures', () => {
  it('reads amounts, precision and changes', () => {
    const p = ['2026年“三公”经费预算数为193.70万元，比2025年预算减少15.00万元。其中：'];
    expect(findStated(p, '“三公”经费预算数为')).toEqual({
      amount: 193700000,
      printed: '193.70万元',
      precision: 10000,
      sentence: p[0]!.replace('其中：', ''),
      change: { previousYear: 2025, direction: 'decrease', amount: 15000000, printed: '减少15.00万元' },
    });
    expect(parseChange('，与2025年预算持平。')).toEqual({
      previousYear: 2025,
      direction: 'unchanged',
      amount: 0,
      printed: '持平',
    });
    expect(parseChange('，比2020年预算减少10,046万元')?.amount).toBe(10046000000);
    expect(findStated(['政府性基金拨款支出预算为0；'], '政府性基金拨款支出预算为')).toMatchObject({
      amount: 0,
      printed: '0',
    });
  });
  it('reads the annual amount of a project', () => {
    const amounts = [
      '项目资金总额2408.84万元，含坐席租赁费、管理费。坐席租赁费2093.30万元',
      '年度预算安排754.813万元。',
      '本年度预算安排2100万元。',
      '使用2026年部门预算资金3943.73万元，主要用于',
      '预算金额15.00万元',
      '37.35万元',
      '2026年项目预算272.43万元，主要用于',
    ];
    expect(amounts.map((b) => projectAmount(b)?.amount)).toEqual([
      2408840000, 754813000, 2100000000, 3943730000, 15000000, 37350000, 272430000,
    ]);
    expect(projectAmount('每月发放政府聘用辅助人员薪酬，根据年度考核结果发放年终奖金。')).toBeNull();
  });
  it('joins the wrapped lines of a PDF paragraph, not the next item', () => {
    const wide = '按照本市预算绩效管理工作的总体要求，本部门4个预算单位开展了';
    expect(paragraphs(lines(`${wide}\n涉及项目预算资金15268.23万元。\n1.短行\n下一段`), { wrapAt: 60 })).toEqual([
      `${wide}涉及项目预算资金15268.23万元。`,
      '1.短行',
      '下一段',
    ]);
    expect(paragraphs(lines('一行\n二行'), { wrapAt: null })).toEqual(['一行', '二行']);
  });
  it('splits a project into its seven sections and links it to a 项 only by its exact name', () => {
    const text = [
      '一、项目概述',
      '概述',
      '二、立项依据',
      '依据',
      '三、实施主体',
      '主体',
      '四、实施方案',
      '方案',
      '五、实施周期',
      '2026年',
      '六、年度预算安排',
      '预算金额15.00万元',
      '七、绩效目标',
      '',
    ].join('\n');
    const [p] = parseProjects(
      [{ title: '信息化建设项目经费情况说明', lines: lines(text) }],
      { wrapAt: null },
      (n) => (n === '信息化建设' ? '2101504' : null),
      'doc',
    );
    expect(p).toMatchObject({
      id: 'p01',
      name: '信息化建设',
      overview: '概述',
      budget: '预算金额15.00万元',
      targets: '',
      functionCode: '2101504',
      amount: { amount: 15000000 },
    });
    expect(() =>
      parseProjects(
        [{ title: 'X项目经费情况说明', lines: lines('一、项目概述\n概述') }],
        { wrapAt: null },
        () => null,
        'doc',
      ),
    ).toThrow(/project “X” has no section/);
  });
});
