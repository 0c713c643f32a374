// Builds one BudgetDocument from a source text: sections, tables, notes, projects; then runs every
// check. Nothing here touches the file system.
import type { BudgetDocument } from '../domain/schema.ts';
import { SCHEMA_VERSION } from '../domain/schema.ts';
import { buildTables, type TableReport } from './build-tables.ts';
import { parseOtherNotes } from './parse-other-notes.ts';
import { parseBudgetNotes, parseFunctions, parseGlossary, parseUnits } from './parse-notes.ts';
import { parseProjects } from './parse-projects.ts';
import { wrapWidth } from './prose.ts';
import { readDocument } from './read-document.ts';
import { IngestError, type Failure } from './types.ts';
import { Checks, validateTables } from './validate.ts';
import { validateText } from './validate-text.ts';

export interface SourceDocument {
  id: string;
  file: string;
  year: number;
  text: string;
  sha256: string;
}

export interface Built {
  doc: BudgetDocument; // discrepancies still empty: errata are applied by the caller
  failures: Failure[];
  checks: number;
  tables: TableReport[];
}

function department(front: string[], tableLines: string[], functionsTitle: string): string {
  const head = front.map((t) => /^预算主管部门[：:]\s*(.+)$/.exec(t)?.[1]).find(Boolean);
  if (head) return head.trim();
  const counts = new Map<string, number>();
  for (const t of tableLines) {
    const m = /^编制部门[：:]\s*([^\t]+?)\s*(\t|$)/.exec(t.trim());
    if (m?.[1]) counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
  }
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  return best ?? functionsTitle.replace(/[（(]部门[）)]?主要职能$|主要职能$/, '').trim();
}

export function buildDocument(src: SourceDocument): Built {
  const sections = readDocument(src.text, src.id);
  const year = Number(/(\d{4})年/.exec(sections.notesTitle)?.[1]);
  if (year !== src.year) throw new IngestError(`${src.id}: the document is for ${year} (“${sections.notesTitle}”), the manifest says ${src.year}`);
  const prose = [...sections.functions, ...sections.units, ...sections.glossary, ...sections.notes, ...sections.other, ...sections.projects.flatMap((p) => p.lines)];
  const opts = { wrapAt: sections.layout === 'pdf' ? wrapWidth(prose) : null };
  const built = buildTables(sections, src.id);
  const rows = built.tables.expenditureByFunction;
  const categoryCode = (name: string): string | null => {
    const top = rows.filter((r) => r.code.length === 3 && r.name === name);
    const any = rows.filter((r) => r.name === name);
    return top[0]?.code ?? (any.length === 1 ? any[0]!.code : null);
  };
  const itemCode = (name: string): string | null => {
    const items = rows.filter((r) => r.code.length === 7 && r.name === name);
    return items.length === 1 ? items[0]!.code : null;
  };
  const front = sections.front.map((l) => l.text.trim()).filter((t) => t !== '');
  const printedTitle = front.find((t) => /^\S*\d{4}年\S*预算$/.test(t));
  const doc: BudgetDocument = {
    schemaVersion: SCHEMA_VERSION,
    id: src.id,
    year,
    department: department(front, sections.tables.map((l) => l.text), sections.functionsTitle),
    // The 2021 text has no title line; the title is then derived from the year (docs/DATA.md).
    title: printedTitle ?? `上海市${year}年市级部门预算`,
    source: { file: src.file, sha256: src.sha256 },
    functions: parseFunctions(sections.functions, opts),
    budgetUnits: parseUnits(sections.units, opts),
    glossary: parseGlossary(sections.glossary, opts, src.id),
    budgetNotes: parseBudgetNotes(sections.notes, opts, categoryCode, src.id),
    tables: built.tables,
    tableTotals: built.tableTotals,
    otherNotes: parseOtherNotes(sections.other, opts, src.id),
    projects: parseProjects(sections.projects, opts, itemCode, src.id),
    discrepancies: [],
  };
  const checks = new Checks(src.id);
  validateTables(doc, checks);
  validateText(doc, checks);
  return { doc, failures: checks.failures, checks: checks.count, tables: built.report };
}
