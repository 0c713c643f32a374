// 表1 部门财务收支预算总表 and 表4 部门财政拨款收支预算总表: revenue and expenditure printed side by
// side, line by line. Both layouts become one stream of labels and figures; in the TAB layout an
// empty cell stays in the stream as null, so figures keep their columns.
import type { z } from '../domain/zod.ts';
import type * as S from '../domain/schema.ts';
import type { SummaryLine } from '../domain/schema.ts';
import { isFigure, parseMoney, splitGlued } from './parse-money.ts';
import { rowDomain } from './resolve-columns.ts';
import type { Layout } from './read-document.ts';
import { isFurniture, isHeaderOnly } from './table-words.ts';
import { IngestError, type Line } from './types.ts';

type FinancialSummary = z.infer<typeof S.FinancialSummary>;
type FiscalAppropriation = z.infer<typeof S.FiscalAppropriation>;
type AppropriationLine = z.infer<typeof S.AppropriationLine>;

export interface Entry {
  label: string;
  figures: (number | null)[];
  line: number;
}

const LABEL_START = /^([一二三四五六七八九十]+、|\d+[.．、]|收入总计|支出总计)/;
const NUMBERING_ONLY = /^([一二三四五六七八九十]+、|\d+[.．])$/;

export function summaryEntries(lines: Line[], layout: Layout, where: string, unit: '元' | '万元' = '元'): Entry[] {
  const entries: Entry[] = [];
  for (const line of lines) {
    if (line.text.trim() === '' || isFurniture(line.text) || isHeaderOnly(line.text)) continue;
    const cells = layout === 'tab' ? line.text.split('\t') : [line.text];
    const tokens: (string | null)[] = [];
    for (const cell of cells) {
      const parts = splitGlued(
        cell
          .trim()
          .split(/\s+/)
          .filter((t) => t !== ''),
      );
      if (parts.length === 0) tokens.push(null);
      for (let i = 0; i < parts.length; i++) {
        const t = parts[i]!;
        if (NUMBERING_ONLY.test(t) && i + 1 < parts.length) {
          tokens.push(t + (t.endsWith('、') ? '' : ' ') + parts[++i]!);
        } else tokens.push(t);
      }
    }
    for (const t of tokens) {
      const last = entries[entries.length - 1];
      if (t === null || isFigure(t)) {
        if (!last)
          throw new IngestError(`${where}, line ${line.no}: a figure before any label in "${line.text.trim()}"`);
        last.figures.push(t === null ? null : parseMoney(t, unit));
      } else if (LABEL_START.test(t) || !last) {
        entries.push({ label: t, figures: [], line: line.no });
      } else if (last.figures.every((f) => f === null)) {
        last.label += t; // a label wrapped onto the next line, e.g. "一、 一般公共预算资" + "金"
      } else {
        throw new IngestError(`${where}, line ${line.no}: unexpected text "${t}" after figures`);
      }
    }
  }
  return entries;
}

const REVENUE_KEYS: [RegExp, string][] = [
  [/财政拨款收入/, 'fiscal'],
  [/一般公共预算/, 'generalPublic'],
  [/政府性基金/, 'governmentFund'],
  [/国有资本经营/, 'stateCapital'],
  [/事业单位经营收入/, 'operating'],
  [/事业收入/, 'business'],
  [/其他收入/, 'other'],
];

const body = (label: string): string => label.replace(LABEL_START, '').trim();
const isExpenditure = (label: string): boolean => /支出$/.test(body(label)) || label === '支出总计';

function revenueKey(e: Entry, where: string): string {
  const hit = REVENUE_KEYS.find(([re]) => re.test(e.label));
  if (!hit) throw new IngestError(`${where}, line ${e.line}: unknown revenue line "${e.label}"`);
  return hit[1];
}

function single(e: Entry, where: string): number | null {
  const printed = e.figures.filter((f) => f !== null);
  if (printed.length > 1)
    throw new IngestError(`${where}, line ${e.line}: "${e.label}" has ${printed.length} figures, expected one`);
  return printed[0] ?? null;
}

function need(value: number | null | undefined, what: string, where: string): number {
  if (value === null || value === undefined) throw new IngestError(`${where}: ${what} is not printed`);
  return value;
}

export type CategoryCode = (name: string, line: number) => string;

/** `split`: the 人员经费 / 公用经费 / 项目支出 of each expenditure line, when 表1 prints them (unit budgets). */
export function buildFinancialSummary(
  entries: Entry[],
  codeOf: CategoryCode,
  where: string,
  split: {
    lines: Map<Entry, NonNullable<SummaryLine['split']>>;
    total: NonNullable<SummaryLine['split']>;
  } | null = null,
): FinancialSummary {
  const revenue: SummaryLine[] = [];
  const expenditure: SummaryLine[] = [];
  let revenueTotal: number | null = null;
  let expenditureTotal: number | null = null;
  for (const e of entries) {
    if (e.label === '收入总计') revenueTotal = single(e, where);
    else if (e.label === '支出总计') expenditureTotal = single(e, where);
    else if (isExpenditure(e.label)) {
      const line: SummaryLine = { label: e.label, key: codeOf(body(e.label), e.line), amount: single(e, where) };
      expenditure.push(split ? { ...line, split: split.lines.get(e) ?? null } : line);
    } else revenue.push({ label: e.label, key: revenueKey(e, where), amount: single(e, where) });
  }
  const summary: FinancialSummary = {
    revenue,
    revenueTotal: need(revenueTotal, '收入总计', where),
    expenditure,
    expenditureTotal: need(expenditureTotal, '支出总计', where),
  };
  return split ? { ...summary, expenditureTotalSplit: split.total } : summary;
}

/** Columns of 表4's expenditure side: 合计, 一般公共预算, and the fund columns its header prints. */
export function appropriationColumns(lines: Line[]): { governmentFund: boolean; stateCapital: boolean } {
  const header = lines
    .filter((l) => isHeaderOnly(l.text))
    .map((l) => l.text)
    .join(' ');
  return { governmentFund: header.includes('政府性基金预算'), stateCapital: header.includes('国有资本经营预算') };
}

/** Expected [合计, 一般公共预算, 政府性基金, 国有资本经营] of a 类 line, from tables 5–7; used only to place figures. */
export type AppropriationHint = (code: string) => number[] | undefined;

export function buildFiscalAppropriation(
  entries: Entry[],
  columns: { governmentFund: boolean; stateCapital: boolean },
  codeOf: CategoryCode,
  hint: AppropriationHint,
  where: string,
): FiscalAppropriation {
  const labels = [
    '合计',
    '一般公共预算',
    ...(columns.governmentFund ? ['政府性基金预算'] : []),
    ...(columns.stateCapital ? ['国有资本经营预算'] : []),
  ];
  const place = (e: Entry, code: string): Omit<AppropriationLine, 'label' | 'key'> => {
    let figs = e.figures;
    while (figs.length > labels.length && figs[figs.length - 1] === null) figs = figs.slice(0, -1);
    const positional = figs.length === labels.length && figs[0] !== null;
    const raw = {
      code,
      name: e.label,
      figures: positional ? figs : figs.filter((f) => f !== null),
      positional,
      line: e.line,
    };
    let domain = rowDomain(raw, labels, where);
    const expected = hint(code)?.filter((_, i) => i < 2 || (i === 2 ? columns.governmentFund : columns.stateCapital));
    if (domain.length > 1 && expected) domain = domain.filter((v) => v.join() === expected.join());
    if (domain.length !== 1)
      throw new IngestError(`${where}, line ${e.line}: cannot place the figures of "${e.label}" in their columns`);
    const v = domain[0]!;
    let i = 2;
    return {
      total: v[0]!,
      generalPublic: v[1]!,
      governmentFund: columns.governmentFund ? v[i++]! : null,
      stateCapital: columns.stateCapital ? v[i]! : null,
    };
  };
  const revenue: SummaryLine[] = [];
  const expenditure: AppropriationLine[] = [];
  let revenueTotal: number | null = null;
  let expenditureTotal: Omit<AppropriationLine, 'label' | 'key'> | null = null;
  for (const e of entries) {
    if (e.label === '收入总计') revenueTotal = single(e, where);
    else if (e.label === '支出总计') expenditureTotal = place(e, '');
    else if (isExpenditure(e.label)) {
      const key = codeOf(body(e.label), e.line);
      expenditure.push({ label: e.label, key, ...place(e, key) });
    } else revenue.push({ label: e.label, key: revenueKey(e, where), amount: single(e, where) });
  }
  if (!expenditureTotal) throw new IngestError(`${where}: 支出总计 is not printed`);
  return { revenue, revenueTotal: need(revenueTotal, '收入总计', where), expenditure, expenditureTotal };
}
