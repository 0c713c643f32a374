// 表1 of a unit budget (预算单位财务收支预算总表) prints each expenditure line split into 基本支出
// (人员经费, 公用经费) and 项目支出 beside its 合计, with blank cells dropped from the text
// ("二、科学技术支出 17,200,000.00 17,200,000.00"). The lines form a tree under 支出总计, so the same
// arithmetic that places the figures of a classification table places these: every column of
// 支出总计 is the sum of its lines, each line's 合计 is the sum of its parts, and 表3 gives each
// 类's 项目支出 where the sums alone leave a choice.
import type { SummaryLine } from '../domain/schema.ts';
import { resolveColumns, type Hint, type ResolvedTable } from './resolve-columns.ts';
import type { CategoryCode, Entry } from './summary-tables.ts';
import { isHeaderOnly } from './table-words.ts';
import type { Line, RawRow } from './types.ts';

type Split = NonNullable<SummaryLine['split']>;
const LABELS = ['合计', '人员经费', '公用经费', '项目支出'];

export interface SplitResult {
  entries: Entry[]; // each expenditure entry keeps only its 合计, for the common builder
  split: { lines: Map<Entry, Split>; total: Split };
}

const isExpenditureLabel = (label: string): boolean =>
  /支出$/.test(label.replace(/^[一二三四五六七八九十]+、/, '')) || label === '支出总计';

/** Null when 表1 has no split columns (a department budget); else every expenditure line placed. */
export function splitExpenditure(
  lines: Line[],
  entries: Entry[],
  expenditure: ResolvedTable,
  codeOf: CategoryCode,
  where: string,
): SplitResult | null {
  // Only the column headers count: a note under the table may name these words too.
  const header = lines
    .filter((l) => isHeaderOnly(l.text))
    .map((l) => l.text)
    .join(' ');
  if (!(header.includes('人员经费') && header.includes('公用经费') && header.includes('项目支出'))) return null;
  const spending = entries.filter((e) => isExpenditureLabel(e.label));
  const total = spending.find((e) => e.label === '支出总计');
  const toRaw = (e: Entry, code: string): RawRow => ({
    code,
    name: e.label,
    figures: e.figures.filter((f) => f !== null),
    positional: false,
    line: e.line,
  });
  const rows = spending
    .filter((e) => e !== total)
    .map((e) => toRaw(e, codeOf(e.label.replace(/^[一二三四五六七八九十]+、/, ''), e.line)));
  const hints = new Map<string, Hint>(
    expenditure.rows.filter((r) => r.code.length === 3).map((r) => [r.code, [r.values[0]!, null, null, r.values[2]!]]),
  );
  const solved = resolveColumns({ rows, total: total ? toRaw(total, '') : null }, LABELS, where, hints);
  const asSplit = (v: number[]): Split => ({ personnel: v[1]!, publicUse: v[2]!, project: v[3]! });
  const byLine = new Map(solved.rows.map((r) => [r.line, r.values]));
  const splitLines = new Map<Entry, Split>();
  const out = entries.map((e) => {
    const v = e === total ? solved.total : byLine.get(e.line);
    if (!v || !spending.includes(e)) return e;
    const slim: Entry = { ...e, figures: [v[0]!] };
    if (e !== total) splitLines.set(slim, asSplit(v));
    return slim;
  });
  return { entries: out, split: { lines: splitLines, total: asSplit(solved.total ?? [0, 0, 0, 0]) } };
}
