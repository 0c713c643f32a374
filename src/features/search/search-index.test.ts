import { describe, expect, it } from 'vitest';
import { makeDocument } from '../../domain/document-fixture';
import { buildSearchIndex, normalize, searchIndex, type SearchKind } from './search-index';

const doc2026 = makeDocument();
const doc2021 = makeDocument({
  id: 'shanghai-hsa-2021',
  year: 2021,
  tables: {
    ...doc2026.tables,
    expenditureByFunction: doc2026.tables.expenditureByFunction.map((row) =>
      row.code === '2101504' ? { ...row, total: 3_540_950_100, project: 3_540_950_100 } : row,
    ),
    // a line only the revenue table has still gets indexed
    revenueByFunction: [
      { code: '2101506', name: '医疗保障经办事务', total: 1000, fiscal: 1000, business: 0, operating: 0, other: 0 },
    ],
  },
  projects: [],
});
const englishNames: Record<string, string> = {
  'function.2101504': 'Information systems development',
  'economic.30217': 'Official reception',
  'project.热线服务保障经费': 'Hotline service funding',
};
const english = (kind: SearchKind, key: string) => englishNames[`${kind}.${key}`];
const index = buildSearchIndex([doc2021, doc2026], english);

describe('buildSearchIndex', () => {
  it('indexes function lines of every table once, economic lines and projects, per year', () => {
    const of2021 = index.filter((e) => e.year === 2021);
    expect(of2021.filter((e) => e.kind === 'function').map((e) => e.code)).toContain('2101506');
    expect(of2021.filter((e) => e.code === '2101504' && e.kind === 'function')).toHaveLength(1);
    expect(index.filter((e) => e.kind === 'economic' && e.year === 2026)).toHaveLength(4);
    expect(index.filter((e) => e.kind === 'project').map((e) => e.projectId)).toEqual(['p01', 'p02', 'p03']);
    expect(new Set(index.map((e) => e.key)).size).toBe(index.length);
  });
  it('keeps amounts as the documents give them, null for a project without one', () => {
    expect(index.find((e) => e.key === '2021-function-2101504')?.amount).toBe(3_540_950_100);
    expect(index.find((e) => e.projectId === 'p01')?.amount).toBe(2_408_840_000);
    expect(index.find((e) => e.projectId === 'p02')?.amount).toBeNull();
  });
});

describe('searchIndex', () => {
  it('finds a line by name in both years, latest first, before a project of the same name', () => {
    const results = searchIndex(index, '信息化建设');
    expect(results.slice(0, 3).map((e) => e.key)).toEqual([
      '2026-function-2101504',
      '2021-function-2101504',
      '2026-project-p03',
    ]);
    expect(results[0]?.path).toEqual(['210', '21015', '2101504']);
  });
  it('finds a line by its code, the exact code first', () => {
    const results = searchIndex(index, '21015');
    expect(results[0]?.code).toBe('21015');
    expect(results.every((e) => e.code?.startsWith('21015'))).toBe(true);
  });
  it('finds by English name, in any case and by several words', () => {
    expect(searchIndex(index, 'INFORMATION systems')[0]?.key).toBe('2026-function-2101504');
    expect(searchIndex(index, 'systems information')[0]?.key).toBe('2026-function-2101504');
    expect(searchIndex(index, 'reception').map((e) => e.key)).toEqual(['2026-economic-30217', '2021-economic-30217']);
  });
  it('finds a project by its English name, in any case, and keeps the printed name', () => {
    for (const query of ['hotline', 'HOTLINE', 'Hotline service', 'service hotline']) {
      const results = searchIndex(index, query);
      expect(results.map((e) => e.key)).toEqual(['2026-project-p01']);
      expect(results[0]).toMatchObject({ name: '热线服务保障经费', englishName: 'Hotline service funding' });
    }
    expect(index.find((e) => e.projectId === 'p02')?.englishName).toBeNull();
  });
  it('finds no project by English without the translations', () => {
    expect(searchIndex(buildSearchIndex([doc2026]), 'hotline')).toEqual([]);
  });
  it('finds a project by the words of its description', () => {
    const results = searchIndex(index, '12393');
    expect(results.map((e) => e.key)).toEqual(['2026-project-p01']);
  });
  it('gives nothing for an empty query or no match, and respects the limit', () => {
    expect(searchIndex(index, '   ')).toEqual([]);
    expect(searchIndex(index, '不存在的科目')).toEqual([]);
    expect(searchIndex(index, '2', 3)).toHaveLength(3);
  });
  it('normalizes spaces and quotes', () => {
    expect(normalize(' “三公” 经费 ')).toBe('三公经费');
    expect(searchIndex(index, '信息化 建设')[0]?.key).toBe('2026-function-2101504');
  });
});
