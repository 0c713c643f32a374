import { describe, expect, it } from 'vitest';
import { buildTree } from '../../domain/hierarchy';
import { makeDocument } from '../../domain/document-fixture';
import { exploreModel } from './explore-model';
import { FUNCTION_MEASURES } from '../../domain/classifications';
import { toTreemapNodes, type TileText } from './tiles';

const doc = makeDocument();
const tree = buildTree(doc.tables.expenditureByFunction);
const text: TileText = {
  name: (code, printed) => `${printed} [${code}]`,
  money: (fen) => `${fen / 100} yuan`,
  share: (ratio) => (ratio === null ? '–' : `${Math.round(ratio * 100)}%`),
  ariaLabel: ({ name, amount, share, childCount }) => `${name}|${amount}|${share}|${childCount}`,
};

describe('toTreemapNodes', () => {
  it('labels tiles with name, amount and share of the parent, largest first', () => {
    const model = exploreModel(tree, FUNCTION_MEASURES, 'total', 30_017_000_000, ['210', '21015']);
    const nodes = toTreemapNodes(model, text);
    expect(nodes.map((n) => n.id)).toEqual(['2101599', '2101504', '2101501']);
    expect(nodes[1]).toMatchObject({
      name: '信息化建设 [2101504]',
      value: 7_758_612_200,
      labelLines: ['77586122 yuan', '27%'],
      listCells: ['77586122 yuan', '27%'],
      ariaLabel: '信息化建设 [2101504]|77586122 yuan|27%|0',
      drillable: false,
      selected: false,
    });
  });

  it('colours every line by its 类 and marks the line in detail', () => {
    const model = exploreModel(tree, FUNCTION_MEASURES, 'total', 30_017_000_000, ['210', '21015', '2101504']);
    const nodes = toTreemapNodes(model, text);
    expect(new Set(nodes.map((n) => n.colour))).toEqual(new Set(['var(--cat-1)']));
    expect(nodes.find((n) => n.selected)?.id).toBe('2101504');
    const top = toTreemapNodes(exploreModel(tree, FUNCTION_MEASURES, 'total', 30_017_000_000, []), text);
    expect(top.map((n) => [n.id, n.colour, n.ink, n.drillable])).toEqual([
      ['210', 'var(--cat-1)', 'var(--cat-1-ink)', true],
      ['208', 'var(--cat-2)', 'var(--cat-2-ink)', true],
    ]);
  });
});
