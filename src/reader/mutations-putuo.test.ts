// Mutation tests of two Putuo texts (extracted from the published PDFs, `=== 第N页 ===` page
// marks): 司法局 2026, whose tables print every cell (0.00 included), and 财政局 2025, whose 表3
// leaves empty cells out. Besides rows and figures, whole pages are dropped and printed twice.
// Every failure must name its table, page and row, with both figures in fen. Both texts print one
// 编制说明 sentence whose figure disagrees with 表3 (their answer keys' knownInconsistencies):
// unmutated, that is their only failure; a mutation must add its own, found by table, page, row
// and figures.
import { describe, expect, it } from 'vitest';
import { FINANCE, JUSTICE, sourceText } from '../../scripts/ingest/test-helpers.ts';
import {
  dropLine,
  dropPages,
  duplicateLine,
  duplicatePage,
  pageText,
  replaceOnPage,
  swapCellsIn,
  truncateAfter,
} from './test-support/mutate-text.ts';
import { expected as finance } from './fixtures/putuo-finance-2025.expected.ts';
import { expected as justice } from './fixtures/putuo-justice-2026.expected.ts';
import {
  expectFailure,
  expectOnlyKnownInconsistencies,
  expectRefused,
  readText,
  TRUNCATED,
  expectNothingAgainst,
} from './test-support/expect-reading.ts';

const T3 = '表3 部门支出预算总表';
const T8 = '表8 一般公共预算基本支出经济分类预算表';

describe('普陀区司法局 2026 (text with page marks; 表3 on pages 12–13, 表8 on 19–20)', () => {
  const doc = sourceText(JUSTICE);
  const TITLE3 = '2026年部门支出预算总表';
  const PUFA = '204\t06\t05\t普法宣传\t1242900.00\t0.00\t1242900.00'; // page 12
  const GONGJIJIN = '221\t02\t01\t住房公积金\t2087959.00\t2087959.00\t0.00'; // page 13

  it('unmutated: only the document’s own inconsistency, and the premises of the mutations hold', async () => {
    expectOnlyKnownInconsistencies(await readText(doc), justice);
    expect(pageText(doc, 12)).toContain(`${TITLE3}\n`);
    expect(pageText(doc, 12)).toContain(PUFA);
    expect(pageText(doc, 13)).toContain(GONGJIJIN);
    expect(pageText(doc, 13)).toMatch(/^合计\t96282213\.44\t/m);
    expect(pageText(doc, 19)).toContain('2026年部门一般公共预算基本支出部门预算经济分类预算表');
    expect(pageText(doc, 20)).toMatch(/^合计\t25741666\.44\t/m);
  });

  it('a digit changed in a 项 row’s 合计 (表3, page 12)', async () => {
    const r = await readText(replaceOnPage(doc, 12, '普法宣传\t1242900.00', '普法宣传\t1242800.00'));
    expectFailure(r, {
      table: T3,
      page: 12,
      row: 'row 2040605 普法宣传',
      check: '合计 = 基本支出 + 项目支出',
      printed: 1_242_800_00,
      expected: 1_242_900_00,
    });
    expectFailure(r, {
      table: T3,
      page: 12,
      row: 'row 20406 司法',
      check: '合计 = sum of children',
      printed: 87_267_272_44,
      expected: 87_267_172_44,
    });
  });

  it('a row dropped (表3 2040605 普法宣传, page 12)', async () => {
    const r = await readText(dropLine(doc, PUFA, TITLE3));
    expectFailure(r, {
      table: T3,
      page: 12,
      row: 'row 20406 司法',
      check: '合计 = sum of children',
      printed: 87_267_272_44,
      expected: 86_024_372_44,
    });
    expectFailure(r, {
      table: T3,
      page: 12,
      row: 'row 20406 司法',
      check: '项目支出 = sum of children',
      printed: 70_540_547_00,
      expected: 69_297_647_00,
    });
    expectFailure(r, {
      table: T3,
      page: 12,
      row: 'row 2040605 普法宣传',
      check: '合计 = 表2 部门收入预算总表 合计',
      printed: 0,
      expected: 1_242_900_00,
    });
  });

  it('a row duplicated on the second page of the table (表3 2210201 住房公积金, page 13)', async () => {
    const r = await readText(duplicateLine(doc, GONGJIJIN, TITLE3));
    expectFailure(r, {
      table: T3,
      page: 13,
      row: 'row 2210201 住房公积金',
      check: 'the table can be read',
      message: /the code appears twice/,
    });
  });

  it('two columns swapped in a row (表3 2040601 行政运行: 基本支出 <-> 项目支出, page 12)', async () => {
    const r = await readText(
      swapCellsIn(doc, '204\t06\t01\t行政运行\t16726725.44\t16726725.44\t0.00', 5, 6, { anchor: TITLE3 }),
    );
    expectFailure(r, {
      table: T3,
      page: 12,
      row: 'row 2040601 行政运行',
      check: 'basic = 表5 + 表6 + 表7 (basic)',
      printed: 0,
      expected: 16_726_725_44,
    });
    expectFailure(r, {
      table: T3,
      page: 12,
      row: 'row 2040601 行政运行',
      check: 'project = 表5 + 表6 + 表7 (project)',
      printed: 16_726_725_44,
      expected: 0,
    });
    expectFailure(r, {
      table: T3,
      page: 12,
      row: 'row 20406 司法',
      check: '基本支出 = sum of children',
      printed: 16_726_725_44,
      expected: 0,
    });
  });

  it('the second page of a two-page table dropped (表3 page 13, with its 合计 row)', async () => {
    const r = await readText(dropPages(doc, 13));
    expect(r.report.pages).toBe(22);
    expectFailure(r, { table: T3, page: 12, row: 'row 合计', check: 'the table can be read', message: /no 合计 row/ });
  });

  it('a page printed twice (表3 page 13)', async () => {
    const r = await readText(duplicatePage(doc, 13));
    expectFailure(r, {
      table: T3,
      page: 13,
      row: 'row 合计',
      check: 'the table can be read',
      message: /a second 合计 row/,
    });
  });

  it('a table missing (表8: pages 19 and 20 removed)', async () => {
    const r = await readText(dropPages(doc, 19, 20));
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
    expectRefused(await readText(truncateAfter(doc, PUFA)), TRUNCATED);
  });
});

describe('普陀区财政局 2025 (text with page marks; 表3 leaves empty cells out)', () => {
  const doc = sourceText(FINANCE);
  const TITLE3 = '2025年部门支出预算总表';

  it('unmutated: only the document’s own inconsistency, and the premises of the mutations hold', async () => {
    expectOnlyKnownInconsistencies(await readText(doc), finance);
    expect(pageText(doc, 12)).toContain(`${TITLE3}\n`);
    expect(pageText(doc, 13)).toMatch(/^合计\t31,214,205\.80\t/m);
    expect(pageText(doc, 20)).toContain('302\t28\t工会经费\t258,915.00\t0.00\t258,915.00');
  });

  it('a figure changed in 表8 (30228 工会经费, page 20; its parent 302 on page 19)', async () => {
    const r = await readText(replaceOnPage(doc, 20, '工会经费\t258,915.00', '工会经费\t258,916.00'));
    expectFailure(r, {
      table: T8,
      page: 20,
      row: 'row 30228 工会经费',
      check: '合计 = 人员经费 + 公用经费',
      printed: 258_916_00,
      expected: 258_915_00,
    });
    expectFailure(r, {
      table: T8,
      page: 19,
      row: 'row 302 商品和服务支出',
      check: '合计 = sum of children',
      printed: 2_204_335_00,
      expected: 2_204_336_00,
    });
  });

  it('a row dropped (表3 2010607 信息化建设, page 12): the parent no longer adds up', async () => {
    const r = await readText(dropLine(doc, '201\t06\t07\t信息化建设\t1,666,600.00\t1,666,600.00', TITLE3));
    expectFailure(r, {
      table: T3,
      page: 12,
      row: 'row 20106 财政事务',
      check: 'the table can be read',
      printed: 22_186_440_80,
      expected: 20_519_840_80,
      message: /合计 printed 22,186,440\.80 but its children sum to 20,519,840\.80/,
    });
  });

  it('two columns swapped in a row (表3 2010601 行政运行, page 12): no placement adds up', async () => {
    const r = await readText(
      swapCellsIn(doc, '201\t06\t01\t行政运行\t16,231,840.80\t16,093,326.00\t138,514.80', 5, 6, { anchor: TITLE3 }),
    );
    // no single expected figure: the parent prints two columns that no placement of the children reaches
    expectFailure(r, {
      table: T3,
      page: 12,
      row: 'row 20106 财政事务',
      check: 'the table can be read',
      message: /no placement of the children's figures .* 基本支出 16,093,326 \/ 项目支出 6,093,114\.80/,
    });
  });

  it('a page printed twice (表3 page 13)', async () => {
    const r = await readText(duplicatePage(doc, 13));
    expectFailure(r, {
      table: T3,
      page: 13,
      row: 'row 合计',
      check: 'the table can be read',
      message: /a second 合计 row/,
    });
  });
});
