import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MIGRATED_VERSION, migrateDocument, migrateIndex } from './migrate';
import { BudgetDocument, DataIndex, Money, SCHEMA_VERSION } from './schema';

// The real version-1 files: every archived data version (what pinned embeds load) and
// public/data while it is still version 1. Read relative to this file, never by absolute path.
const read = (path: string): unknown => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));
const versions = read('data/versions.json') as { documents: { hash: string; file: string }[] };
// Archived versions are never rewritten: those written before contract version 2 hold yuan.
const archived = versions.documents
  .map(({ hash, file }) => `data/versions/${hash}/${file}`)
  .filter((path) => (read(path) as { schemaVersion?: number }).schemaVersion === 1);
const archivedV2 = versions.documents
  .map(({ hash, file }) => `data/versions/${hash}/${file}`)
  .filter((path) => (read(path) as { schemaVersion?: number }).schemaVersion === 2);
const publicIndex = read('public/data/index.json') as { schemaVersion: number; documents: { file: string }[] };
const publicV1 = publicIndex.schemaVersion === 1 ? publicIndex.documents.map(({ file }) => `public/data/${file}`) : [];
const v1Files = [...archived, ...publicV1];

type Json = Record<string, unknown>;
type Schema = { _zod: { def: { type: string; shape?: Record<string, Schema>; element?: Schema; innerType?: Schema } } };

const unwrap = (schema: Schema): Schema => {
  const { def } = schema._zod;
  return (def.type === 'nullable' || def.type === 'optional') && def.innerType ? unwrap(def.innerType) : schema;
};

/**
 * Walks the version-2 schema over a version-1 document and its migration: where the schema says
 * Money the migrated value must be exactly 100 times the old one, everything else equal. The
 * money fields come from the contract itself here, not from migrate.ts's own list.
 */
function compareMoney(schema: Schema, v1: unknown, v2: unknown, path: string, money: string[]): void {
  const s = unwrap(schema);
  if (s === (Money as unknown as Schema)) {
    expect(v2, path).toBe(v1 === null ? null : (v1 as number) * 100);
    money.push(path.replace(/\.\d+/g, '[]'));
    return;
  }
  const { def } = s._zod;
  if (v1 === null || v1 === undefined) return void expect(v2, path).toBe(v1);
  if (def.type === 'object' && def.shape) {
    for (const [key, inner] of Object.entries(def.shape))
      if (key in (v1 as Json)) compareMoney(inner, (v1 as Json)[key], (v2 as Json)[key], `${path}.${key}`, money);
    return;
  }
  if (def.type === 'array' && def.element)
    return (v1 as unknown[]).forEach((item, i) =>
      compareMoney(def.element!, item, (v2 as unknown[])[i], `${path}.${i}`, money),
    );
  expect(v2, path).toEqual(v1);
}

describe('migrateDocument', () => {
  it('leads to the current contract version', () => {
    expect(MIGRATED_VERSION).toBe(SCHEMA_VERSION);
  });

  it('has real version-1 files to test on', () => {
    expect(archived.length).toBeGreaterThanOrEqual(2);
  });

  it.each(v1Files)('turns %s into a valid version-2 document, every money field ×100', (file) => {
    const v1 = read(file) as Json;
    expect(v1.schemaVersion).toBe(1);
    const before = JSON.stringify(v1);
    const migrated = migrateDocument(v1) as Json;
    expect(JSON.stringify(v1)).toBe(before); // pure: the input is not changed
    const result = BudgetDocument.safeParse(migrated);
    expect(result.error?.issues ?? []).toEqual([]);
    const money: string[] = [];
    compareMoney(BudgetDocument as unknown as Schema, { ...v1, schemaVersion: 2 }, migrated, '', money);
    // Every kind of money field was seen (tables, totals, stated amounts and their changes).
    for (const path of [
      '.tables.expenditureByFunction[].basic',
      '.tableTotals.basicByEconomic.publicUse',
      '.tables.threePublic.agencyOperation',
      '.budgetNotes.fiscalExpenditure.change.amount',
      '.budgetNotes.byCategory[].amount.precision',
      '.projects[].amount.amount',
      '.tables.fiscalAppropriation.expenditureTotal.generalPublic',
      '.tables.financialSummary.revenue[].amount',
    ]) {
      expect(money, path).toContain(path);
    }
    // What version 1 could not say: every such document was a municipal department budget in whole yuan.
    expect(migrated).toMatchObject({
      schemaVersion: 2,
      level: 'municipal',
      district: null,
      kind: 'department',
      printsFen: false,
    });
    // Keys in the schema's order, as a newly written file has them.
    expect(Object.keys(migrated)).toEqual(Object.keys((BudgetDocument as unknown as Schema)._zod.def.shape!));
  });

  it('gives the figures of the 2026 text in fen', () => {
    const doc = migrateDocument(read('data/versions/dcf3161a3cbf9fe9/shanghai-hsa-2026.json')) as BudgetDocument;
    // 表1: 收入总计	300,170,000	支出总计	300,170,000
    expect(doc.tableTotals.expenditureByFunction.total).toBe(30_017_000_000);
    // 表2: 210 15 04 信息化建设	77,586,122
    expect(doc.tables.expenditureByFunction.find((r) => r.code === '2101504')?.total).toBe(7_758_612_200);
    // 表9: 193.70	150.00	21.60	22.10		22.10	1,741.76 (万元)
    expect(doc.tables.threePublic).toMatchObject({
      total: 193_700_000,
      overseas: 150_000_000,
      reception: 21_600_000,
      vehicles: 22_100_000,
      agencyOperation: 1_741_760_000,
    });
    // 支出预算30,017万元，其中：财政拨款支出预算30,017万元，比2025年预算增加4,259万元
    expect(doc.budgetNotes.fiscalExpenditure).toMatchObject({
      amount: 30_017_000_000,
      precision: 1_000_000,
      change: { amount: 4_259_000_000 },
    });
    // 年度预算安排754.813万元
    expect(doc.projects.map((p) => p.amount).find((a) => a?.printed === '754.813万元')).toMatchObject({
      amount: 754_813_000,
      precision: 1_000,
    });
  });

  it('gives the figures of the 2021 text in fen', () => {
    const doc = migrateDocument(read('data/versions/144989f70714a4bc/shanghai-hsa-2021.json')) as BudgetDocument;
    expect(doc.tableTotals.expenditureByFunction.total).toBe(24_653_087_200); // 表3 合计 246,530,872
    // 财政拨款支出预算24,653万元，比2020年预算减少10,046万元
    expect(doc.budgetNotes.fiscalExpenditure).toMatchObject({
      amount: 24_653_000_000,
      change: { direction: 'decrease', amount: 10_046_000_000 },
    });
  });

  it('gives a recorded discrepancy a page and fen', () => {
    const v1 = read(archived[0]!) as Json;
    const discrepancy = {
      check: 'c',
      table: '表8',
      row: 'row 302',
      printed: 21_590_000,
      expected: 21_589_999,
      note: 'n',
    };
    const doc = migrateDocument({ ...v1, discrepancies: [discrepancy] }) as BudgetDocument;
    expect(doc.discrepancies).toEqual([
      {
        check: 'c',
        table: '表8',
        row: 'row 302',
        page: null,
        printed: 2_159_000_000,
        expected: 2_158_999_900,
        note: 'n',
      },
    ]);
    expect(Object.keys(doc.discrepancies[0]!)).toEqual([
      'check',
      'table',
      'row',
      'page',
      'printed',
      'expected',
      'note',
    ]);
    expect(BudgetDocument.safeParse(doc).success).toBe(true);
  });

  it.each(archivedV2)('keeps %s, archived under version 2, valid and unchanged', (file) => {
    const doc = read(file);
    expect(migrateDocument(doc)).toBe(doc);
    expect(BudgetDocument.safeParse(doc).error?.issues ?? []).toEqual([]);
  });

  it('leaves current data and unknown versions as they are', () => {
    const current = migrateDocument(read(archived[0]!));
    expect(migrateDocument(current)).toBe(current);
    const future = { schemaVersion: 3, tables: { threePublic: { total: 1 } } };
    expect(migrateDocument(future)).toBe(future);
    for (const odd of [null, 'text', [1], 42]) expect(migrateDocument(odd)).toBe(odd);
  });

  it('leaves ill-typed money alone, so that validation still reports it', () => {
    const v1 = read(archived[0]!) as BudgetDocument;
    const broken = {
      ...v1,
      tableTotals: { ...v1.tableTotals, expenditureByFunction: { total: '300170000', basic: 1.5, project: null } },
    };
    const migrated = migrateDocument(broken) as BudgetDocument;
    expect(migrated.tableTotals.expenditureByFunction).toEqual({ total: '300170000', basic: 1.5, project: null });
    expect(BudgetDocument.safeParse(migrated).success).toBe(false);
  });
});

describe('migrateIndex', () => {
  it.each(['data/versions.json', 'public/data/index.json'])('turns %s into a valid version-2 index', (file) => {
    const v1 = read(file) as { schemaVersion: number; documents: Json[] };
    const migrated = migrateIndex(v1) as DataIndex;
    expect(DataIndex.safeParse(migrated).error?.issues ?? []).toEqual([]);
    expect(migrated.schemaVersion).toBe(2);
    expect(migrated.documents.map((d) => d.hash)).toEqual(v1.documents.map((d) => d.hash)); // the data versions are the files' own
    if (v1.schemaVersion === 1) {
      for (const entry of migrated.documents)
        expect(entry).toMatchObject({ level: 'municipal', district: null, kind: 'department' });
      expect(Object.keys(migrated.documents[0]!)).toEqual([
        'id',
        'year',
        'department',
        'level',
        'district',
        'kind',
        'file',
        'hash',
        'bytes',
      ]);
    }
  });

  it('leaves current and unknown versions as they are', () => {
    const current = migrateIndex(read('data/versions.json'));
    expect(migrateIndex(current)).toBe(current);
    const future = { schemaVersion: 9, documents: [] };
    expect(migrateIndex(future)).toBe(future);
  });
});
