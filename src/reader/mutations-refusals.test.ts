// What the reader refuses, end to end through the `npm run read` command (scripts/read.ts): files
// are written to a temporary folder and read by `readCommand`, whose exit code is 0 (clean),
// 1 (read, with failures) or 2 (refused), whose log ends with the reading's summary line, and
// whose --json file holds the reading itself.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { readCommand } from '../../scripts/read.ts';
import { HSA_2026, JUSTICE, sourcePdf, sourceText } from '../../scripts/ingest/test-helpers.ts';
import type { Reading } from './api.ts';
import { changePdfFigure } from './test-support/mutate-pdf.ts';
import { replaceOnce } from './test-support/mutate-text.ts';

vi.setConfig({ testTimeout: 60_000 });

const dir = mkdtempSync(join(tmpdir(), 'reader-refusals-'));

/** Writes `content` as `name` in a temporary folder, runs the command on it, returns exit code, log and the reading. */
async function read(
  name: string,
  content: string | Uint8Array,
): Promise<{ code: number; log: string[]; last: string; reading: Reading }> {
  const file = join(dir, name);
  writeFileSync(file, content);
  const json = `${file}.reading.json`;
  const log: string[] = [];
  const code = await readCommand([file, '--json', json], (l) => log.push(...l.split('\n')));
  return { code, log, last: log.at(-1)!, reading: JSON.parse(readFileSync(json, 'utf8')) };
}

async function expectRefusedFile(name: string, content: string | Uint8Array, reason: RegExp): Promise<void> {
  const r = await read(name, content);
  expect(r.code).toBe(2);
  expect(r.reading.outcome).toBe('refused');
  expect(r.reading.document).toBeNull();
  expect(r.reading.report.refusal).toMatch(reason);
  expect(r.last).toBe(`refused: ${r.reading.report.refusal}`);
}

/** Deterministic noise: the same "random" bytes on every run. */
function noise(length: number): Uint8Array {
  let x = 2463534242;
  return Uint8Array.from({ length }, () => ((x ^= x << 13), (x ^= x >>> 17), (x ^= x << 5), x & 0xff));
}

const hsa2026 = sourceText(HSA_2026);

describe('not a budget of the template: refused, exit code 2', () => {
  it('a 决算 (final account): the HSA 2026 text with its title and table titles turned from 预算 to 决算', async () => {
    const lines = hsa2026.split('\n');
    const retitled = lines.map((l) =>
      /^上海市\d{4}年市级部门预算$/.test(l) || /预算(总)?表$/.test(l) ? l.replace(/预算/g, '决算') : l,
    );
    expect(retitled.filter((l, i) => l !== lines[i]).length).toBeGreaterThanOrEqual(1 + 9 + 9); // title, 9 table titles, 9 contents lines
    await expectRefusedFile(
      'shanghai-hsa-2026-final-account.txt',
      retitled.join('\n'),
      /^This is a final account \(决算\), not a budget \(预算\)/,
    );
  });

  it('an unrelated text (no 预算 in it)', async () => {
    const text = '上海市普陀区2025年国民经济和社会发展统计公报\n\n全年实现地区生产总值比上年增长5.0%。\n';
    await expectRefusedFile('bulletin.txt', text, /^This is not a budget document: no 预算 appears in its text/);
  });

  it('a text about a budget that is not one (no tables of the template)', async () => {
    const text = '关于2026年部门预算公开工作的通知\n\n各单位应于规定时间内公开部门预算。\n';
    await expectRefusedFile(
      'notice.txt',
      text,
      /^This is not a budget of the Shanghai template: expected its nine tables .*found 0 table title\(s\)/,
    );
  });

  it('an empty file, as a text and as a PDF', async () => {
    await expectRefusedFile('empty.txt', '', /no 预算 appears in its text/);
    await expectRefusedFile(
      'empty.pdf',
      new Uint8Array(),
      /^Expected a PDF file .*but found an empty file \(0 bytes\)\.$/,
    );
  });

  it('random bytes named .pdf, and the same bytes named .txt', async () => {
    const bytes = noise(4096);
    const hex = Array.from(bytes.subarray(0, 8), (b) => b.toString(16).padStart(2, '0')).join(' ');
    await expectRefusedFile(
      'random.pdf',
      bytes,
      new RegExp(
        `^Expected a PDF file \\(one that begins with "%PDF-"\\), but found binary data starting with the bytes ${hex}\\.$`,
      ),
    );
    await expectRefusedFile(
      'random.txt',
      bytes,
      /line \d+ contains U\+FFFD replacement characters \(broken encoding\)/,
    );
  });

  it('a web page saved as .pdf', async () => {
    await expectRefusedFile('download.pdf', '<!DOCTYPE html><html><body>404</body></html>', /but found an HTML page/);
  });
});

describe('the read command’s exit codes', () => {
  it('0: every check passed', async () => {
    const r = await read('shanghai-hsa-2026-budget.txt', hsa2026);
    expect(r.code).toBe(0);
    expect(r.reading.outcome).toBe('clean');
    expect(r.log[0]).toBe('shanghai-hsa-2026-budget.txt (text)');
    expect(r.last).toMatch(/^clean: 9 tables, \d+ rows, \d+ checks, 0 repairs, every check passed$/);
  });

  it('1: read with failures (a text), each failure listed in the log', async () => {
    const bad = replaceOnce(
      hsa2026,
      '医疗保障经办事务\t39,824,799\t',
      '医疗保障经办事务\t39,824,798\t',
      '\n2026年部门支出预算总表\n',
    );
    const r = await read('damaged.txt', bad);
    expect(r.code).toBe(1);
    expect(r.reading.outcome).toBe('failures');
    expect(r.reading.document).not.toBeNull();
    expect(r.log).toContain(
      '    damaged.txt · 表3 部门支出预算总表 · row 2101506 医疗保障经办事务: 合计 = 基本支出 + 项目支出: printed 39,824,798元, expected 39,824,799元',
    );
    expect(r.last).toMatch(
      new RegExp(
        `^failures: 9 tables, \\d+ rows, \\d+ checks, 0 repairs, ${r.reading.report.failures.length} failed \\(listed above\\)$`,
      ),
    );
  });

  it('1: read with failures (a PDF whose figure was redrawn), the failure naming its page', async () => {
    const { pdf } = await changePdfFigure(sourcePdf(JUSTICE), 12, '1242900.00', '1242901.00');
    const r = await read('justice-damaged.pdf', pdf);
    expect(r.code).toBe(1);
    expect(r.log[0]).toBe('justice-damaged.pdf (PDF, 23 pages)');
    expect(r.log).toContain(
      '    justice-damaged.pdf · 表3 部门支出预算总表, page 12 · row 2040605 普法宣传: 合计 = 基本支出 + 项目支出: printed 1,242,901元, expected 1,242,900元',
    );
  });

  it('2: refused (a PDF cut off), and for a missing file or no file at all', async () => {
    const pdf = sourcePdf(JUSTICE);
    await expectRefusedFile('cut.pdf', pdf.slice(0, Math.floor(pdf.length * 0.6)), /the file was cut off/);
    const log: string[] = [];
    expect(await readCommand([join(dir, 'no-such-file.pdf')], (l) => log.push(l))).toBe(2);
    expect(log.at(-1)).toMatch(/^refused: cannot read .*no-such-file\.pdf: ENOENT/);
    expect(await readCommand([], (l) => log.push(l))).toBe(2);
    expect(log.at(-1)).toBe('usage: npm run read -- <file.pdf|file.txt> [--json out.json]');
  });
});
