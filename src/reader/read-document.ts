// Reads a source text of the official template: normalises it and splits it into its sections by
// their titles (never by line numbers). The tables region is handed to locate-tables.ts.
import { IngestError, type Line } from './types.ts';

export type Layout = 'tab' | 'pdf';

/** A section of the template is not there: the text is not a document of this template. */
export class SectionMissing extends IngestError {
  constructor(
    message: string,
    readonly section: string,
  ) {
    super(message);
  }
}

export interface DocumentSections {
  layout: Layout;
  all: Line[];
  front: Line[]; // before the first section: title, 预算主管部门, 目录
  functions: Line[]; // 主要职能
  functionsTitle: string;
  units: Line[]; // 机构设置
  glossary: Line[]; // 名词解释
  notesTitle: string; // e.g. 2026年部门预算编制说明
  notes: Line[]; // 编制说明
  tables: Line[]; // the nine tables
  other: Line[]; // 其他相关情况说明
  projects: { title: string; lines: Line[] }[]; // 项目经费情况说明, one per project
}

/** Table-of-contents and numbered-heading lines are not section titles. */
function isTocLike(text: string): boolean {
  return /^(- |[一二三四五六七八九十]+、|\d+[.．、]\s?)/.test(text) || text.includes('…');
}

const PAGE_MARK = /^=== 第(\d+)页 ===$/;
const PAGE_COUNT = /^\[pages: \d+\]$/;

/**
 * Normalise the text: line ends, NBSP, NFC; reject broken encodings, naming the line. The page
 * marks of text made from a PDF (=== 第N页 ===, [pages: N]) are not lines of the document: they
 * give each following line its page, which every message then names.
 */
export function toLines(text: string, docId: string): Line[] {
  const lines = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC')
    .split('\n');
  const out: Line[] = [];
  let page: number | null = null;
  lines.forEach((raw, i) => {
    if (raw.includes('\uFFFD')) {
      throw new IngestError(
        `${docId}: line ${i + 1} contains U+FFFD replacement characters (broken encoding): "${raw.replace(/\t/g, ' ').trim()}"`,
      );
    }
    const mark = PAGE_MARK.exec(raw.trim());
    if (mark) {
      page = Number(mark[1]);
      return;
    }
    if (PAGE_COUNT.test(raw.trim())) return;
    // TABs are kept, leading and trailing ones too: in the TAB layout they mark empty cells.
    out.push({ no: i + 1, text: raw.replace(/\u00A0|\u3000/g, ' ').replace(/^ +| +$/g, ''), page });
  });
  return out;
}

const TABLE_TITLE = /(收支预算总表|收入预算总表|支出预算总表|功能分类预算表|经济分类预算表|经费预算表)$/;
const UNIT_LINE = /^单位[：:]\s*(万元|元)$/;

export function isTableTitle(text: string): boolean {
  return TABLE_TITLE.test(text) && text.length <= 48 && !isTocLike(text);
}

export function isUnitLine(text: string): boolean {
  return UNIT_LINE.test(text.replace(/\t/g, ''));
}

function findIndex(lines: Line[], from: number, test: (t: string) => boolean): number {
  for (let i = from; i < lines.length; i++) if (test(lines[i]!.text.trim())) return i;
  return -1;
}

const CHAPTER = /^[一二三四五六七八九十]+、\s*/;

/**
 * The line of a section's heading, from `from` on. A heading may carry its chapter number in the
 * body ("三、名词解释") as the table of contents does; a numbered line is the heading only when no
 * later line has the same heading (the contents list comes first, the body's heading after it).
 */
function sectionHeading(all: Line[], from: number, test: (heading: string) => boolean): number {
  const bare = (t: string): string => t.trim().replace(CHAPTER, '').trim();
  for (let i = from; i < all.length; i++) {
    const t = all[i]!.text.trim();
    if (t.length > 40 || t.includes('…') || t.startsWith('- ') || /^\d+[.．、]/.test(t) || !test(bare(t))) continue;
    if (!CHAPTER.test(t)) return i;
    const twin = all.slice(i + 1).some((l) => bare(l.text) === bare(t) && !l.text.includes('…'));
    if (!twin) return i;
  }
  return -1;
}

export function readDocument(text: string, docId: string): DocumentSections {
  const all = toLines(text, docId);
  const need = (idx: number, what: string): number => {
    if (idx < 0 && what === '其他相关情况说明') {
      // The tables began but the part after them never comes: the file stops inside the tables.
      throw new SectionMissing(
        `${docId}: the document stops inside its tables: no “其他相关情况说明” follows them, so the file looks cut off or incomplete (expected the nine tables, then 其他相关情况说明)`,
        what,
      );
    }
    if (idx < 0)
      throw new SectionMissing(
        `${docId}: not a budget of the Shanghai template: its section “${what}” was not found (expected, in order: 主要职能, 机构设置, 名词解释, 预算编制说明, the nine tables, 其他相关情况说明)`,
        what,
      );
    return idx;
  };
  const heading = (from: number, test: (t: string) => boolean): number => sectionHeading(all, from, test);
  const fn = need(
    heading(0, (t) => /主要职能$/.test(t)),
    '主要职能',
  );
  const units = need(
    heading(fn + 1, (t) => /机构设置$/.test(t)),
    '机构设置',
  );
  const glossary = need(
    heading(units + 1, (t) => t === '名词解释'),
    '名词解释',
  );
  const notes = need(
    heading(glossary + 1, (t) => /预算编制说明$/.test(t)),
    '预算编制说明',
  );
  const tables = need(
    findIndex(all, notes + 1, (t) => isTableTitle(t) || isUnitLine(t)),
    '部门预算表',
  );
  const other = need(
    heading(tables + 1, (t) => t === '其他相关情况说明'),
    '其他相关情况说明',
  );
  const projectStarts: number[] = [];
  for (let i = other + 1; i < all.length; i++) {
    const t = all[i]!.text.trim();
    if (/项目经费情况说明$/.test(t) && !isTocLike(t) && t.length > '项目经费情况说明'.length) projectStarts.push(i);
  }
  const end = projectStarts[0] ?? all.length;
  const tableLines = all.slice(tables, other);
  return {
    layout: tableLines.some((l) => l.text.includes('\t')) ? 'tab' : 'pdf',
    all,
    front: all.slice(0, fn),
    functions: all.slice(fn + 1, units),
    functionsTitle: all[fn]!.text.trim().replace(CHAPTER, ''),
    units: all.slice(units + 1, glossary),
    glossary: all.slice(glossary + 1, notes),
    notesTitle: all[notes]!.text.trim().replace(CHAPTER, ''),
    notes: all.slice(notes + 1, tables),
    tables: tableLines,
    other: all.slice(other + 1, end),
    projects: projectStarts.map((start, i) => ({
      title: all[start]!.text.trim(),
      lines: all.slice(start + 1, projectStarts[i + 1] ?? all.length),
    })),
  };
}
