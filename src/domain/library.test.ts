import { describe, expect, it } from 'vitest';
import { departmentsOf, deptOfEntry, deptOfImported, importedDeptKey, type IndexEntry } from './library';

const entry = (id: string, year: number, department: string, extra: Partial<IndexEntry> = {}): IndexEntry => ({
  id,
  year,
  department,
  level: 'municipal',
  district: null,
  kind: 'department',
  file: `${id}.json`,
  hash: '0123456789abcdef',
  bytes: 1,
  ...extra,
});

describe('departmentsOf', () => {
  it('groups the index by department with its years ascending and its English name', () => {
    const list = departmentsOf([
      entry('shanghai-hsa-2026', 2026, '上海市医疗保障局', { dept: 'shanghai-hsa', departmentEn: 'HSA' }),
      entry('putuo-justice-2026', 2026, '上海市普陀区司法局', {
        dept: 'putuo-justice',
        level: 'district',
        district: '普陀区',
      }),
      entry('shanghai-hsa-2021', 2021, '上海市医疗保障局', { dept: 'shanghai-hsa', departmentEn: 'HSA' }),
    ]);
    expect(list).toEqual([
      {
        dept: 'shanghai-hsa',
        name: '上海市医疗保障局',
        nameEn: 'HSA',
        level: 'municipal',
        district: null,
        kind: 'department',
        years: [2021, 2026],
        imported: false,
      },
      {
        dept: 'putuo-justice',
        name: '上海市普陀区司法局',
        nameEn: null,
        level: 'district',
        district: '普陀区',
        kind: 'department',
        years: [2026],
        imported: false,
      },
    ]);
  });

  it('takes the department of an entry archived before the library from its id', () => {
    expect(deptOfEntry({ id: 'shanghai-hsa-2021' })).toBe('shanghai-hsa');
    expect(deptOfEntry({ id: 'shanghai-hsa-2021', dept: 'other' })).toBe('other');
  });
});

describe('deptOfImported', () => {
  const municipal = { level: 'municipal', district: null, kind: 'department' } as const;
  const library = [{ dept: 'shanghai-hsa', name: '上海市医疗保障局', years: [2021, 2026], ...municipal }];

  it('puts a new year of a library department into that department', () => {
    expect(deptOfImported({ department: '上海市医疗保障局', year: 2027, ...municipal }, library)).toBe('shanghai-hsa');
  });

  it('keeps a year the library already has apart, under the import’s own key', () => {
    expect(deptOfImported({ department: '上海市医疗保障局', year: 2026, ...municipal }, library)).toBe(
      importedDeptKey('上海市医疗保障局', 'department'),
    );
  });

  it('never joins a unit budget to a department budget of the same body', () => {
    const unit = { ...municipal, kind: 'unit' } as const;
    expect(deptOfImported({ department: '上海市医疗保障局', year: 2027, ...unit }, library)).toBe(
      importedDeptKey('上海市医疗保障局', 'unit'),
    );
  });

  it('gives a department the library does not have a key that is the same in every browser', () => {
    const key = deptOfImported({ department: '上海市普陀区财政局', year: 2025, ...municipal }, library);
    expect(key).toMatch(/^imported-[0-9a-f]{8}$/);
    expect(key).toBe(importedDeptKey('上海市普陀区财政局', 'department'));
    expect(key).not.toBe(importedDeptKey('上海市普陀区司法局', 'department'));
    expect(key).not.toBe(importedDeptKey('上海市普陀区财政局', 'unit'));
  });
});
