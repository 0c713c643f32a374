import { describe, expect, it } from 'vitest';
import type { ImportedRecord } from '../../data/imports/types';
import type { IndexEntry } from '../../domain/library';
import { departmentName, fileSize, formatDate, knownDocument, yearsOfDept } from './library-names';

const entry = (id: string, year: number, over: Partial<IndexEntry> = {}): IndexEntry => ({
  id,
  year,
  dept: id.replace(/-\d{4}$/, ''),
  department: '上海市普陀区财政局',
  departmentEn: 'Putuo District Finance Bureau',
  level: 'district',
  district: '普陀区',
  kind: 'department',
  file: `${id}.json`,
  hash: '0123456789abcdef',
  bytes: 1,
  ...over,
});

const record = (id: string, year: number, department: string, importedAt = '2026-03-05T10:00:00.000Z') =>
  ({
    sha256: id.padEnd(64, '0'),
    fileName: `${id}.pdf`,
    fileBytes: 1000,
    importedAt,
    document: { id, year, department },
  }) as unknown as ImportedRecord;

const entries = [
  entry('putuo-finance-2025', 2025),
  entry('shanghai-hsa-2026', 2026, { department: '上海市医疗保障局', departmentEn: null }),
];

describe('library names', () => {
  it('gives our English name in English, the published one otherwise', () => {
    expect(departmentName('putuo-finance', '上海市普陀区财政局', entries, 'en')).toEqual({
      text: 'Putuo District Finance Bureau',
      lang: 'en',
    });
    expect(departmentName('putuo-finance', '上海市普陀区财政局', entries, 'zh-CN').lang).toBe('zh-CN');
    expect(departmentName('shanghai-hsa', '上海市医疗保障局', entries, 'en')).toEqual({
      text: '上海市医疗保障局',
      lang: 'zh-CN',
    });
  });
  it('counts the years of a department, bundled and imported', () => {
    const imports = [record('imported-aaa', 2024, '上海市普陀区财政局'), record('imported-bbb', 2025, '其他')];
    const deptOf = (r: ImportedRecord) => (r.document.id === 'imported-aaa' ? 'putuo-finance' : 'imported-x');
    expect(yearsOfDept('putuo-finance', entries, imports, deptOf)).toEqual([2024, 2025]);
    expect(yearsOfDept('imported-x', entries, imports, deptOf)).toEqual([2025]);
  });
  it('says what a known file is: bundled, or imported on a date', () => {
    expect(
      knownDocument({ id: 'putuo-finance-2025', dept: 'putuo-finance', bundled: true }, entries, [], 'en'),
    ).toEqual({
      name: { text: 'Putuo District Finance Bureau', lang: 'en' },
      year: 2025,
      importedAt: null,
    });
    const mine = record('imported-ccc', 2023, '某区某局');
    expect(knownDocument({ id: 'imported-ccc', dept: 'imported-1', bundled: false }, entries, [mine], 'zh-CN')).toEqual(
      {
        name: { text: '某区某局', lang: 'zh-CN' },
        year: 2023,
        importedAt: mine.importedAt,
      },
    );
  });
  it('writes sizes and dates', () => {
    expect(fileSize(812)).toEqual({ unit: 'bytes', value: 812 });
    expect(fileSize(9830)).toEqual({ unit: 'kb', value: 9.6 });
    expect(fileSize(184065)).toEqual({ unit: 'kb', value: 180 });
    expect(fileSize(50 * 1024 * 1024)).toEqual({ unit: 'mb', value: 50 });
    expect(formatDate('2026-03-05T10:00:00.000Z', 'en')).toBe('Mar 5, 2026');
    expect(formatDate('2026-03-05T10:00:00.000Z', 'zh-CN')).toBe('2026年3月5日');
    expect(formatDate('not a date', 'en')).toBe('');
  });
});
