// Pure helpers that shape the rows of a hierarchical table: building nodes from coded rows and
// the text filter. Sorting within levels is done by TanStack's sorted row model (see
// table-model.ts), which sorts each set of siblings and keeps children under their parents.
import { buildTree, type CodedRow, type TreeNode } from '../../domain/hierarchy';
import type { HierNode } from './types';

/**
 * Nodes from the flat rows of a classification table ("210" > "21015" > "2101504").
 * `nameOf` gives the name in the current language; the printed name stays searchable.
 */
export function nodesFromCodedRows<R extends CodedRow>(rows: readonly R[], nameOf: (row: R) => string): HierNode<R>[] {
  const convert = (node: TreeNode<R>): HierNode<R> => ({
    id: node.code,
    code: node.code,
    name: nameOf(node.row),
    searchNames: [node.row.name],
    row: node.row,
    children: node.children.map(convert),
  });
  return buildTree(rows).map(convert);
}

/** Full-width digits and letters (２１０, ＡＢ) become ASCII; case and outer spaces are ignored. */
export function normalizeQuery(query: string): string {
  return query.normalize('NFKC').trim().toLocaleLowerCase();
}

/**
 * A line matches when its code starts with the query (a code names a branch: "21015" finds the
 * 款 and all its 项) or one of its names contains it.
 */
export function nodeMatches<R>(node: HierNode<R>, normalizedQuery: string): boolean {
  if (normalizedQuery === '') return true;
  const compactCode = normalizedQuery.replace(/\s+/g, '');
  if (node.code !== null && /^\d+$/.test(compactCode) && node.code.startsWith(compactCode)) return true;
  return [node.name, ...(node.searchNames ?? [])].some((name) =>
    name.normalize('NFKC').toLocaleLowerCase().includes(normalizedQuery),
  );
}

/**
 * The lines that match, each with its ancestors (so a match is seen where it belongs); other
 * lines are dropped. Keeps the input order; returns the input itself for an empty query.
 */
export function filterTree<R>(nodes: HierNode<R>[], query: string): HierNode<R>[] {
  const q = normalizeQuery(query);
  if (q === '') return nodes;
  const keep = (list: HierNode<R>[]): HierNode<R>[] => {
    const out: HierNode<R>[] = [];
    for (const node of list) {
      const children = keep(node.children);
      if (children.length > 0 || nodeMatches(node, q)) out.push({ ...node, children });
    }
    return out;
  };
  return keep(nodes);
}

/** Number of lines in a tree, at every level. */
export function countNodes<R>(nodes: readonly HierNode<R>[]): number {
  return nodes.reduce((sum, node) => sum + 1 + countNodes(node.children), 0);
}
