// Sorting within levels, run through the same TanStack v9 model HierTable uses.
import { constructTable, type SortingState } from '@tanstack/react-table';
import { storeReactivityBindings } from '@tanstack/table-core/store-reactivity-bindings';
import { describe, expect, it } from 'vitest';
import { buildColumnDefs, columnOrder, getRowId, getSubRows, hierFeatures, shareOf } from './table-model';
import { nodesFromCodedRows } from './tree';
import type { HierColumn, HierNode, ShareSpec } from './types';

interface Line {
  code: string;
  name: string;
  total: number;
  basic: number | null;
}

const lines: Line[] = [
  { code: '208', name: '社会保障和就业支出', total: 15_517_039, basic: 15_304_566 },
  { code: '20801', name: '人力资源和社会保障管理事务', total: 212_473, basic: 0 },
  { code: '20805', name: '行政事业单位养老支出', total: 15_304_566, basic: 15_304_566 },
  { code: '210', name: '卫生健康支出', total: 264_585_384, basic: 95_687_857 },
  { code: '21011', name: '行政事业单位医疗', total: 5_994_884, basic: 5_994_884 },
  { code: '21015', name: '医疗保障管理事务', total: 258_566_500, basic: 89_692_973 },
  { code: '2101501', name: '行政运行', total: 72_418_275, basic: 72_418_275 },
  { code: '2101504', name: '信息化建设', total: 77_586_122, basic: null },
  { code: '21099', name: '其他卫生健康支出', total: 24_000, basic: 0 },
  { code: '221', name: '住房保障支出', total: 20_067_577, basic: 20_067_577 },
];

const columns: HierColumn<Line>[] = [
  { id: 'total', header: 'Total', kind: 'money', value: (r) => r.total },
  { id: 'basic', header: 'Basic', kind: 'money', value: (r) => r.basic },
];
const share: ShareSpec = { of: 'total', total: 300_170_000 };

function visibleCodes(
  sorting: SortingState,
  nodes: HierNode<Line>[] = nodesFromCodedRows(lines, (r) => r.name),
): string[] {
  // useTable adds React reactivity; a plain core table needs the store bindings instead.
  const features = { ...hierFeatures, coreReactivityFeature: storeReactivityBindings() };
  const table = constructTable({
    features,
    columns: buildColumnDefs(columns, { lang: 'zh-CN', showCode: true, share }),
    data: nodes,
    getSubRows,
    getRowId,
    state: { sorting, expanded: true },
  });
  return table.getRowModel().rows.map((row) => row.original.id);
}

describe('sorting within levels', () => {
  it('keeps document order without a sort', () => {
    expect(visibleCodes([])).toEqual(lines.map((l) => l.code));
  });

  it('sorts the 类 by amount and each set of children under its parent', () => {
    expect(visibleCodes([{ id: 'total', desc: true }])).toEqual([
      '210',
      '21015',
      '2101504',
      '2101501',
      '21011',
      '21099',
      '221',
      '208',
      '20805',
      '20801',
    ]);
  });

  it('sorts ascending the other way round, children still under their parents', () => {
    expect(visibleCodes([{ id: 'total', desc: false }])).toEqual([
      '208',
      '20801',
      '20805',
      '221',
      '210',
      '21099',
      '21011',
      '21015',
      '2101501',
      '2101504',
    ]);
  });

  it('puts a missing figure last in both directions', () => {
    const desc = visibleCodes([{ id: 'basic', desc: true }]);
    const asc = visibleCodes([{ id: 'basic', desc: false }]);
    expect(desc.slice(desc.indexOf('2101501'), desc.indexOf('2101501') + 2)).toEqual(['2101501', '2101504']);
    expect(asc.slice(asc.indexOf('2101501'), asc.indexOf('2101501') + 2)).toEqual(['2101501', '2101504']);
  });

  it('sorts by the share column like by the column it is taken of', () => {
    expect(visibleCodes([{ id: 'share', desc: true }])).toEqual(visibleCodes([{ id: 'total', desc: true }]));
  });

  it('sorts names by pinyin in Chinese', () => {
    // 社 she, 卫 wei, 住 zhu
    expect(visibleCodes([{ id: 'name', desc: false }]).filter((c) => c.length === 3)).toEqual(['208', '210', '221']);
  });

  it('sorts codes as the document prints them', () => {
    expect(visibleCodes([{ id: 'code', desc: true }]).slice(0, 3)).toEqual(['221', '210', '21099']);
  });
});

describe('columns', () => {
  it('places code and name first and the share after the column it is of', () => {
    expect(columnOrder(columns, true, share)).toEqual(['code', 'name', 'total', 'share', 'basic']);
    expect(columnOrder(columns, false, null)).toEqual(['name', 'total', 'basic']);
  });

  it('computes shares of the given total, none against 0', () => {
    const node = nodesFromCodedRows(lines, (r) => r.name)[1]!;
    expect(shareOf(node, columns, share)).toBeCloseTo(264_585_384 / 300_170_000, 12);
    expect(shareOf(node, columns, { of: 'total', total: 0 })).toBeNull();
    expect(shareOf(node, columns, null)).toBeNull();
  });
});
