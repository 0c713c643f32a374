// Scaling: what loading, validating, sorting, laying out and diffing cost as documents and rows
// grow. Synthetic documents (src/domain/synthetic.ts) pass the same schema as the real ones.
import { performance } from 'node:perf_hooks';
import { BudgetDocument } from '../../src/domain/schema';
import { makeSyntheticDocument } from '../../src/domain/synthetic';
import { buildTree, flatten, sharesOf } from '../../src/domain/hierarchy';
import { diffRows } from '../../src/domain/compare';
import { median } from './stats';

export interface ScalingRow {
  case: string;
  documents: number;
  rows: number; // function-table rows per document
  loadValidateMs: number; // JSON.parse + schema validation of all documents
  sortMs: number; // sort every level of one table by amount
  layoutMs: number; // hierarchy + shares for the treemap of one table
  diffMs: number; // line-by-line diff of two documents
  perRowUs: number; // (sort + layout + diff) per row, microseconds
}

function time(fn: () => void, repeat: number): number {
  const runs: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const start = performance.now();
    fn();
    runs.push(performance.now() - start);
  }
  return median(runs);
}

type Node = ReturnType<typeof buildTree<BudgetDocument['tables']['expenditureByFunction'][number]>>[number];

function sortLevels(nodes: Node[]): Node[] {
  return [...nodes]
    .sort((a, b) => b.row.total - a.row.total)
    .map((node) => ({ ...node, children: sortLevels(node.children) }));
}

export function runScaling(cases: { documents: number; leafRows: number }[] = defaultCases()): ScalingRow[] {
  return cases.map(({ documents, leafRows }) => {
    const docs = Array.from({ length: documents }, (_, i) =>
      makeSyntheticDocument({ seed: i + 1, year: 2000 + i, leafRows }),
    );
    const texts = docs.map((doc) => JSON.stringify(doc));
    const repeat = leafRows >= 10000 ? 3 : 7;
    const loadValidateMs = time(
      () => texts.forEach((text) => BudgetDocument.parse(JSON.parse(text))),
      documents >= 100 ? 3 : repeat,
    );
    const rows = docs[0]!.tables.expenditureByFunction;
    const tree = buildTree(rows);
    const total = tree.reduce((sum, node) => sum + node.row.total, 0);
    const sortMs = time(() => sortLevels(tree), repeat);
    const layoutMs = time(() => flatten(buildTree(rows)).forEach((node) => sharesOf(node, 'total', total)), repeat);
    const other =
      docs[1]?.tables.expenditureByFunction ??
      makeSyntheticDocument({ seed: 99, year: 2099, leafRows }).tables.expenditureByFunction;
    const diffMs = time(() => diffRows(rows, other, 'total'), repeat);
    return {
      case: `${documents} doc × ${leafRows} 项`,
      documents,
      rows: rows.length,
      loadValidateMs,
      sortMs,
      layoutMs,
      diffMs,
      perRowUs: ((sortMs + layoutMs + diffMs) * 1000) / rows.length,
    };
  });
}

export function defaultCases(): { documents: number; leafRows: number }[] {
  return [
    { documents: 1, leafRows: 30 },
    { documents: 10, leafRows: 30 },
    { documents: 100, leafRows: 30 },
    { documents: 1, leafRows: 1000 },
    { documents: 1, leafRows: 10000 },
    { documents: 1, leafRows: 30000 },
  ];
}
