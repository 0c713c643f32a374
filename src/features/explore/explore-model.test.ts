import { describe, expect, it } from 'vitest';
import { buildTree } from '../../domain/hierarchy';
import { makeDocument } from '../../domain/document-fixture';
import { exploreModel } from './explore-model';
import { ECONOMIC_MEASURES, FUNCTION_MEASURES, resolveMeasure } from '../../domain/classifications';

const doc = makeDocument();
const fnTree = buildTree(doc.tables.expenditureByFunction);
const total = doc.tableTotals.expenditureByFunction.total;

describe('exploreModel', () => {
  it('drills to 信息化建设 and gives its amount, split and shares', () => {
    const model = exploreModel(fnTree, FUNCTION_MEASURES, 'total', total, ['210', '21015', '2101504']);
    expect(model.trail.map((l) => l.name)).toEqual(['卫生健康支出', '医疗保障管理事务']);
    expect(model.leaf).toMatchObject({ code: '2101504', name: '信息化建设', value: 7_758_612_200, childCount: 0 });
    expect(model.leaf!.values).toEqual([
      { measure: 'total', value: 7_758_612_200 },
      { measure: 'basic', value: 0 },
      { measure: 'project', value: 7_758_612_200 },
    ]);
    expect(model.leaf!.ofParent).toBeCloseTo(7_758_612_200 / 28_465_296_100, 12);
    expect(model.leaf!.ofTotal).toBeCloseTo(7_758_612_200 / 30_017_000_000, 12);
    expect(model.parentValue).toBe(28_465_296_100);
    expect(model.valid).toBe(true);
  });

  it('shows the top level with the table total as the parent value', () => {
    const model = exploreModel(fnTree, FUNCTION_MEASURES, 'project', doc.tableTotals.expenditureByFunction.project, []);
    expect(model.parent).toBeNull();
    expect(model.parentValue).toBe(16_911_000_000);
    expect(model.items.map((i) => [i.code, i.value, i.childCount])).toEqual([
      ['210', 16_889_752_700, 1],
      ['208', 21_247_300, 1],
    ]);
  });

  it('reports a path cut back to what exists', () => {
    const model = exploreModel(fnTree, FUNCTION_MEASURES, 'total', total, ['210', '21011']);
    expect(model).toMatchObject({ codes: ['210'], valid: false, leaf: null });
    expect(model.parent?.code).toBe('210');
  });

  it('works on the economic classification of basic spending', () => {
    const eco = buildTree(doc.tables.basicByEconomic);
    const model = exploreModel(eco, ECONOMIC_MEASURES, 'personnel', doc.tableTotals.basicByEconomic.personnel, []);
    expect(model.items[0]).toMatchObject({ code: '301', name: '工资福利支出', value: 10_782_750_400 });
    expect(model.items[0]!.values.map((v) => v.measure)).toEqual(['total', 'personnel', 'publicUse']);
  });
});

describe('resolveMeasure', () => {
  it('keeps a measure of the classification and falls back to the total otherwise', () => {
    expect(resolveMeasure('function', 'project')).toEqual({ measure: 'project', valid: true });
    expect(resolveMeasure('economic', 'publicUse')).toEqual({ measure: 'publicUse', valid: true });
    expect(resolveMeasure('economic', 'basic')).toEqual({ measure: 'total', valid: false });
    expect(resolveMeasure('function', 'personnel')).toEqual({ measure: 'total', valid: false });
  });
});
