// Finds the nine tables in the tables region by their titles and header words.
// TAB text: a table runs from its title to the next title.
// PDF text: each printed page begins at 单位：元 / 单位:万元; the page's title or header words can sit
// anywhere on the page (often after its first rows), and a page belongs to that table.
import { isTableTitle, isUnitLine, type Layout } from './read-document.ts';
import { IngestError, type Line, type TableKind } from './types.ts';

export interface LocatedTable {
  kind: TableKind;
  title: string;
  unit: '元' | '万元';
  unitPrinted?: boolean; // false: no 单位 line was found, and the table is read in 元
  lines: Line[]; // every line of the table's pages except the title
}

const UNIT_WORDS = /(?:^|\s|[（(])(?:金额)?单位[：:]\s*(万元|元)[）)]?$/;

const TITLE_KINDS: [RegExp, TableKind][] = [
  [/三公/, 'threePublic'],
  [/经济分类预算表$/, 'basicByEconomic'],
  [/政府性基金预算支出功能分类预算表$/, 'governmentFundByFunction'],
  [/国有资本经营预算支出功能分类预算表$/, 'stateCapitalByFunction'],
  [/一般公共预算支出功能分类预算表$/, 'generalPublicByFunction'],
  [/财政拨款收支预算总表$/, 'fiscalAppropriation'],
  [/财务收支预算总表$/, 'financialSummary'],
  [/收入预算总表$/, 'revenueByFunction'],
  [/支出预算总表$/, 'expenditureByFunction'],
];

const FUNCTION_TABLES: TableKind[] = [
  'expenditureByFunction',
  'generalPublicByFunction',
  'governmentFundByFunction',
  'stateCapitalByFunction',
];

function titleKind(text: string): TableKind | null {
  const t = text.trim();
  if (!isTableTitle(t)) return null;
  for (const [re, kind] of TITLE_KINDS) if (re.test(t)) return kind;
  return null;
}

/** Which tables a page without a title could belong to, from its header words. */
function headerKinds(lines: Line[]): TableKind[] {
  const text = lines.map((l) => l.text).join('\n');
  if (/人员经费|公用经费/.test(text)) return ['basicByEconomic'];
  if (/购置费/.test(text)) return ['threePublic'];
  if (/事业单位经营收入|事业收入/.test(text) && /功能分类/.test(text)) return ['revenueByFunction'];
  if (/本年收入/.test(text)) return ['financialSummary'];
  if (/财政拨款支出/.test(text)) return ['fiscalAppropriation'];
  if (/基本支出|项目支出/.test(text)) return FUNCTION_TABLES;
  return [];
}

function segments(lines: Line[], layout: Layout): Line[][] {
  const out: Line[][] = [];
  let current: Line[] | null = null;
  for (const line of lines) {
    const starts = layout === 'tab' ? titleKind(line.text) !== null : isUnitLine(line.text.trim());
    if (starts || current === null) {
      current = [];
      out.push(current);
    }
    current.push(line);
  }
  return out;
}

export function locateTables(lines: Line[], layout: Layout, docId: string): Map<TableKind, LocatedTable> {
  const found = new Map<TableKind, LocatedTable>();
  let previous: TableKind | null = null;
  for (const seg of segments(lines, layout)) {
    const titled = seg.filter((l) => titleKind(l.text) !== null);
    const kinds = [...new Set(titled.map((l) => titleKind(l.text)!))];
    if (kinds.length > 1) {
      throw new IngestError(
        `${docId}: one page (line ${seg[0]!.no}) carries the titles of two tables: ${titled.map((l) => l.text.trim()).join(' / ')}`,
      );
    }
    let kind: TableKind | null = kinds[0] ?? null;
    if (kind === null) {
      if (seg.every((l) => l.text.trim() === '')) continue;
      const candidates = headerKinds(seg);
      if (previous !== null && (candidates.length === 0 || candidates.includes(previous))) kind = previous;
      else if (candidates.length === 1) kind = candidates[0]!;
      else
        throw new IngestError(
          `${docId}: cannot tell which table the page at line ${seg[0]!.no} ("${seg[0]!.text.trim()}") belongs to`,
        );
    }
    const existing = found.get(kind);
    if (existing && previous !== kind) {
      throw new IngestError(
        `${docId}: table "${titled[0]?.text.trim() ?? kind}" appears twice (again at line ${seg[0]!.no})`,
      );
    }
    const body = seg.filter((l) => titleKind(l.text) === null);
    if (existing) existing.lines.push(...body);
    else found.set(kind, { kind, title: titled[0]?.text.trim() ?? '', unit: '元', lines: body });
    previous = kind;
  }
  for (const table of found.values()) {
    // 单位 on its own line, or after 编制部门 on the same line (pdfjs text): "编制部门：…⇥单位:万元";
    // also "（单位：万元）" and "金额单位：万元". A table that prints no unit is read in 元 and says so.
    const units = table.lines
      .map((l) => UNIT_WORDS.exec(l.text.replace(/\t/g, ' ').trim())?.[1])
      .filter((u): u is '元' | '万元' => !!u);
    if (units.includes('万元')) table.unit = '万元';
    table.unitPrinted = units.length > 0;
  }
  return found;
}
