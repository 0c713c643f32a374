// What must never pass silently, each found by a review of the reader: a 表1 split that does not
// add up, a stated 0 against a figure, a table without its unit, a note that looks like a header,
// a line of text taken into a row's name without a record.
import { describe, expect, it } from 'vitest';
import { FINANCE, HSA_2026, sourceText } from '../../scripts/ingest/test-helpers.ts';
import { expectFailure, readText } from './test-support/expect-reading.ts';

const COMMERCE = 'putuo-commerce-2025-unit-budget';
const T1 = '表1 部门财务收支预算总表';
const T9 = '表9 “三公”经费和机关运行经费预算表';
const once = (text: string, from: string, to: string): string => {
  if (!text.includes(from)) throw new Error(`test setup: "${from}" not found`);
  return text.replace(from, to);
};

describe('guards', () => {
  it('a unit budget’s 表1 split that does not add up is named (line and column)', async () => {
    let text = once(
      sourceText(COMMERCE),
      '21,601,733.00 10,823,891.00 1,467,842.00\t9,310,000.00',
      '21,601,733.00 10,823,891.00 1,467,942.00\t9,310,000.00',
    );
    text = once(
      text,
      '371,514,655.00 18,120,593.00 1,710,062.00\t351,684,000.00',
      '371,514,655.00 18,120,593.00 1,710,162.00\t351,684,000.00',
    );
    const r = await readText(text);
    expectFailure(r, {
      table: T1,
      page: 9,
      row: 'row 一、一般公共服务支出',
      check: '合计 = 人员经费 + 公用经费 + 项目支出',
      printed: 21_601_733_00,
      expected: 21_601_833_00,
    });
    expectFailure(r, {
      table: T1,
      page: 9,
      row: 'row 支出总计',
      check: '合计 = 人员经费 + 公用经费 + 项目支出',
      printed: 371_514_655_00,
      expected: 371_514_755_00,
    });
  });

  it('a stated 0 must be exactly 0: 0.95万元 placed under 因公出国 fails against “因公出国（境）费0万元”', async () => {
    const r = await readText(once(sourceText(FINANCE), '0.95\t0.95\t229.43', '0.95\t0.95\t\t\t\t\t229.43'));
    const f = r.report.failures.find((x) => x.check.startsWith('因公出国（境）费 0万元'));
    expect(f, r.report.failures.map((x) => x.message).join('\n')).toMatchObject({
      table: '其他相关情况说明',
      printed: 0,
      expected: 950000,
    });
  });

  it('a table without a 单位 line is named, not silently read in 元', async () => {
    const text = sourceText(HSA_2026).replace(/^单位：万元$/m, '（金额：万元）');
    const r = await readText(text);
    expectFailure(r, {
      table: T9,
      page: null,
      row: 'table',
      check: 'the table prints its unit',
      printed: null,
      expected: null,
      message: /no 单位 line/,
    });
  });

  it('a note under 表1 naming 人员经费, 公用经费 and 项目支出 does not make it a unit budget’s table', async () => {
    const r = await readText(
      once(sourceText(FINANCE), '\n收入总计', '\n注：支出按人员经费、公用经费和项目支出编列。\n收入总计'),
    );
    expect(r.report.failures.filter((f) => f.table === T1 || f.check.includes(T1)).map((f) => f.message)).toEqual([]);
    expect(r.document!.tables.financialSummary.expenditureTotalSplit).toBeUndefined();
  });

  it('a name wrapped onto a line of its own is joined and recorded; a sentence is not', async () => {
    const text = sourceText(COMMERCE);
    const wrapped = await readText(
      once(text, '310\t02\t办公设备购置\t78,000.00\t78,000.00', '310\t02\t办公设备\t78,000.00\t78,000.00\n购置'),
    );
    expect(wrapped.document!.tables.basicByEconomic.find((x) => x.code === '31002')?.name).toBe('办公设备购置');
    expect(wrapped.report.repairs).toEqual([
      expect.objectContaining({ row: '31002 办公设备购置', printed: '办公设备 / 购置', repaired: '办公设备购置' }),
    ]);
    const note = await readText(
      once(
        text,
        '310\t02\t办公设备购置\t78,000.00\t78,000.00',
        '310\t02\t办公设备购置\t78,000.00\t78,000.00\n本表按部门预算经济分类科目列示，数据来源于预算系统。',
      ),
    );
    expect(note.document!.tables.basicByEconomic.find((x) => x.code === '31002')?.name).toBe('办公设备购置');
  });
});

describe('numbered section headings', () => {
  const JUSTICE = 'putuo-justice-2026-dept-budget';
  it('reads a body whose headings carry their chapter numbers, with or without leader dots in the contents', async () => {
    const plain = await readText(sourceText(JUSTICE));
    const numbered = sourceText(JUSTICE)
      .replace(/^名词解释$/m, '三、名词解释')
      .replace(/^其他相关情况说明$/m, '六、其他相关情况说明');
    const noDots = numbered.replace(/\t…+\S*$/gm, '');
    for (const text of [numbered, noDots]) {
      const r = await readText(text);
      expect(r.report.refusal).toBeNull();
      expect(r.document!.glossary).toEqual(plain.document!.glossary);
      expect(r.document!.otherNotes).toEqual(plain.document!.otherNotes);
      expect(r.document!.tables).toEqual(plain.document!.tables);
    }
  });
});

describe('tables printed in 万元', () => {
  /** HSA 2026 with 表8 printed in whole 万元, as some documents print their tables: every figure rounded. */
  function economicInWan(text: string, decimals: number): string {
    const start = text.indexOf('\n2026年部门一般公共预算基本支出部门预算经济分类预算表\n');
    const end = text.indexOf('\n2026年部门“三公”经费和机关运行经费预算表\n');
    const wan = (yuan: string): string => (Number(yuan.replace(/,/g, '')) / 10000).toFixed(decimals);
    // Figures stand after the code cells and the name (cells 3 on); 合计 rows after their label.
    const figures = (line: string): string =>
      line
        .split('\t')
        .map((c, i) => ((i >= 3 || line.startsWith('合计')) && /^\d{1,3}(,\d{3})*$/.test(c) ? wan(c) : c))
        .join('\t');
    const table = text.slice(start, end).replace('单位：元', '单位：万元').split('\n').map(figures).join('\n');
    return text.slice(0, start) + table + text.slice(end);
  }

  it.each([0, 2])(
    'checks the sums of a table in 万元 to %i decimals within its rounding, without false failures',
    async (decimals) => {
      const r = await readText(economicInWan(sourceText(HSA_2026), decimals));
      const T8 = '表8 一般公共预算基本支出经济分类预算表';
      const own = r.report.failures.filter(
        (f) => f.table === T8 && /sum of children|sum of 类 rows|= 人员经费 \+ 公用经费/.test(f.check),
      );
      expect(own.map((f) => f.message)).toEqual([]);
      expect(r.report.tables.find((t) => t.number === 8)).toMatchObject({ unit: '万元', rows: 38 });
      // 301 工资福利支出 107,827,504元 printed as 10,783万元 or 10,782.75万元: held exactly as printed
      expect(r.document!.tables.basicByEconomic[0]).toMatchObject({
        code: '301',
        total: decimals === 0 ? 10_783_000_000 : 10_782_750_000,
      });
    },
  );
});
