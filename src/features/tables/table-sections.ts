// Pure: what the Tables view shows for one table of a document, as sections for HierTable.
// Coded tables (2, 3, 5-8) are one section built from codes; the two summary tables (1, 4) have
// a revenue and an expenditure section, as the document prints them side by side; table 9 is
// the seven 三公 / 机关运行经费 figures as a small tree.
import type { BudgetDocument, FunctionRow, SummaryLine } from '../../domain/schema';
import type { HierColumn, HierNode, ShareSpec, TotalsSpec } from '../../components/hier-table/types';
import { nodesFromCodedRows } from '../../components/hier-table/tree';
import type { TableId } from '../../state/link/values';

export type Line = Record<string, string | number | null>;

/** t of the `tables` namespace */
type Translate = (key: string, options?: Record<string, unknown>) => string;
/** the name of a classification line in the current language (codeName) */
type NameOf = (classification: 'function' | 'economic', code: string, printed: string) => string;

export interface Section {
  key: 'main' | 'revenue' | 'expenditure';
  heading: string | null;
  rows: HierNode<Line>[];
  columns: HierColumn<Line>[];
  share: ShareSpec | null;
  totals: TotalsSpec<Line> | null;
  labels: { code?: string; name?: string };
  filterable: boolean;
}

export type TableContent = { kind: 'sections'; sections: Section[] } | { kind: 'absent' } | { kind: 'empty' };

export interface SectionContext {
  t: Translate;
  nameOf: NameOf;
  /** true in Chinese: summary lines keep their printed labels */
  printed: boolean;
}

const money = (id: string, header: string): HierColumn<Line> => ({
  id,
  header,
  kind: 'money',
  value: (row) => (typeof row[id] === 'number' ? (row[id] as number) : null),
});

const FUNCTION_COLUMNS = ['total', 'basic', 'project'] as const;
const REVENUE_COLUMNS = ['total', 'fiscal', 'business', 'operating', 'other'] as const;
const ECONOMIC_COLUMNS = ['total', 'personnel', 'publicUse'] as const;

function coded(
  rows: readonly Line[] & readonly { code: string; name: string }[],
  classification: 'function' | 'economic',
  columnIds: readonly string[],
  totals: Line | null,
  ctx: SectionContext,
): Section {
  const columns = columnIds.map((id) => money(id, ctx.t(`columns.${id}`)));
  const total = totals && typeof totals.total === 'number' ? totals.total : null;
  return {
    key: 'main',
    heading: null,
    rows: nodesFromCodedRows(rows, (row) => ctx.nameOf(classification, row.code, row.name)),
    columns,
    share: total === null ? null : { of: 'total', total, header: ctx.t('columns.share') },
    totals: totals ? { row: totals, label: ctx.t('lines.total') } : null,
    labels: { code: ctx.t('columns.code'), name: ctx.t('columns.name') },
    filterable: true,
  };
}

function functionTable(rows: FunctionRow[] | null, totals: Line | null, ctx: SectionContext): TableContent {
  if (rows === null) return { kind: 'absent' };
  if (rows.length === 0) return { kind: 'empty' };
  return { kind: 'sections', sections: [coded(rows, 'function', FUNCTION_COLUMNS, totals, ctx)] };
}

// 一般公共预算 / 政府性基金预算 / 国有资本经营预算 are printed as parts of 财政拨款收入 in table 1.
const FISCAL_PARTS = new Set(['generalPublic', 'governmentFund', 'stateCapital']);

function summaryLineName(line: SummaryLine, ctx: SectionContext): string {
  if (ctx.printed) return line.label;
  if (/^\d{3}$/.test(line.key)) return ctx.nameOf('function', line.key, line.label);
  return ctx.t(`lines.${line.key}`, { defaultValue: line.label });
}

/** Summary lines as nodes; in table 1 the three budget kinds nest under 财政拨款收入. */
export function summaryNodes(
  lines: readonly SummaryLine[],
  ctx: SectionContext,
  extra: (line: SummaryLine) => Line = () => ({}),
): HierNode<Line>[] {
  const node = (line: SummaryLine): HierNode<Line> => ({
    id: line.key,
    code: null,
    name: summaryLineName(line, ctx),
    searchNames: [line.label],
    row: { total: line.amount, ...extra(line) },
    children: [],
  });
  const fiscal = lines.some((l) => l.key === 'fiscal');
  const out: HierNode<Line>[] = [];
  let parent: HierNode<Line> | null = null;
  for (const line of lines) {
    const current = node(line);
    if (fiscal && parent && FISCAL_PARTS.has(line.key)) parent.children.push(current);
    else out.push(current);
    if (line.key === 'fiscal') parent = current;
  }
  return out;
}

function summarySection(
  key: 'revenue' | 'expenditure',
  heading: string,
  rows: HierNode<Line>[],
  columns: HierColumn<Line>[],
  total: Line,
  ctx: SectionContext,
): Section {
  const whole = typeof total.total === 'number' ? total.total : 0;
  return {
    key,
    heading,
    rows,
    columns,
    share: { of: 'total', total: whole, header: ctx.t('columns.share') },
    totals: { row: total, label: ctx.t(`lines.${key}Total`) },
    labels: { name: ctx.t('columns.item') },
    filterable: false,
  };
}

export function tableContent(doc: BudgetDocument, id: TableId, ctx: SectionContext): TableContent {
  const { tables, tableTotals } = doc;
  const amount = [money('total', ctx.t('columns.amount'))];
  switch (id) {
    case 'financialSummary': {
      const s = tables.financialSummary;
      return {
        kind: 'sections',
        sections: [
          summarySection(
            'revenue',
            ctx.t('sections.revenue'),
            summaryNodes(s.revenue, ctx),
            amount,
            { total: s.revenueTotal },
            ctx,
          ),
          summarySection(
            'expenditure',
            ctx.t('sections.expenditure'),
            summaryNodes(s.expenditure, ctx),
            amount,
            { total: s.expenditureTotal },
            ctx,
          ),
        ],
      };
    }
    case 'revenueByFunction':
      return {
        kind: 'sections',
        sections: [coded(tables.revenueByFunction, 'function', REVENUE_COLUMNS, tableTotals.revenueByFunction, ctx)],
      };
    case 'expenditureByFunction':
      return functionTable(tables.expenditureByFunction, tableTotals.expenditureByFunction, ctx);
    case 'fiscalAppropriation':
      return fiscalAppropriation(doc, ctx);
    case 'generalPublicByFunction':
      return functionTable(tables.generalPublicByFunction, tableTotals.generalPublicByFunction, ctx);
    case 'governmentFundByFunction':
      return functionTable(tables.governmentFundByFunction, tableTotals.governmentFundByFunction, ctx);
    case 'stateCapitalByFunction':
      return functionTable(tables.stateCapitalByFunction, tableTotals.stateCapitalByFunction, ctx);
    case 'basicByEconomic':
      return {
        kind: 'sections',
        sections: [coded(tables.basicByEconomic, 'economic', ECONOMIC_COLUMNS, tableTotals.basicByEconomic, ctx)],
      };
    case 'threePublic':
      return { kind: 'sections', sections: [threePublicSection(doc, ctx)] };
  }
}

function fiscalAppropriation(doc: BudgetDocument, ctx: SectionContext): TableContent {
  const s = doc.tables.fiscalAppropriation;
  // A budget kind the document prints no column for (null) gets no column here either.
  const kinds = (['generalPublic', 'governmentFund', 'stateCapital'] as const).filter(
    (k) => s.expenditureTotal[k] !== null || s.expenditure.some((line) => line[k] !== null),
  );
  const columns = [money('total', ctx.t('columns.total')), ...kinds.map((k) => money(k, ctx.t(`columns.${k}`)))];
  const expenditure: HierNode<Line>[] = s.expenditure.map((line) => ({
    id: line.key,
    code: null,
    name: summaryLineName({ label: line.label, key: line.key, amount: line.total }, ctx),
    searchNames: [line.label],
    row: {
      total: line.total,
      generalPublic: line.generalPublic,
      governmentFund: line.governmentFund,
      stateCapital: line.stateCapital,
    },
    children: [],
  }));
  return {
    kind: 'sections',
    sections: [
      summarySection(
        'revenue',
        ctx.t('sections.fiscalRevenue'),
        summaryNodes(s.revenue, ctx),
        [money('total', ctx.t('columns.amount'))],
        { total: s.revenueTotal },
        ctx,
      ),
      summarySection(
        'expenditure',
        ctx.t('sections.fiscalExpenditure'),
        expenditure,
        columns,
        { ...s.expenditureTotal },
        ctx,
      ),
    ],
  };
}

function threePublicSection(doc: BudgetDocument, ctx: SectionContext): Section {
  const p = doc.tables.threePublic;
  const leaf = (key: keyof typeof p, children: HierNode<Line>[] = []): HierNode<Line> => ({
    id: key,
    code: null,
    name: ctx.t(`threePublic.${key}`),
    row: { total: p[key] },
    children,
  });
  return {
    key: 'main',
    heading: null,
    rows: [
      leaf('total', [
        leaf('overseas'),
        leaf('reception'),
        leaf('vehicles', [leaf('vehiclePurchase'), leaf('vehicleOperation')]),
      ]),
      leaf('agencyOperation'),
    ],
    columns: [money('total', ctx.t('columns.amount'))],
    // 机关运行经费 is not part of the 三公 total, so a share of one total would mislead.
    share: null,
    totals: null,
    labels: { name: ctx.t('columns.item') },
    filterable: false,
  };
}
