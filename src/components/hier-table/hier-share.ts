// The rows of a hierarchical table (the sections a view hands to HierTable) as a ShareTable: the
// lines the table shows with the view's filter and sort (every line, expanded or not), then the
// printed total line of each section. Pure; mirrors HierTable's filter (tree.ts) and its
// sibling sort (table-model.ts: missing figures last, codes in document order).
import { filterTree } from './tree';
import type { HierColumn, HierNode, ShareSpec, SortState, TotalsSpec } from './types';
import type { ShareCell, ShareColumn, ShareTable } from '../../domain/share-table';

export interface HierSection<R> {
  heading: string | null;
  rows: HierNode<R>[];
  columns: HierColumn<R>[];
  share: ShareSpec | null;
  totals: TotalsSpec<R> | null;
  labels: { code?: string; name?: string };
}

export interface HierShareLabels {
  section: string;
  code: string;
  name: string;
  share: string;
  totals: string;
  /** a percent column's header, e.g. "占比（%）" */
  percent: (header: string) => string;
}

const percent = (ratio: number | null): number | null => (ratio === null ? null : Math.round(ratio * 10_000) / 100);

function valueOf<R>(column: HierColumn<R>, row: R): ShareCell {
  if (column.kind === 'text') return column.text(row);
  const value = column.value(row);
  return column.kind === 'percent' || column.kind === 'signedPercent' ? percent(value) : value;
}

function sortKey<R>(node: HierNode<R>, sort: SortState, section: HierSection<R>): string | number | null {
  if (sort.column === 'code') return node.code;
  if (sort.column === 'name') return node.name;
  const of = sort.column === 'share' ? section.share?.of : sort.column;
  const column = section.columns.find((c) => c.id === of);
  if (!column) return null;
  return column.kind === 'text' ? column.text(node.row) : column.value(node.row);
}

function sortSiblings<R>(
  nodes: HierNode<R>[],
  sort: SortState | null,
  section: HierSection<R>,
  lang: string,
): HierNode<R>[] {
  if (!sort) return nodes;
  const collator = new Intl.Collator(lang, { numeric: true, sensitivity: 'base' });
  const sorted = [...nodes].sort((a, b) => {
    const x = sortKey(a, sort, section);
    const y = sortKey(b, sort, section);
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1; // missing last, both ways
    const order =
      typeof x === 'number' && typeof y === 'number'
        ? x - y
        : sort.column === 'code'
          ? x < y
            ? -1
            : x > y
              ? 1
              : 0
          : collator.compare(String(x), String(y));
    return sort.desc ? -order : order;
  });
  return sorted.map((node) => ({ ...node, children: sortSiblings(node.children, sort, section, lang) }));
}

export function hierShareTable<R>(
  sections: readonly HierSection<R>[],
  options: { query: string; sort: SortState | null; lang: string; labels: HierShareLabels },
): ShareTable {
  const { labels } = options;
  const withSection = sections.length > 1;
  const withCode = sections.some((s) => s.rows.some((n) => n.code !== null));
  const columns: ShareColumn[] = [];
  const add = (column: ShareColumn) => columns.some((c) => c.key === column.key) || columns.push(column);
  if (withSection) add({ key: 'section', label: labels.section, kind: 'text' });
  if (withCode) add({ key: 'code', label: sections[0]?.labels.code ?? labels.code, kind: 'code' });
  add({ key: 'name', label: sections[0]?.labels.name ?? labels.name, kind: 'text' });
  for (const section of sections) {
    for (const column of section.columns) {
      const money = column.kind === 'money' || column.kind === 'signedMoney';
      add({
        key: column.id,
        label: column.kind === 'text' || money ? column.header : labels.percent(column.header),
        kind: column.kind === 'text' ? 'text' : money ? 'money' : 'number',
      });
      if (section.share?.of === column.id)
        add({ key: 'share', label: labels.percent(section.share.header ?? labels.share), kind: 'number' });
    }
  }

  const rows: ShareTable['rows'] = [];
  for (const section of sections) {
    const line = (code: string | null, name: string, row: R) => {
      const out: Record<string, ShareCell> = { name };
      if (withSection) out.section = section.heading;
      if (withCode) out.code = code;
      for (const column of section.columns) {
        out[column.id] = valueOf(column, row);
        if (section.share?.of === column.id) {
          const value = column.kind === 'text' ? null : column.value(row);
          out.share = value === null || section.share.total === 0 ? null : percent(value / section.share.total);
        }
      }
      return out;
    };
    const visit = (nodes: HierNode<R>[]) => {
      for (const node of nodes) {
        rows.push(line(node.code, node.name, node.row));
        visit(node.children);
      }
    };
    visit(sortSiblings(filterTree(section.rows, options.query), options.sort, section, options.lang));
    if (section.totals) rows.push(line(null, section.totals.label ?? labels.totals, section.totals.row));
  }
  return { columns, rows };
}
