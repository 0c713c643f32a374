import { describe, expect, it } from 'vitest';
import { makeDocument } from '../../domain/document-fixture';
import { DEFAULT_VIEW_STATE } from '../../state/link/app-link';
import { dataVersionsOf, sourceOfView } from '../../state/source-of-view';
import { citeSource } from './use-citation';

const d2021 = makeDocument({ id: 'shanghai-hsa-2021', year: 2021 });
const d2026 = makeDocument();
const documents = [d2021, d2026];

describe('sourceOfView', () => {
  it('cites the year and table each view shows', () => {
    expect(sourceOfView({ ...DEFAULT_VIEW_STATE, view: 'explore', year: 2021 }, documents)).toEqual({
      documents: [d2021],
      tables: ['expenditureByFunction'],
    });
    expect(sourceOfView({ ...DEFAULT_VIEW_STATE, view: 'explore', cls: 'economic' }, documents).tables).toEqual([
      'basicByEconomic',
    ]);
    expect(sourceOfView({ ...DEFAULT_VIEW_STATE, view: 'tables', table: 'threePublic' }, documents)).toEqual({
      documents: [d2026],
      tables: ['threePublic'],
    });
    expect(sourceOfView({ ...DEFAULT_VIEW_STATE, view: 'compare' }, documents).documents).toEqual([d2021, d2026]);
    expect(sourceOfView({ ...DEFAULT_VIEW_STATE, view: 'about' }, documents)).toEqual({ documents, tables: [] });
  });
});

describe('dataVersionsOf', () => {
  it('gives the hashes index.json lists for the documents', () => {
    const entry = (id: string, hash: string) => ({
      id,
      year: 0,
      department: '',
      level: 'municipal' as const,
      district: null,
      kind: 'department' as const,
      file: `${id}.json`,
      hash,
      bytes: 1,
    });
    const index = {
      schemaVersion: 2 as const,
      documents: [entry('shanghai-hsa-2021', 'a'.repeat(16)), entry('shanghai-hsa-2026', 'b'.repeat(16))],
    };
    expect(dataVersionsOf(index, [d2026])).toEqual(['b'.repeat(16)]);
    expect(dataVersionsOf(null, [d2026])).toEqual([]);
  });
});

describe('citeSource', () => {
  const t = ((key: string, o: Record<string, unknown> = {}) => {
    const texts: Record<string, string> = {
      'cite.year': `${o.year}年`,
      'cite.yearsJoin': '、',
      'cite.tables': `，${o.names}`,
      'cite.tablesJoin': '、',
      'cite.source': `来源：${o.department}${o.years}${o.kind}${o.tables}`,
      'cite.kind.department': '部门预算',
      'cite.imported': `（您导入的文件：${o.files}）`,
      'cite.importedFile': `“${o.file}”，SHA-256 ${o.hash}`,
      'tables.expenditureByFunction': '部门支出预算总表',
    };
    return texts[key] ?? key;
  }) as never;
  it('names department, years and tables', () => {
    expect(citeSource(t, { documents: [d2021, d2026], tables: ['expenditureByFunction'] }, '上海市医疗保障局')).toBe(
      '来源：上海市医疗保障局2021年、2026年部门预算，部门支出预算总表',
    );
    expect(citeSource(t, { documents: [d2026], tables: [] }, 'HSA')).toBe('来源：HSA2026年部门预算');
  });

  it('names the file and hash of a document the reader imported', () => {
    const imported = { ...d2026, id: 'imported-0123456789ab', source: { file: 'my.pdf', sha256: 'ab'.repeat(32) } };
    expect(citeSource(t, { documents: [imported], tables: [] }, 'HSA')).toBe(
      `来源：HSA2026年部门预算 （您导入的文件：“my.pdf”，SHA-256 ${'ab'.repeat(32)}）`,
    );
  });
});
