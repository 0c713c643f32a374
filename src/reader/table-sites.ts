// Where each row of each table is printed: the line and so the page. Failures name the page of the
// row they are about; the report names the pages each table stands on.
import type { Line } from './types.ts';
import { TABLE_LABEL, type TableKind } from './types.ts';

export class TableSites {
  private readonly rows = new Map<string, Map<string, number>>(); // table label -> row key -> line
  private readonly firstLine = new Map<string, number>();
  private readonly sections = new Map<string, Line[]>();
  private readonly pageOfLine = new Map<number, number | null>();

  constructor(all: Line[]) {
    for (const l of all) this.pageOfLine.set(l.no, l.page);
  }

  /** Records a row: `key` is its code ('' for 合计) or, in the summary tables, its printed label. */
  row(kind: TableKind, key: string, line: number): void {
    const label = TABLE_LABEL[kind];
    const map = this.rows.get(label) ?? new Map<string, number>();
    if (!map.has(key)) map.set(key, line);
    this.rows.set(label, map);
  }

  table(kind: TableKind, lines: Line[]): void {
    if (lines[0]) this.firstLine.set(TABLE_LABEL[kind], lines[0].no);
  }

  /** Any section (编制说明, 其他相关情况说明, …) by its first line. */
  section(label: string, lines: Line[]): void {
    if (lines[0]) this.firstLine.set(label, lines[0].no);
    this.sections.set(label, lines);
  }

  /** The page a sentence of a section starts on: found in the section's text, whitespace aside. */
  private sentencePage(label: string, row: string): number | null {
    const sentence = /^sentence “(.*)”$/s.exec(row)?.[1]?.replace(/\s/g, '');
    const lines = this.sections.get(label);
    if (!sentence || !lines) return null;
    let text = '';
    const starts: number[] = [];
    for (const l of lines) {
      starts.push(text.length);
      text += l.text.replace(/\s/g, '');
    }
    const at = text.indexOf(sentence.slice(0, 60));
    if (at < 0) return null;
    let i = 0;
    while (i + 1 < starts.length && starts[i + 1]! <= at) i++;
    return lines[i]!.page;
  }

  page(line: number | undefined): number | null {
    return line === undefined ? null : (this.pageOfLine.get(line) ?? null);
  }

  /** The page of a failure's row: "row 2101504 …", "row 合计", "row 一、财政拨款收入", else the table's first page. */
  pageOf = (table: string, row: string): number | null => {
    const inSection = this.sections.has(table) ? this.sentencePage(table, row) : null;
    if (inSection !== null) return inSection;
    const map = this.rows.get(table);
    const key = /^row (\d{3,7})\b/.exec(row)?.[1] ?? (row === 'row 合计' ? '' : row.replace(/^row /, ''));
    return this.page(map?.get(key) ?? this.firstLine.get(table));
  };
}
