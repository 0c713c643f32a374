// Puts each figure of a table in its column by the table's own arithmetic.
// A PDF row that prints fewer figures than the table has columns (empty cells are dropped) could
// belong to several columns; e.g. "208 05 01 行政单位离退休 8,640 8,640" is 合计 plus either 基本支出 or
// 项目支出. Each such row is a variable whose domain is the placements where the parts add up to
// the 合计; the constraints are: every parent = sum of its children in every column, and the 合计
// row = sum of the 类 rows (plus hints from other tables). The table is solved by counting the
// assignments over the code tree; exactly one must satisfy every constraint, otherwise it fails.
import { formatFen } from './parse-money.ts';
import { IngestError, type RawRow, type RawTable } from './types.ts';

export interface ResolvedRow {
  code: string;
  name: string;
  values: number[]; // one per column, 合计 first
  line: number;
}

export interface Resolution {
  code: string;
  name: string;
  figures: number[];
  columns: string[]; // the column labels the printed figures were placed in
}

export interface ResolvedTable {
  rows: ResolvedRow[];
  total: number[] | null;
  resolved: Resolution[]; // rows whose columns were decided by arithmetic
  usedHints: boolean; // true when the table's own sums left a choice and other tables decided it
  totalLine?: number; // the line of the printed 合计 row
  positions?: 'confirmed' | 'overruled'; // read from a PDF: whether where the figures stand agreed with the sums
}

const key = (v: number[]): string => v.join(',');

function combinations(n: number, k: number, start = 1): number[][] {
  if (k === 0) return [[]];
  const out: number[][] = [];
  for (let i = start; i <= n; i++) for (const rest of combinations(n, k - 1, i + 1)) out.push([i, ...rest]);
  return out;
}

const rowLabel = (r: RawRow): string => (r.code === '' ? '合计' : `${r.code} ${r.name}`.trim());
/** Where a row's failure is: its line and its label as the checks write it ("row 21015 …"). */
const atRow = (r: RawRow): { line: number; row: string } => ({ line: r.line, row: `row ${rowLabel(r)}` });

/** The placements of a row's printed figures that satisfy 合计 = sum of the parts. */
export function rowDomain(raw: RawRow, labels: string[], where: string): number[][] {
  const n = labels.length;
  if (raw.positional) {
    if (raw.figures.length !== n)
      throw new IngestError(
        `${where}, row ${rowLabel(raw)} (line ${raw.line}): ${raw.figures.length} cells, expected ${n}`,
        atRow(raw),
      );
    return [raw.figures.map((f) => f ?? 0)];
  }
  const figs = raw.figures.map((f) => f ?? 0);
  if (figs.length === 0)
    throw new IngestError(`${where}, row ${rowLabel(raw)} (line ${raw.line}): no figures`, atRow(raw));
  if (figs.length > n)
    throw new IngestError(
      `${where}, row ${rowLabel(raw)} (line ${raw.line}): ${figs.length} figures but the table has ${n} columns`,
      atRow(raw),
    );
  // Every column printed: nothing to place. Its sums are the validator's to check (and to name).
  if (figs.length === n) return [figs];
  const [total, ...parts] = figs as [number, ...number[]];
  const sum = parts.reduce((a, b) => a + b, 0);
  if (sum !== total) {
    throw new IngestError(
      `${where}, row ${rowLabel(raw)} (line ${raw.line}): ${labels[0]} printed ${formatFen(total)} but its parts ${parts.map(formatFen).join(' + ') || '(none)'} = ${formatFen(sum)}`,
      { ...atRow(raw), printed: total, expected: sum },
    );
  }
  return combinations(n - 1, parts.length).map((pos) => {
    const v = new Array<number>(n).fill(0);
    v[0] = total;
    pos.forEach((p, i) => (v[p] = parts[i]!));
    return v;
  });
}

interface Node {
  raw: RawRow;
  domain: number[][];
  open: boolean; // printed fewer figures than columns, with more than one valid placement
  children: Node[];
  feasible: Map<string, { vec: number[]; count: number }>;
}

const add = (a: number[], b: number[]): number[] => a.map((x, i) => x + b[i]!);

/**
 * Ways (capped at 2) the children can take vectors summing to `target`, as prefix maps for
 * backtracking. Figures are never negative, so a partial sum above the target, or too far below
 * it for the remaining children to close the gap, is dropped: this keeps the maps small.
 */
function childPrefixes(children: Node[], target: number[]): Map<string, { vec: number[]; count: number }>[] {
  const width = target.length;
  const maxLeft: number[][] = new Array(children.length + 1);
  maxLeft[children.length] = new Array<number>(width).fill(0);
  for (let i = children.length - 1; i >= 0; i--) {
    const vecs = [...children[i]!.feasible.values()].map((f) => f.vec);
    maxLeft[i] = maxLeft[i + 1]!.map((m, c) => m + Math.max(0, ...vecs.map((v) => v[c]!)));
  }
  const zero = new Array<number>(width).fill(0);
  let cur = new Map([[key(zero), { vec: zero, count: 1 }]]);
  const prefixes = [cur];
  children.forEach((child, i) => {
    const next = new Map<string, { vec: number[]; count: number }>();
    for (const p of cur.values()) {
      for (const c of child.feasible.values()) {
        const vec = add(p.vec, c.vec);
        if (vec.some((x, j) => x > target[j]! || target[j]! - x > maxLeft[i + 1]![j]!)) continue;
        const k = key(vec);
        const prev = next.get(k);
        next.set(k, { vec, count: Math.min(2, (prev?.count ?? 0) + p.count * c.count) });
      }
    }
    cur = next;
    prefixes.push(cur);
  });
  return prefixes;
}

function solveNode(node: Node, labels: string[], where: string): void {
  for (const child of node.children) solveNode(child, labels, where);
  for (const vec of node.domain) {
    const prefixes = node.children.length > 0 ? childPrefixes(node.children, vec) : null;
    const count = prefixes ? (prefixes[prefixes.length - 1]!.get(key(vec))?.count ?? 0) : 1;
    if (count > 0) node.feasible.set(key(vec), { vec, count });
  }
  if (node.feasible.size === 0) {
    const childTotal = node.children.reduce((a, c) => a + (c.raw.figures[0] ?? 0), 0);
    const printed = node.domain[0]![0]!;
    const detail =
      childTotal !== printed
        ? `${labels[0]} printed ${formatFen(printed)} but its children sum to ${formatFen(childTotal)}`
        : `no placement of the children's figures (${node.children.map((c) => c.raw.code).join(', ')}) adds up to the printed ${node.domain
            .map((v) =>
              labels
                .slice(1)
                .map((l, i) => `${l} ${formatFen(v[i + 1]!)}`)
                .join(' / '),
            )
            .join(' or ')}`;
    throw new IngestError(`${where}, row ${rowLabel(node.raw)} (line ${node.raw.line}): ${detail}`, {
      ...atRow(node.raw),
      printed,
      expected: childTotal,
    });
  }
}

function pick(node: Node, vec: number[], out: Map<RawRow, number[]>): void {
  out.set(node.raw, vec);
  if (node.children.length === 0) return;
  const prefixes = childPrefixes(node.children, vec);
  let target = vec;
  for (let i = node.children.length - 1; i >= 0; i--) {
    const child = node.children[i]!;
    const choice = [...child.feasible.values()].find(
      (c) => (prefixes[i]!.get(key(target.map((x, j) => x - c.vec[j]!)))?.count ?? 0) > 0,
    )!;
    pick(child, choice.vec, out);
    target = target.map((x, j) => x - choice.vec[j]!);
  }
}

/** A hint: the vector another table gives for a code; null entries match anything. */
export type Hint = (number | null)[];
const matches = (v: number[], hint: Hint): boolean => hint.every((h, i) => h === null || v[i] === h);

export function resolveColumns(
  table: RawTable,
  labels: string[],
  where: string,
  hints = new Map<string, Hint>(),
): ResolvedTable {
  const positioned = [...table.rows, ...(table.total ? [table.total] : [])].some((r) => r.byPosition);
  // The table's own arithmetic first; figures of other tables only when that leaves a choice open.
  const solve = (usePositions: boolean): ResolvedTable => {
    try {
      return solveTable(table, labels, where, new Map(), usePositions);
    } catch (e) {
      if (!(e instanceof AmbiguousError) || hints.size === 0) throw e;
      return { ...solveTable(table, labels, where, hints, usePositions), usedHints: true };
    }
  };
  if (!positioned) return solve(false);
  // Read from a PDF: where the figures stand decides first, and the sums must confirm it. When they
  // do not (a figure set off-centre), the arithmetic alone decides, and the report says so.
  try {
    return { ...solve(true), positions: 'confirmed' };
  } catch (e) {
    if (!(e instanceof IngestError)) throw e;
    return { ...solve(false), positions: 'overruled' };
  }
}

/** The placement a row's positions give: each figure in the column it stands under. */
function placedByPosition(raw: RawRow, n: number): number[] | null {
  const cols = raw.byPosition;
  if (!cols || cols.length !== raw.figures.length || cols[0] !== 0) return null;
  const v = new Array<number>(n).fill(0);
  cols.forEach((c, i) => (v[c] = raw.figures[i] ?? 0));
  return v;
}

class AmbiguousError extends IngestError {}

function solveTable(
  table: RawTable,
  labels: string[],
  where: string,
  hints: Map<string, Hint>,
  usePositions: boolean,
): ResolvedTable {
  const byCode = new Map<string, Node>();
  const mk = (raw: RawRow): Node => {
    const printed = rowDomain(raw, labels, where);
    const at = usePositions && printed.length > 1 ? placedByPosition(raw, labels.length) : null;
    const domain = at ? printed.filter((v) => key(v) === key(at)) : printed;
    if (at && domain.length === 0)
      throw new IngestError(
        `${where}, row ${rowLabel(raw)} (line ${raw.line}): the figures do not add up where they stand`,
        atRow(raw),
      );
    const hint = hints.get(raw.code);
    // A hint only narrows a row that arithmetic alone leaves open, and never empties it: a
    // disagreement between tables is reported by the validator, not hidden here.
    const narrowed = hint && domain.length > 1 ? domain.filter((v) => matches(v, hint)) : domain;
    // open: the text alone leaves a choice (positions may have made it; the sums still check it)
    return {
      raw,
      domain: narrowed.length > 0 ? narrowed : domain,
      open: printed.length > 1,
      children: [],
      feasible: new Map(),
    };
  };
  for (const raw of table.rows) {
    const dup = byCode.get(raw.code);
    if (dup)
      throw new IngestError(
        `${where}, row ${rowLabel(raw)}: the code appears twice (lines ${dup.raw.line} and ${raw.line})`,
        atRow(raw),
      );
    byCode.set(raw.code, mk(raw));
  }
  if (table.rows.length === 0) {
    return {
      rows: [],
      total: table.total ? rowDomain(table.total, labels, where)[0]! : null,
      resolved: [],
      usedHints: false,
      totalLine: table.total?.line,
    };
  }
  if (!table.total)
    throw new IngestError(`${where}: no 合计 row`, { row: 'row 合计', line: table.rows[table.rows.length - 1]?.line });
  const root = mk(table.total);
  for (const node of byCode.values()) {
    const parentCode = node.raw.code.length === 3 ? null : node.raw.code.slice(0, -2);
    const parent = parentCode === null ? root : byCode.get(parentCode);
    if (!parent)
      throw new IngestError(
        `${where}, row ${rowLabel(node.raw)} (line ${node.raw.line}): its parent ${parentCode} is not in the table`,
        atRow(node.raw),
      );
    parent.children.push(node);
  }
  const nodes = [...byCode.values(), root];
  const chosen = new Map<RawRow, number[]>();
  const open = nodes.filter((n) => n.open);
  if (open.length === 0) {
    // Every figure is in a known column; the validator checks the sums and names any bad cell.
    for (const n of nodes) chosen.set(n.raw, n.domain[0]!);
  } else {
    solveNode(root, labels, where);
    const ways = [...root.feasible.values()].reduce((a, f) => a + f.count, 0);
    if (ways > 1) {
      throw new AmbiguousError(
        `${where}: the columns of rows ${open.map((n) => rowLabel(n.raw)).join(', ')} cannot be decided: several placements satisfy every sum`,
      );
    }
    pick(root, [...root.feasible.values()][0]!.vec, chosen);
  }
  const resolved = open.map((n) => {
    const v = chosen.get(n.raw)!;
    return {
      code: n.raw.code,
      name: n.raw.name,
      figures: n.raw.figures.map((f) => f ?? 0),
      columns: [labels[0]!, ...labels.slice(1).filter((_, i) => v[i + 1] !== 0)],
    };
  });
  return {
    rows: table.rows.map((r) => ({ code: r.code, name: r.name, values: chosen.get(r)!, line: r.line })),
    total: chosen.get(table.total)!,
    resolved,
    usedHints: false,
    totalLine: table.total.line,
  };
}
