import { describe, expect, it } from 'vitest';
import { countNodes, filterTree, nodeMatches, nodesFromCodedRows, normalizeQuery } from './tree';
import type { HierNode } from './types';

const rows = [
  { code: '208', name: '社会保障和就业支出' },
  { code: '20805', name: '行政事业单位养老支出' },
  { code: '2080505', name: '机关事业单位基本养老保险缴费支出' },
  { code: '210', name: '卫生健康支出' },
  { code: '21011', name: '行政事业单位医疗' },
  { code: '2101101', name: '行政单位医疗' },
  { code: '21015', name: '医疗保障管理事务' },
  { code: '2101501', name: '行政运行' },
  { code: '2101504', name: '信息化建设' },
  { code: '221', name: '住房保障支出' },
];
const english: Record<string, string> = {
  '210': 'Health',
  '21015': 'Healthcare security administration',
  '2101504': 'Information systems development',
};
const tree = nodesFromCodedRows(rows, (r) => english[r.code] ?? r.name);

function ids(nodes: HierNode<unknown>[]): string[] {
  return nodes.flatMap((n) => [n.id, ...ids(n.children)]);
}

describe('nodesFromCodedRows', () => {
  it('nests 项 under 款 under 类 and keeps the printed name searchable', () => {
    expect(tree.map((n) => n.id)).toEqual(['208', '210', '221']);
    expect(tree[1]!.children.map((n) => n.id)).toEqual(['21011', '21015']);
    expect(tree[1]!.name).toBe('Health');
    expect(tree[1]!.searchNames).toEqual(['卫生健康支出']);
    expect(countNodes(tree)).toBe(rows.length);
  });
});

describe('filterTree', () => {
  it('finds a 款 by code with its 项 lines and its ancestor, nothing else', () => {
    expect(ids(filterTree(tree, '21015'))).toEqual(['210', '21015', '2101501', '2101504']);
  });

  it('keeps the ancestors of a name match but not its siblings', () => {
    expect(ids(filterTree(tree, '信息化'))).toEqual(['210', '21015', '2101504']);
  });

  it('matches names in either language, ignoring case and full-width forms', () => {
    expect(ids(filterTree(tree, 'INFORMATION'))).toEqual(['210', '21015', '2101504']);
    expect(ids(filterTree(tree, '２１０１５'))).toEqual(['210', '21015', '2101501', '2101504']);
    expect(ids(filterTree(tree, '信息化建设'))).toEqual(['210', '21015', '2101504']);
  });

  it('finds every line whose name contains the text, across branches', () => {
    expect(ids(filterTree(tree, '医疗'))).toEqual(['210', '21011', '2101101', '21015']);
  });

  it('matches codes by prefix only, not in the middle', () => {
    expect(ids(filterTree(tree, '1015'))).toEqual([]);
  });

  it('returns the tree itself for an empty or blank query', () => {
    expect(filterTree(tree, '')).toBe(tree);
    expect(filterTree(tree, '   ')).toBe(tree);
  });

  it('does not change the input', () => {
    filterTree(tree, '21015');
    expect(countNodes(tree)).toBe(rows.length);
  });
});

describe('nodeMatches', () => {
  it('treats lines without a code by name only', () => {
    const line: HierNode<null> = { id: 'fiscal', code: null, name: '一、财政拨款收入', row: null, children: [] };
    expect(nodeMatches(line, normalizeQuery('财政'))).toBe(true);
    expect(nodeMatches(line, normalizeQuery('1'))).toBe(false);
  });
});
