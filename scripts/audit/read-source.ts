// An independent reading of the two source texts for the figures audit (figures.test.ts).
// Deliberately shares no code with the reader (src/reader): if both read a figure the same way, it is
// because the text says so, not because they share a bug.

export type TableKey =
  | 'financialSummary'
  | 'revenueByFunction'
  | 'expenditureByFunction'
  | 'fiscalAppropriation'
  | 'generalPublicByFunction'
  | 'governmentFundByFunction'
  | 'stateCapitalByFunction'
  | 'basicByEconomic'
  | 'threePublic';

/** Title words of each table (checked in this order; the first that matches names the table). */
export const TITLES: [TableKey, RegExp, string][] = [
  ['financialSummary', /财务收支预算总表/, '表1 财务收支预算总表'],
  ['revenueByFunction', /部门收入预算总表/, '表2 收入预算总表'],
  ['expenditureByFunction', /部门支出预算总表/, '表3 支出预算总表'],
  ['fiscalAppropriation', /财政拨款收支预算总表/, '表4 财政拨款收支预算总表'],
  ['generalPublicByFunction', /一般公共预算支出功能分类预算表/, '表5 一般公共预算支出功能分类预算表'],
  ['governmentFundByFunction', /政府性基金预算支出功能分类预算表/, '表6 政府性基金预算支出功能分类预算表'],
  ['stateCapitalByFunction', /国有资本经营预算支出功能分类预算表/, '表7 国有资本经营预算支出功能分类预算表'],
  ['basicByEconomic', /基本支出.*经济分类预算表/, '表8 一般公共预算基本支出经济分类预算表'],
  ['threePublic', /“三公”经费和机关运行经费预算表/, '表9 “三公”经费和机关运行经费预算表'],
];
export const tableName = (k: TableKey): string => TITLES.find((t) => t[0] === k)![2];

/** A column header word of the TAB tables -> the JSON field of that column. */
const FIELDS: Record<string, string> = {
  合计: 'total',
  财政拨款收入: 'fiscal',
  事业收入: 'business',
  事业单位经营收入: 'operating',
  其他收入: 'other',
  基本支出: 'basic',
  项目支出: 'project',
  人员经费: 'personnel',
  公用经费: 'publicUse',
};

const YUAN = /^\d{1,3}(?:,\d{3})*$/;
export const isYuan = (s: string): boolean => YUAN.test(s);
/** A whole-yuan figure as printed -> fen, the contract's unit (version 2): "8,640" -> 864000. */
export function yuan(s: string): number {
  if (!YUAN.test(s)) throw new Error(`not a yuan figure: "${s}"`);
  return Number(`${s.replace(/,/g, '')}00`);
}
/** 万元 -> fen by string arithmetic: "1,741.76" -> 1741760000, "754.813" -> 754813000. */
export function wanToYuan(s: string): number {
  const m = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,6}))?$/.exec(s);
  if (!m) throw new Error(`not a 万元 figure: "${s}"`);
  return Number(m[1]!.replace(/,/g, '') + (m[2] ?? '').padEnd(6, '0'));
}

/** One printed row of a table; code '' is the 合计 row. `columns` only where the text keeps positions (TAB). */
export interface PrintedRow {
  code: string;
  name: string;
  values: number[];
  columns: Record<string, number> | null;
  line: number;
}
export interface PrintedTable {
  key: TableKey;
  rows: PrintedRow[];
  total: PrintedRow | null;
  lines: { text: string; no: number }[];
}

const titleOf = (line: string): TableKey | null => {
  const t = line.trim();
  if (!/^(?:\d{4}年)?部门.+表$/.test(t)) return null;
  return TITLES.find(([, re]) => re.test(t))?.[0] ?? null;
};

/** The tables part of the text, page by page, each with the table it belongs to. */
export function tablePages(text: string, year: number): PrintedTable[] {
  const all = text.split('\n').map((t, i) => ({ text: t, no: i + 1 }));
  const end = all.findIndex((l) => l.text.trim() === '其他相关情况说明');
  const lines = all.slice(0, end < 0 ? undefined : end);
  const pages: PrintedTable[] = [];
  if (year === 2021) {
    // a printed page begins at 单位：元 / 单位:万元; it belongs to the table whose title is on it
    const starts = lines.flatMap((l, i) => (/^单位[:：]/.test(l.text.trim()) ? [i] : []));
    starts.forEach((s, j) => {
      const page = lines.slice(s, starts[j + 1] ?? lines.length);
      const keys = [...new Set(page.map((l) => titleOf(l.text)).filter((k): k is TableKey => k !== null))];
      if (keys.length !== 1)
        throw new Error(`2021 page at line ${lines[s]!.no}: expected one table title, found [${keys.join(', ')}]`);
      pages.push({ key: keys[0]!, rows: [], total: null, lines: page });
    });
    for (const p of pages) readPdfRows(p);
  } else {
    // clean text: a table runs from its title to the next title
    for (const l of lines) {
      const key = titleOf(l.text);
      if (key) pages.push({ key, rows: [], total: null, lines: [] });
      else pages.at(-1)?.lines.push(l);
    }
    for (const p of pages) readTabRows(p);
  }
  return pages;
}

const CODE_ROW = /^(\d{3})((?: \d{2}(?![\d,]))*)(?: +(.*))?$/;
const TOTAL_ROW = /^((?:\d{1,3}(?:,\d{3})* +)*\d{1,3}(?:,\d{3})*) *合计$/;

/** Split "name 1,234 5,678" into its name and its trailing figures. */
function nameAndFigures(rest: string): { name: string; values: number[] } {
  const tokens = rest.split(/\s+/).filter(Boolean);
  let i = tokens.length;
  while (i > 0 && isYuan(tokens[i - 1]!)) i--;
  return { name: tokens.slice(0, i).join(''), values: tokens.slice(i).map(yuan) };
}

/** PDF text: rows start with a spaced code; name and figures may wrap over the following lines. */
function readPdfRows(p: PrintedTable): void {
  const ls = p.lines;
  for (let i = 0; i < ls.length; i++) {
    const t = ls[i]!.text.trim();
    const total = TOTAL_ROW.exec(t);
    if (total) {
      p.total = { code: '', name: '合计', values: total[1]!.split(/ +/).map(yuan), columns: null, line: ls[i]!.no };
      continue;
    }
    const m = CODE_ROW.exec(t);
    if (!m) continue;
    const row: PrintedRow = {
      code: m[1]! + m[2]!.replace(/ /g, ''),
      ...nameAndFigures(m[3] ?? ''),
      columns: null,
      line: ls[i]!.no,
    };
    // wrapped: name pieces (no digits) and then one line of figures
    while (row.values.length === 0 && i + 1 < ls.length) {
      const next = ls[i + 1]!.text.trim();
      if (next === '') {
        i++;
        continue;
      }
      if (CODE_ROW.test(next) || TOTAL_ROW.test(next)) break;
      const nf = nameAndFigures(next);
      if (/\d/.test(nf.name)) break;
      row.name += nf.name;
      row.values = nf.values;
      i++;
    }
    p.rows.push(row);
  }
}

/** TAB text: one cell per column; the header line on each page says which column is which. */
function readTabRows(p: PrintedTable): void {
  let fields: (string | null)[] = [];
  let nameAt = -1;
  let firstFigure = -1;
  for (const { text, no } of p.lines) {
    const cells = text.split('\t').map((c) => c.trim());
    if (cells[0] !== '合计' && cells.some((c) => c !== '合计' && FIELDS[c])) {
      fields = cells.map((c) => FIELDS[c] ?? null);
      firstFigure = cells.indexOf('合计');
      nameAt = cells.findIndex((c) => /分类科目名称$/.test(c));
      continue;
    }
    const isTotal = cells[0] === '合计' && cells.slice(1).every((c) => c === '' || isYuan(c));
    if (!isTotal && !/^\d{3}$/.test(cells[0] ?? '')) continue;
    if (firstFigure < 0) throw new Error(`line ${no}: table row before any header line`);
    const columns: Record<string, number> = {};
    cells.forEach((c, j) => {
      if (j < firstFigure || c === '') return;
      const f = fields[j];
      if (!f) throw new Error(`line ${no}: figure "${c}" in column ${j}, which has no header word`);
      columns[f] = yuan(c);
    });
    const codeEnd = nameAt >= 0 ? Math.min(nameAt, firstFigure) : firstFigure;
    const row: PrintedRow = {
      code: isTotal ? '' : cells.slice(0, codeEnd).join(''),
      name: isTotal ? '合计' : nameAt >= 0 ? (cells[nameAt] ?? '') : '',
      values: Object.values(columns),
      columns,
      line: no,
    };
    if (isTotal) p.total = row;
    else p.rows.push(row);
  }
}

/** A line of a summary table (表1, 表4): its label and the figures after it (null = empty cell, TAB text only). */
export interface SummaryItem {
  label: string;
  values: (number | null)[];
  line: number;
}
const LABEL_START = /^(?:[一二三四五六七八九十]+、|\d+\.|收入总计$|支出总计$)/;

export function summaryItems(p: PrintedTable, year: number): SummaryItem[] {
  const items: SummaryItem[] = [];
  if (year !== 2021) {
    // TAB text: cells 0-1 are the revenue side, cell 2 the expenditure label, the rest its figures
    for (const { text, no } of p.lines) {
      const c = text.split('\t').map((x) => x.trim());
      const fig = (x: string | undefined): number | null => (x ? yuan(x) : null);
      if (LABEL_START.test(c[0] ?? '')) items.push({ label: c[0]!, values: [fig(c[1])], line: no });
      if (LABEL_START.test(c[2] ?? '')) items.push({ label: c[2]!, values: c.slice(3).map(fig), line: no });
    }
    return items;
  }
  // PDF text: a stream of tokens; a label starts at its numbering and runs until its figures end
  let cur: SummaryItem | null = null;
  for (const { text, no } of p.lines) {
    for (const tok of text.trim().split(/\s+/).filter(Boolean)) {
      if (LABEL_START.test(tok)) items.push((cur = { label: tok, values: [], line: no }));
      else if (cur && isYuan(tok)) cur.values.push(yuan(tok));
      else if (cur && cur.values.length === 0) cur.label += tok;
      else cur = null; // page furniture after the last figure
    }
  }
  return items;
}

/** Section text between a heading line (ending with `from`) and the next line equal to / ending with `to`. */
export function section(text: string, from: RegExp, to: RegExp): string[] {
  const lines = text.split('\n');
  const s = lines.findIndex((l) => from.test(l.trim()) && !l.trim().startsWith('-'));
  if (s < 0) return [];
  const e = lines.findIndex((l, i) => i > s && to.test(l.trim()));
  return lines.slice(s + 1, e < 0 ? undefined : e);
}

/** Every project title (…项目经费情况说明) with the lines of its 六、年度预算安排 section. */
export function projects(text: string): { name: string; budget: string; line: number }[] {
  const lines = text.split('\n');
  const out: { name: string; budget: string; line: number }[] = [];
  lines.forEach((l, i) => {
    const m = /^(.+)项目经费情况说明$/.exec(l.trim());
    if (!m || /^-|^[一二三四五六七八九十]+、/.test(m[1]!)) return;
    const s = lines.findIndex((x, j) => j > i && x.trim() === '六、年度预算安排');
    const e = lines.findIndex((x, j) => j > s && x.trim() === '七、绩效目标');
    out.push({
      name: m[1]!,
      budget: lines
        .slice(s + 1, e)
        .join('\n')
        .trim(),
      line: i + 1,
    });
  });
  return out;
}
