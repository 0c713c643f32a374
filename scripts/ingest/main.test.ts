// The real ingest entry against deliberately damaged copies of the real documents: every damage
// must be reported with a message naming the document, table and row, and no JSON may be written.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { damage, hsa, runFiles, runOn, source, type Run } from './test-helpers.ts';

vi.setConfig({ testTimeout: 60_000 });

const T = '\t';
const EXP26 = '\n2026年部门支出预算总表\n\n编制部门';
const EXP21 = '单位：元\n\n类 款 项\n\n208 社会保障和就业支出 7,727,811 7,587,211 140,600';

/** The ingest failed, wrote nothing, and its FAIL lines contain every part. */
function expectFailure(run: Run, ...parts: (string | RegExp)[]): void {
  expect(run.code).toBe(1);
  expect(run.json).toEqual([]);
  expect(run.fails.length).toBeGreaterThan(0);
  expect(run.log).toMatch(/^ingest failed: \d+ problem\(s\); nothing written$/m);
  const fails = run.fails.join('\n');
  for (const p of parts) expect(fails).toMatch(p);
}

describe('ingest of the real documents', () => {
  it('passes and is deterministic (two runs byte-identical)', async () => {
    const docs = [
      { year: 2021 as const, text: source(2021) },
      { year: 2026 as const, text: source(2026) },
    ];
    const a = await runOn(docs);
    const b = await runOn(docs);
    expect(a.code).toBe(0);
    expect(a.fails).toEqual([]);
    expect(a.json.sort()).toEqual(['index.json', 'schema.json', 'shanghai-hsa-2021.json', 'shanghai-hsa-2026.json']);
    for (const f of a.json)
      expect(readFileSync(join(b.outDir, f), 'utf8')).toBe(readFileSync(join(a.outDir, f), 'utf8'));
    const index = JSON.parse(readFileSync(join(a.outDir, 'index.json'), 'utf8'));
    const bytes = readFileSync(join(a.outDir, 'shanghai-hsa-2026.json'));
    expect(index.documents[1].hash).toBe(createHash('sha256').update(bytes).digest('hex').slice(0, 16));
    // the log is each document's reading report: every check passed, nothing failed, nothing acknowledged
    expect(a.log.match(/^ {2}checks: \d+ run in \d+ kinds, \d+ passed, 0 failed$/gm)).toHaveLength(2);
    expect(a.log.match(/^ {2}failures: 0$/gm)).toHaveLength(2);
    expect(a.log.match(/^clean: 9 tables, \d+ rows, \d+ checks, 0 repairs, every check passed$/gm)).toHaveLength(1); // 2026
    expect(a.log.match(/^clean: 8 tables, \d+ rows, \d+ checks, 0 repairs, every check passed$/gm)).toHaveLength(1); // 2021 prints no 表7
    // --check against the fresh output passes, and fails (naming the file) once a file changes
    expect((await runOn(docs, { check: true, outDir: a.outDir })).code).toBe(0);
    const changed = await runOn([{ year: 2026, text: source(2026) }], { check: true, outDir: a.outDir });
    expect(changed.code).toBe(1);
    expect(changed.log).toMatch(/shanghai-hsa-2021\.json: not produced by the ingest/);
    expect(changed.log).toMatch(/index\.json: differs/);
  });

  it('checks the manifest’s year against the year the document states', async () => {
    const run = await runFiles([hsa(2026, source(2026), 2025)]);
    expectFailure(run, 'FAIL shanghai-hsa-2026: the document is for 2026, the manifest says 2025');
  });
});

describe('damaged 2026 (TAB layout)', () => {
  const doc = source(2026);
  it('one digit changed', async () => {
    const bad = damage(
      doc,
      EXP26,
      `医疗保障管理事务${T}258,566,500${T}89,692,973`,
      `医疗保障管理事务${T}258,566,500${T}89,692,974`,
    );
    expectFailure(
      await runOn([{ year: 2026, text: bad }]),
      'shanghai-hsa-2026 · 表3 部门支出预算总表 · row 21015 医疗保障管理事务: 合计 = 基本支出 + 项目支出: printed 258,566,500元, expected 258,566,501元',
    );
  });
  it('a row deleted', async () => {
    const bad = damage(doc, EXP26, `210${T}15${T}04${T}信息化建设${T}77,586,122${T}${T}77,586,122\n`, '');
    expectFailure(
      await runOn([{ year: 2026, text: bad }]),
      'shanghai-hsa-2026 · 表3 部门支出预算总表 · row 21015 医疗保障管理事务: 合计 = sum of children: printed 258,566,500元, expected 180,980,378元',
    );
  });
  it('two columns swapped', async () => {
    const bad = damage(
      doc,
      EXP26,
      `事业运行${T}17,274,698${T}17,274,698${T}`,
      `事业运行${T}17,274,698${T}${T}17,274,698`,
    );
    expectFailure(
      await runOn([{ year: 2026, text: bad }]),
      'shanghai-hsa-2026 · 表3 部门支出预算总表 · row 21015 医疗保障管理事务: 基本支出 = sum of children: printed 89,692,973元, expected 72,418,275元',
    );
  });
  it('a table missing', async () => {
    const start = doc.indexOf('2026年部门一般公共预算基本支出部门预算经济分类预算表\n\n');
    const end = doc.indexOf('2026年部门“三公”经费和机关运行经费预算表\n\n');
    expectFailure(
      await runOn([{ year: 2026, text: doc.slice(0, start) + doc.slice(end) }]),
      'shanghai-hsa-2026: table "表8 一般公共预算基本支出经济分类预算表" is missing',
    );
  });
  it('a line duplicated', async () => {
    const line = `210${T}15${T}05${T}医疗保障政策管理${T}14,129,280${T}${T}14,129,280\n`;
    expectFailure(
      await runOn([{ year: 2026, text: damage(doc, EXP26, line, line + line) }]),
      /shanghai-hsa-2026 · 表3 部门支出预算总表, row 2101505 医疗保障政策管理: the code appears twice \(lines \d+ and \d+\)/,
    );
  });
  it('a broken encoding', async () => {
    const bad = damage(doc, EXP26, `医疗保障政策管理${T}14,129,280`, `医疗保\uFFFD\uFFFD策管理${T}14,129,280`);
    expectFailure(
      await runOn([{ year: 2026, text: bad }]),
      /shanghai-hsa-2026: .*line \d+ contains U\+FFFD .*"210 15 05 医疗保��策管理 14,129,280/,
    );
  });
  it('a stated figure that disagrees with the tables', async () => {
    const bad = damage(
      doc,
      '2026年部门预算编制说明',
      '“社会保障和就业支出”科目1,552万元',
      '“社会保障和就业支出”科目1,553万元',
    );
    expectFailure(
      await runOn([{ year: 2026, text: bad }]),
      /编制说明 · sentence “1\. “社会保障和就业支出”科目1,553万元.*printed 15,530,000元, expected 15,517,039元 \(±5,000\)/,
    );
  });
});

describe('damaged 2021 (PDF layout)', () => {
  const doc = source(2021);
  it('one digit changed', async () => {
    const bad = damage(doc, EXP21, '208 05 01 行政单位离退休 8,640 8,640', '208 05 01 行政单位离退休 8,640 8,641');
    expectFailure(
      await runOn([{ year: 2021, text: bad }]),
      /shanghai-hsa-2021 · 表3 部门支出预算总表, row 2080501 行政单位离退休 \(line \d+\): 合计 printed 8,640 but its parts 8,641 = 8,641/,
    );
  });
  it('a row deleted', async () => {
    const bad = damage(doc, EXP21, '210 15 02 一般行政管理事务 3,367,500 3,367,500\n', '');
    expectFailure(
      await runOn([{ year: 2021, text: bad }]),
      /shanghai-hsa-2021 · 表3 部门支出预算总表, row 21015 医疗保障管理事务 \(line \d+\): 合计 printed 221,065,345 but its children sum to 217,697,845/,
    );
  });
  it('two columns swapped', async () => {
    const bad = damage(doc, EXP21, '行政运行 58,727,992 58,677,992 50,000', '行政运行 58,727,992 50,000 58,677,992');
    expectFailure(
      await runOn([{ year: 2021, text: bad }]),
      /shanghai-hsa-2021 · 表3 部门支出预算总表, row 21015 医疗保障管理事务 \(line \d+\): no placement of the children's figures .* adds up to the printed 基本支出 68,051,525 \/ 项目支出 153,013,820/,
    );
  });
  it('a table missing', async () => {
    const start = doc.indexOf('单位:万元');
    const end = doc.indexOf('其他相关情况说明');
    expectFailure(
      await runOn([{ year: 2021, text: doc.slice(0, start) + doc.slice(end) }]),
      'shanghai-hsa-2021: table "表9 “三公”经费和机关运行经费预算表" is missing',
    );
  });
  it('a line duplicated', async () => {
    const line = '210 15 05 医疗保障政策管理 10,886,030 10,886,030\n';
    expectFailure(
      await runOn([{ year: 2021, text: damage(doc, EXP21, line, line + line) }]),
      /shanghai-hsa-2021 · 表3 部门支出预算总表, row 2101505 医疗保障政策管理: the code appears twice/,
    );
  });
  it('a broken encoding', async () => {
    const bad = damage(doc, EXP21, '210 15 05 医疗保障政策管理', '210 15 05 医疗\uFFFD障政策管理');
    expectFailure(
      await runOn([{ year: 2021, text: bad }]),
      /shanghai-hsa-2021: .*line \d+ contains U\+FFFD .*"210 15 05 医疗�障政策管理 10,886,030 10,886,030"/,
    );
  });
});

describe('errata', () => {
  it('an inconsistency acknowledged by an erratum proceeds and is recorded; without it, it fails', async () => {
    const bad = damage(
      source(2026),
      '2026年部门“三公”经费和机关运行经费预算表',
      `193.70${T}150.00`,
      `193.71${T}150.00`,
    );
    const failed = await runOn([{ year: 2026, text: bad }]);
    expectFailure(
      failed,
      'shanghai-hsa-2026 · 表9 “三公”经费和机关运行经费预算表 · row “三公”经费: 合计 = 因公出国(境)费 + 公务接待费 + 公务用车购置及运行费: printed 1,937,100元, expected 1,937,000元',
    );
    const sha256 = createHash('sha256').update(bad, 'utf8').digest('hex');
    // figures in fen: 193.71万元 = 1,937,100元 = 193,710,000 fen
    const entry = {
      check: '合计 = 因公出国(境)费 + 公务接待费 + 公务用车购置及运行费',
      table: '表9 “三公”经费和机关运行经费预算表',
      row: 'row “三公”经费',
      printed: 1_937_100_00,
      expected: 1_937_000_00,
      note: 'test: the table prints 193.71',
    };
    const entries = [
      entry,
      {
        ...entry,
        check: '“三公”经费 193.70万元 = 表9 “三公”经费和机关运行经费预算表 合计',
        table: '其他相关情况说明',
        row: 'sentence “2026年“三公”经费预算数为193.70万元，比2025年预算减少15.00万元。”',
        printed: 1_937_000_00,
        expected: 1_937_100_00,
      },
    ];
    const ok = await runOn([{ year: 2026, text: bad }], {
      errata: { 'shanghai-hsa-2026': { document: 'shanghai-hsa-2026', sha256, entries } },
    });
    expect(ok.log).toContain('failures: 2 (2 acknowledged by errata)');
    expect(ok.code).toBe(0);
    const out = JSON.parse(readFileSync(join(ok.outDir, 'shanghai-hsa-2026.json'), 'utf8'));
    expect(out.discrepancies).toHaveLength(2);
    expect(out.discrepancies[0]).toMatchObject({
      printed: 1_937_100_00,
      expected: 1_937_000_00,
      page: null,
      note: 'test: the table prints 193.71',
    });
    const stale = await runOn([{ year: 2026, text: source(2026) }], {
      errata: { 'shanghai-hsa-2026': { document: 'shanghai-hsa-2026', sha256, entries } },
    });
    expectFailure(stale, /was reviewed for sha256/);
  });
});
