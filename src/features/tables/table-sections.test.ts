import { describe, expect, it } from 'vitest';
import { makeDocument } from '../../domain/document-fixture';
import type { SummaryLine } from '../../domain/schema';
import { summaryNodes, tableContent, type SectionContext, type TableContent } from './table-sections';

// Keys stand in for translations, so the test sees which key each label comes from.
const ctx = (printed: boolean): SectionContext => ({
  t: (key, options) => (options?.defaultValue && !key.startsWith('lines.') ? String(options.defaultValue) : key),
  nameOf: (cls, code, name) => (printed ? name : `${cls}:${code}`),
  printed,
});

const revenue: SummaryLine[] = [
  { label: '一、财政拨款收入', key: 'fiscal', amount: 30_017_000_000 },
  { label: '1. 一般公共预算', key: 'generalPublic', amount: 30_017_000_000 },
  { label: '2. 政府性基金预算', key: 'governmentFund', amount: null },
  { label: '二、事业收入', key: 'business', amount: null },
];

function sections(content: TableContent) {
  if (content.kind !== 'sections') throw new Error(`expected sections, got ${content.kind}`);
  return content.sections;
}

describe('summaryNodes', () => {
  it('nests the budget kinds under 财政拨款收入 and keeps printed labels in Chinese', () => {
    const nodes = summaryNodes(revenue, ctx(true));
    expect(nodes.map((n) => n.id)).toEqual(['fiscal', 'business']);
    expect(nodes[0]!.children.map((n) => n.name)).toEqual(['1. 一般公共预算', '2. 政府性基金预算']);
    expect(nodes[0]!.children[1]!.row.total).toBeNull();
  });

  it('translates lines by key in English and 类 lines by code', () => {
    const nodes = summaryNodes([...revenue, { label: '一、卫生健康支出', key: '210', amount: 1 }], ctx(false));
    expect(nodes.map((n) => n.name)).toEqual(['lines.fiscal', 'lines.business', 'function:210']);
    expect(nodes[2]!.searchNames).toEqual(['一、卫生健康支出']);
  });

  it('keeps the budget kinds at the top when there is no 财政拨款收入 line (table 4)', () => {
    expect(summaryNodes(revenue.slice(1), ctx(true)).map((n) => n.id)).toEqual([
      'generalPublic',
      'governmentFund',
      'business',
    ]);
  });
});

describe('tableContent', () => {
  const doc = makeDocument();

  it('builds table 3 from codes with share of the printed total and the totals line', () => {
    const [main] = sections(tableContent(doc, 'expenditureByFunction', ctx(true)));
    expect(main!.rows.map((n) => n.code)).toEqual(['208', '210']);
    expect(main!.columns.map((c) => c.id)).toEqual(['total', 'basic', 'project']);
    expect(main!.share).toEqual({ of: 'total', total: 30_017_000_000, header: 'columns.share' });
    expect(main!.totals?.row).toEqual(doc.tableTotals.expenditureByFunction);
  });

  it('says absent for null and empty for a table printed empty', () => {
    expect(
      tableContent(
        makeDocument({ tables: { ...doc.tables, stateCapitalByFunction: null } }),
        'stateCapitalByFunction',
        ctx(true),
      ).kind,
    ).toBe('absent');
    expect(tableContent(doc, 'governmentFundByFunction', ctx(true)).kind).toBe('empty');
  });

  it('gives table 4 no column for a budget kind the document has none for', () => {
    const [, expenditure] = sections(tableContent(doc, 'fiscalAppropriation', ctx(true)));
    expect(expenditure!.columns.map((c) => c.id)).toEqual(['total', 'generalPublic']);
  });

  it('draws table 9 as the 三公 total with its parts, and 机关运行经费 beside it, without shares', () => {
    const [main] = sections(tableContent(doc, 'threePublic', ctx(true)));
    expect(main!.rows.map((n) => n.id)).toEqual(['total', 'agencyOperation']);
    expect(main!.rows[0]!.children.map((n) => n.id)).toEqual(['overseas', 'reception', 'vehicles']);
    expect(main!.rows[0]!.children[2]!.children.map((n) => n.row.total)).toEqual([0, 22_100_000]);
    expect(main!.share).toBeNull();
  });
});
