// Mutation tests of the two HSA texts (no page marks, so every page is null): the 2026 TAB text,
// which keeps empty cells, and the 2021 text pulled from a PDF, whose empty cells are gone and
// whose columns the reader places by arithmetic. Each damage must be reported at its table and
// row with both figures in fen, and the reading must get to the end with a document. The Putuo
// texts (page-marked) are in mutations-putuo.test.ts, the PDFs in mutations-pdf.test.ts, the
// refusals and the CLI in mutations-refusals.test.ts.
import { describe, expect, it } from 'vitest';
import { HSA_2021, HSA_2026, sourceText } from '../../scripts/ingest/test-helpers.ts';
import {
  cutBetween,
  dropLine,
  duplicateLine,
  replaceOnce,
  swapCellsIn,
  truncateAfter,
} from './test-support/mutate-text.ts';
import {
  expectClean,
  expectFailure,
  expectRefused,
  readText,
  TRUNCATED,
  expectNothingAgainst,
} from './test-support/expect-reading.ts';

const T3 = '表3 部门支出预算总表';
const T5 = '表5 一般公共预算支出功能分类预算表';
const T8 = '表8 一般公共预算基本支出经济分类预算表';
const T9 = '表9 “三公”经费和机关运行经费预算表';

describe('HSA 2026 (TAB text)', () => {
  const doc = sourceText(HSA_2026);
  const TITLE3 = '2026年部门支出预算总表';

  it('unmutated: clean', async () => {
    expectClean(await readText(doc));
  });

  it('a digit changed in a 项 row’s 合计 (表3)', async () => {
    const r = await readText(
      replaceOnce(doc, '医疗保障经办事务\t39,824,799\t', '医疗保障经办事务\t39,824,798\t', `\n${TITLE3}\n`),
    );
    expectFailure(r, {
      table: T3,
      page: null,
      row: 'row 2101506 医疗保障经办事务',
      check: '合计 = 基本支出 + 项目支出',
      printed: 39_824_798_00,
      expected: 39_824_799_00,
    });
    expectFailure(r, {
      table: T3,
      page: null,
      row: 'row 21015 医疗保障管理事务',
      check: '合计 = sum of children',
      printed: 258_566_500_00,
      expected: 258_566_499_00,
    });
  });

  it('a digit changed in 表8 (公用经费 of 30209)', async () => {
    const r = await readText(
      replaceOnce(doc, '物业管理费\t5,391,728\t\t5,391,728', '物业管理费\t5,391,728\t\t5,391,729'),
    );
    expectFailure(r, {
      table: T8,
      page: null,
      row: 'row 30209 物业管理费',
      check: '合计 = 人员经费 + 公用经费',
      printed: 5_391_728_00,
      expected: 5_391_729_00,
    });
    expectFailure(r, {
      table: T8,
      page: null,
      row: 'row 302 商品和服务支出',
      check: '公用经费 = sum of children',
      printed: 21_590_000_00,
      expected: 21_590_001_00,
    });
  });

  it('a row dropped (表3 2101504 信息化建设)', async () => {
    const r = await readText(dropLine(doc, '210\t15\t04\t信息化建设\t77,586,122\t\t77,586,122', TITLE3));
    expectFailure(r, {
      table: T3,
      page: null,
      row: 'row 21015 医疗保障管理事务',
      check: '合计 = sum of children',
      printed: 258_566_500_00,
      expected: 180_980_378_00,
    });
    expectFailure(r, {
      table: T3,
      page: null,
      row: 'row 21015 医疗保障管理事务',
      check: '项目支出 = sum of children',
      printed: 168_873_527_00,
      expected: 91_287_405_00,
    });
    // the dropped row itself is named, by the tables that still print it
    expectFailure(r, {
      table: T3,
      page: null,
      row: 'row 2101504 信息化建设',
      check: '合计 = 表2 部门收入预算总表 合计',
      printed: 0,
      expected: 77_586_122_00,
    });
  });

  it('a row duplicated (表8 30209 物业管理费)', async () => {
    const r = await readText(duplicateLine(doc, '302\t09\t物业管理费\t5,391,728\t\t5,391,728'));
    expectFailure(r, {
      table: T8,
      page: null,
      row: 'row 30209 物业管理费',
      check: 'the table can be read',
      message: /the code appears twice \(lines \d+ and \d+\)/,
    });
  });

  it('two columns swapped in a row (表3 2101550 事业运行: 基本支出 <-> 项目支出)', async () => {
    const r = await readText(
      swapCellsIn(doc, '210\t15\t50\t事业运行\t17,274,698\t17,274,698\t', 5, 6, { anchor: TITLE3 }),
    );
    expectFailure(r, {
      table: T3,
      page: null,
      row: 'row 2101550 事业运行',
      check: 'basic = 表5 + 表6 + 表7 (basic)',
      printed: 0,
      expected: 17_274_698_00,
    });
    expectFailure(r, {
      table: T3,
      page: null,
      row: 'row 2101550 事业运行',
      check: 'project = 表5 + 表6 + 表7 (project)',
      printed: 17_274_698_00,
      expected: 0,
    });
    expectFailure(r, {
      table: T3,
      page: null,
      row: 'row 21015 医疗保障管理事务',
      check: '基本支出 = sum of children',
      printed: 89_692_973_00,
      expected: 72_418_275_00,
    });
  });

  it('a table missing (表8)', async () => {
    const r = await readText(
      cutBetween(
        doc,
        '\n2026年部门一般公共预算基本支出部门预算经济分类预算表\n',
        '\n2026年部门“三公”经费和机关运行经费预算表\n',
      ),
    );
    expectFailure(r, {
      table: T8,
      page: null,
      row: 'table',
      check: 'the table is present',
      printed: null,
      expected: null,
      message: /is missing/,
    });
    expectNothingAgainst(r, T8); // no check against the missing table reports its 0s as printed figures
    expect(r.report.tables.find((t) => t.number === 8)?.state).toBe('absent');
  });

  it('the text cut off inside the tables: refused as cut off', async () => {
    const r = await readText(truncateAfter(doc, '210\t15\t\t医疗保障管理事务'));
    expectRefused(r, TRUNCATED);
  });
});

describe('HSA 2021 (text of a PDF, empty cells dropped)', () => {
  const doc = sourceText(HSA_2021);
  // The titles of this text stand after a page's first rows: 表3 is found by its first lines.
  const TABLE3_START = '单位：元\n\n类 款 项\n\n208 社会保障和就业支出 7,727,811 7,587,211 140,600';

  it('unmutated: clean', async () => {
    expectClean(await readText(doc));
  });

  it('a digit changed in 表8 (30228 工会经费, both figures)', async () => {
    const r = await readText(
      replaceOnce(doc, '302 28 工会经费 1,093,805 1,093,805', '302 28 工会经费 1,093,806 1,093,806'),
    );
    expectFailure(r, {
      table: T8,
      page: null,
      row: 'row 302 商品和服务支出',
      check: 'the table can be read',
      printed: 18_883_340_00,
      expected: 18_883_341_00,
      message: /合计 printed 18,883,340 but its children sum to 18,883,341/,
    });
  });

  it('a row dropped (表8 30228 工会经费)', async () => {
    const r = await readText(dropLine(doc, '302 28 工会经费 1,093,805 1,093,805'));
    expectFailure(r, {
      table: T8,
      page: null,
      row: 'row 302 商品和服务支出',
      check: 'the table can be read',
      printed: 18_883_340_00,
      expected: 17_789_535_00,
      message: /合计 printed 18,883,340 but its children sum to 17,789,535/,
    });
  });

  it('a row duplicated (表8 30228 工会经费)', async () => {
    const r = await readText(duplicateLine(doc, '302 28 工会经费 1,093,805 1,093,805'));
    expectFailure(r, {
      table: T8,
      page: null,
      row: 'row 30228 工会经费',
      check: 'the table can be read',
      message: /the code appears twice/,
    });
  });

  it('two columns swapped in a row (表5 2101501 行政运行: 基本支出 <-> 项目支出)', async () => {
    const r = await readText(
      swapCellsIn(doc, '210 15 01 行政运行 58,727,992 58,677,992 50,000', 5, 6, {
        separator: ' ',
        anchor: '2021年部门一般公共预算支出功能分类预算表',
      }),
    );
    // no single expected figure: no placement of the children's figures fits the parent's two columns
    expectFailure(r, {
      table: T5,
      page: null,
      row: 'row 21015 医疗保障管理事务',
      check: 'the table can be read',
      message:
        /no placement of the children's figures \(2101501, .*\) adds up to the printed 基本支出 68,051,525 \/ 项目支出 153,013,820/,
    });
  });

  it('a digit changed in 表3: the table is reported and the rest of the document is still read', async () => {
    const r = await readText(
      replaceOnce(doc, '208 05 01 行政单位离退休 8,640 8,640', '208 05 01 行政单位离退休 8,640 8,641', TABLE3_START),
    );
    expectFailure(r, {
      table: T3,
      page: null,
      row: 'row 2080501 行政单位离退休',
      check: 'the table can be read',
      printed: 8_640_00,
      expected: 8_641_00,
      message: /合计 printed 8,640 but its parts 8,641 = 8,641/,
    });
  });

  it('a table missing (表9, printed in 万元)', async () => {
    const r = await readText(cutBetween(doc, '单位:万元', '其他相关情况说明'));
    expectFailure(r, {
      table: T9,
      page: null,
      row: 'table',
      check: 'the table is present',
      printed: null,
      expected: null,
      message: /is missing/,
    });
    // 表8's 三公 lines are not compared with the 0s of a table that is not there
    expectNothingAgainst(r, T9);
  });

  it('the text cut off inside the tables: refused as cut off', async () => {
    const r = await readText(truncateAfter(doc, '208 05 01 行政单位离退休'));
    expectRefused(r, TRUNCATED);
  });
});
