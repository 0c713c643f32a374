import { describe, expect, it } from 'vitest';
import { locateTables } from './locate-tables.ts';
import { readDocument, toLines } from './read-document.ts';
import { source } from '../../scripts/ingest/test-helpers.ts';

describe('read-document and locate-tables', () => {
  it('finds the sections of both layouts by their titles', () => {
    for (const year of [2021, 2026] as const) {
      const d = readDocument(source(year), `doc${year}`);
      expect(d.layout).toBe(year === 2021 ? 'pdf' : 'tab');
      expect(d.notesTitle).toBe(`${year}年部门预算编制说明`);
      expect(d.projects).toHaveLength(6);
      const tables = locateTables(d.tables, d.layout, 'doc');
      expect([...tables.keys()].sort()).toEqual(
        [
          'basicByEconomic',
          'expenditureByFunction',
          'financialSummary',
          'fiscalAppropriation',
          'generalPublicByFunction',
          'governmentFundByFunction',
          'revenueByFunction',
          'threePublic',
          ...(year === 2026 ? ['stateCapitalByFunction'] : []),
        ].sort(),
      );
      expect(tables.get('threePublic')?.unit).toBe('万元');
    }
  });
  it('assigns a PDF page to the table whose title appears after its first rows', () => {
    const text = [
      '单位：元',
      '208 社会保障和就业支出 1 1',
      '2021年部门收入预算总表',
      '单位：元',
      '208 社会保障和就业支出 1 1',
      '2021年部门支出预算总表',
      '210 卫生 2 2',
    ];
    const t = locateTables(
      text.map((x, i) => ({ no: i + 1, text: x, page: null })),
      'pdf',
      'doc',
    );
    expect(t.get('revenueByFunction')?.lines.map((l) => l.no)).toEqual([1, 2]);
    expect(t.get('expenditureByFunction')?.lines.map((l) => l.no)).toEqual([4, 5, 7]);
  });
  it('rejects broken encodings, naming the line', () => {
    expect(() => toLines('a\n208 01 \uFFFD 1', 'doc')).toThrow(/doc: line 2 contains U\+FFFD .*"208 01 � 1"/);
  });
});
