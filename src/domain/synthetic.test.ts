import { afterEach, describe, expect, it, vi } from 'vitest';
import { BudgetDocument } from './schema';
import { buildTree, flatten, type CodedRow, type Measure } from './hierarchy';
import { levelOneTotal } from './compare';
import { makeRng, makeSyntheticDocument } from './synthetic';

/** Every parent equals the sum of its children in every listed column; no orphans. */
function expectConsistentTree<R extends CodedRow>(rows: readonly R[], measures: Measure<R>[]): void {
  const tree = buildTree(rows);
  const nodes = flatten(tree);
  expect(nodes).toHaveLength(rows.length);
  expect(nodes.filter((n) => n.orphan)).toEqual([]);
  for (const node of nodes) {
    if (node.children.length === 0) continue;
    for (const m of measures) {
      const sum = node.children.reduce((s, c) => s + (c.row[m] as number), 0);
      if (sum !== node.row[m]) expect.fail(`${node.code} ${m}: ${String(node.row[m])} != ${sum}`);
    }
  }
}

const leaves = (rows: readonly CodedRow[]) => flatten(buildTree(rows)).filter((n) => n.children.length === 0);

describe('makeRng', () => {
  it('is deterministic and in [0, 1)', () => {
    const a = makeRng(42);
    const b = makeRng(42);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(new Set(xs).size).toBeGreaterThan(990);
    expect(makeRng(43)()).not.toBe(makeRng(42)());
  });
});

describe('makeSyntheticDocument', () => {
  afterEach(() => vi.restoreAllMocks());

  it.each([0, 1, 2, 10, 137, 1_000])('passes the schema with %i leaf rows', (leafRows) => {
    const doc = makeSyntheticDocument({ seed: leafRows + 1, year: 2026, leafRows });
    expect(() => BudgetDocument.parse(doc)).not.toThrow();
    expect(leaves(doc.tables.expenditureByFunction)).toHaveLength(leafRows);
  });

  it('is consistent like an ingested document', () => {
    const doc = makeSyntheticDocument({ seed: 7, year: 2026, leafRows: 2_000 });
    const t = doc.tables;
    expectConsistentTree(t.expenditureByFunction, ['total', 'basic', 'project']);
    expectConsistentTree(t.generalPublicByFunction, ['total', 'basic', 'project']);
    expectConsistentTree(t.revenueByFunction, ['total', 'fiscal', 'business', 'operating', 'other']);
    expectConsistentTree(t.basicByEconomic, ['total', 'personnel', 'publicUse']);
    for (const r of t.expenditureByFunction) expect(r.total).toBe(r.basic + r.project);
    for (const r of t.basicByEconomic) expect(r.total).toBe(r.personnel + r.publicUse);

    const total = levelOneTotal(t.expenditureByFunction, 'total');
    expect(doc.tableTotals.expenditureByFunction).toEqual({
      total,
      basic: levelOneTotal(t.expenditureByFunction, 'basic'),
      project: levelOneTotal(t.expenditureByFunction, 'project'),
    });
    expect(doc.tableTotals.revenueByFunction.total).toBe(total);
    expect(t.financialSummary.revenueTotal).toBe(total);
    expect(t.financialSummary.expenditureTotal).toBe(total);
    expect(t.fiscalAppropriation.expenditureTotal.total).toBe(total);
    expect(t.financialSummary.expenditure.reduce((s, l) => s + (l.amount ?? 0), 0)).toBe(total);
    // Table 8 is the basic spending of table 5.
    expect(doc.tableTotals.basicByEconomic.total).toBe(doc.tableTotals.generalPublicByFunction.basic);
    expect(levelOneTotal(t.basicByEconomic, 'total')).toBe(doc.tableTotals.basicByEconomic.total);

    const tp = t.threePublic;
    expect(tp.total).toBe(tp.overseas + tp.reception + tp.vehicles);
    expect(tp.vehicles).toBe(tp.vehiclePurchase + tp.vehicleOperation);
    expect(doc.otherNotes.threePublic.total.amount).toBe(tp.total); // multiples of 100 yuan print exactly
    // The stated total is the table total rounded to 万元 (1,000,000 fen).
    expect(Math.abs(doc.budgetNotes.expenditureTotal.amount - total)).toBeLessThanOrEqual(500_000);
    expect(doc.printsFen).toBe(true);
    expect(t.expenditureByFunction.some((r) => r.total % 100 !== 0)).toBe(true); // figures with fen
    expect(t.governmentFundByFunction).toEqual([]);
    expect(t.stateCapitalByFunction).toBeNull();
  });

  it('makes many 类, 款 and 项, some 款 without 项, and integer amounts', () => {
    const doc = makeSyntheticDocument({ seed: 3, year: 2021, leafRows: 5_000 });
    const rows = doc.tables.expenditureByFunction;
    const byLength = (n: number) => rows.filter((r) => r.code.length === n).length;
    expect(byLength(3)).toBeGreaterThan(5);
    expect(byLength(5)).toBeGreaterThan(50);
    expect(byLength(7)).toBeGreaterThan(4_000);
    expect(leaves(rows).some((n) => n.level === 2)).toBe(true);
    expect(new Set(rows.map((r) => r.code)).size).toBe(rows.length);
    expect(rows.every((r) => Number.isSafeInteger(r.total) && r.total >= 0)).toBe(true);
    expect(rows.some((r) => r.total === 0)).toBe(true);
  });

  it('is deterministic by seed and does not use Math.random', () => {
    vi.spyOn(Math, 'random').mockImplementation(() => {
      throw new Error('Math.random used');
    });
    const a = makeSyntheticDocument({ seed: 99, year: 2026, leafRows: 500 });
    const b = makeSyntheticDocument({ seed: 99, year: 2026, leafRows: 500 });
    expect(b).toEqual(a);
    const c = makeSyntheticDocument({ seed: 100, year: 2026, leafRows: 500 });
    expect(c.tables.expenditureByFunction).not.toEqual(a.tables.expenditureByFunction);
    expect(a.id).toBe('synthetic-2026-s99');
    expect(makeSyntheticDocument({ seed: -1, year: 2026, leafRows: 1 }).id).toBe('synthetic-2026-s4294967295');
  });

  it('writes stated figures whose change gives the year before', () => {
    const doc = makeSyntheticDocument({ seed: 5, year: 2026, leafRows: 50 });
    const { expenditureTotal } = doc.budgetNotes;
    expect(expenditureTotal.precision).toBe(1_000_000);
    expect(expenditureTotal.amount % 1_000_000).toBe(0);
    expect(expenditureTotal.sentence).toContain(expenditureTotal.printed);
    expect(expenditureTotal.change?.previousYear).toBe(2025);
  });

  it('describes projects tied to leaf lines with project spending', () => {
    const doc = makeSyntheticDocument({ seed: 11, year: 2026, leafRows: 300, projects: 120 });
    const rows = new Map(doc.tables.expenditureByFunction.map((r) => [r.code, r]));
    expect(doc.projects.length).toBeGreaterThan(50);
    expect(doc.projects.length).toBeLessThanOrEqual(120);
    expect(new Set(doc.projects.map((p) => p.id)).size).toBe(doc.projects.length);
    for (const p of doc.projects) {
      const row = rows.get(p.functionCode!);
      expect(row!.project).toBeGreaterThan(0);
      expect(Math.abs(p.amount!.amount - row!.project)).toBeLessThanOrEqual(5_000);
    }
    expect(makeSyntheticDocument({ seed: 11, year: 2026, leafRows: 300 }).projects).toHaveLength(50);
    expect(makeSyntheticDocument({ seed: 11, year: 2026, leafRows: 300, projects: 0 }).projects).toEqual([]);
  });

  it('scales to tens of thousands of rows', () => {
    const doc = makeSyntheticDocument({ seed: 1, year: 2026, leafRows: 30_000 });
    expect(leaves(doc.tables.expenditureByFunction)).toHaveLength(30_000);
    expectConsistentTree(doc.tables.expenditureByFunction, ['total', 'basic', 'project']);
    expect(() => BudgetDocument.parse(doc)).not.toThrow();
  });

  it('rejects impossible sizes', () => {
    expect(() => makeSyntheticDocument({ seed: 1, year: 2026, leafRows: -1 })).toThrow(RangeError);
    expect(() => makeSyntheticDocument({ seed: 1, year: 2026, leafRows: 1.5 })).toThrow(RangeError);
  });
});
