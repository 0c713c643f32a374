// Builds one BudgetDocument from the text of a document: what it is (identify), its sections, its
// tables, notes and projects; then runs every check. Nothing here touches a file system or a DOM.
// A table or check that fails does not stop it: the failures are returned with the document.
import type { BudgetDocument } from '../domain/schema.ts';
import { SCHEMA_VERSION } from '../domain/schema.ts';
import { buildTables, type TableReport } from './build-tables.ts';
import { Checks } from './checks.ts';
import { identify, type Identity } from './identify.ts';
import type { LocatedTable } from './locate-tables.ts';
import { parseOtherNotes } from './parse-other-notes.ts';
import { parseBudgetNotes, parseFunctions, parseGlossary, parseUnits } from './parse-notes.ts';
import { parseProjects } from './parse-projects.ts';
import { wrapWidth } from './prose.ts';
import type { CellsByLine } from './positions.ts';
import { readDocument, type DocumentSections } from './read-document.ts';
import { itemCode as statedItemCode } from './stated-items.ts';
import { Repairs } from './repairs.ts';
import type { ThreePublicHint, ThreePublicPlacement } from './three-public.ts';
import { IngestError, TABLE_LABEL, type Failure, type TableKind } from './types.ts';
import { validateTables } from './validate.ts';
import { validateText } from './validate-text.ts';

export interface SourceDocument {
  cells?: CellsByLine; // where each line's runs stand, when the text was made from a PDF
  id?: string; // derived from the year and the sha256 when absent (a document a user reads)
  file: string;
  text: string;
  sha256: string;
}

export interface Built {
  doc: BudgetDocument; // discrepancies still empty: errata are applied by the ingest
  failures: Failure[];
  checks: number;
  checkCounts: Map<string, { run: number; failed: number }>;
  tables: TableReport[];
  located: Map<TableKind, LocatedTable>;
  repairs: Repairs;
  identity: Identity;
  sections: DocumentSections;
  threePublicPlacement: ThreePublicPlacement | null;
}

function hintFrom(notes: BudgetDocument['otherNotes']): ThreePublicHint {
  const tp = notes.threePublic;
  const hint: ThreePublicHint = {};
  const pairs = [
    ['total', tp.total],
    ['overseas', tp.overseas],
    ['reception', tp.reception],
    ['vehicles', tp.vehicles],
    ['vehiclePurchase', tp.vehiclePurchase],
    ['vehicleOperation', tp.vehicleOperation],
    ['agencyOperation', notes.agencyOperation?.amount],
  ] as const;
  for (const [k, s] of pairs) if (s) hint[k] = { amount: s.amount, precision: s.precision };
  return hint;
}

/**
 * The fen value of the last digit a table in 万元 prints, from its most precise figure
 * (0.01万元 = 10000 fen; a table of whole 万元, 1000000). 0 for a table in 元: its sums are exact.
 */
function printedStep(t: LocatedTable): number {
  if (t.unit !== '万元') return 0;
  let decimals = 0;
  for (const l of t.lines)
    for (const m of l.text.matchAll(/(?:^|[\s\t])\d[\d,]*\.(\d+)(?=$|[\s\t])/g))
      decimals = Math.max(decimals, m[1]!.length);
  return 10 ** (6 - Math.min(decimals, 6));
}

export function buildDocument(input: SourceDocument): Built {
  const src = { ...input, id: input.id ?? input.file };
  const sections = readDocument(src.text, src.id);
  if (input.cells) for (const l of sections.all) l.cells = input.cells.get(l.no);
  const identity = identify(sections.front, sections.all, sections.notesTitle);
  const year = identity.year;
  if (year === null) throw new IngestError(`${src.id}: no year found in “${sections.notesTitle}” or the title page`);
  // Prose wraps at the page width in text made from a PDF (collapsed layout, or page marks kept).
  const prose = [
    ...sections.functions,
    ...sections.units,
    ...sections.glossary,
    ...sections.notes,
    ...sections.other,
    ...sections.projects.flatMap((p) => p.lines),
  ];
  const wrapped = sections.layout === 'pdf' || sections.all.some((l) => l.page !== null);
  const opts = { wrapAt: wrapped ? wrapWidth(prose) : null };
  const otherNotes = parseOtherNotes(sections.other, opts, src.id);
  const repairs = new Repairs();
  const built = buildTables(sections, src.id, repairs, hintFrom(otherNotes));
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
  const noteFailures: Failure[] = [];
  const level = identity.level ?? 'municipal';
  const kind = identity.kind ?? 'department';
  const doc: BudgetDocument = {
    schemaVersion: SCHEMA_VERSION,
    id: input.id ?? `${year}-${src.sha256.slice(0, 12)}`,
    year,
    department:
      identity.department ??
      sections.functionsTitle.replace(/[（(](部门|单位)[）)]?主要职能$|(部门|单位)?主要职能$/, '').trim(),
    // The 2021 HSA text has no title line; the title is then derived (docs/DATA.md).
    title:
      identity.title ??
      `上海市${year}年${level === 'district' ? '区级' : '市级'}${kind === 'unit' ? '单位' : '部门'}预算`,
    level,
    district: identity.district,
    kind,
    printsFen: built.printsFen,
    source: { file: src.file, sha256: src.sha256 },
    functions: parseFunctions(sections.functions, opts),
    budgetUnits: parseUnits(sections.units, opts),
    glossary: parseGlossary(sections.glossary, opts, src.id),
    budgetNotes: parseBudgetNotes(
      sections.notes,
      opts,
      (item) => (item.names.length === 1 && !item.code ? categoryCode(item.names[0]!) : statedItemCode(item, rows)),
      src.id,
      (name, sentence) => {
        const page = sections.notes[0]?.page ?? null;
        noteFailures.push({
          check: '编制说明 names a 类 of 表3',
          table: '编制说明',
          row: `sentence “${sentence}”`,
          page,
          printed: null,
          expected: null,
          message: `${src.id} · 编制说明${page === null ? '' : `, page ${page}`}: it names “${name}”, which is not a 类 of ${TABLE_LABEL.expenditureByFunction}`,
        });
      },
    ),
    tables: built.tables,
    tableTotals: built.tableTotals,
    otherNotes,
    projects: parseProjects(sections.projects, opts, itemCode, src.id),
    discrepancies: [],
  };
  built.sites.section('编制说明', sections.notes);
  built.sites.section('其他相关情况说明', sections.other);
  built.sites.section('机构设置', sections.units);
  const unread = new Set(
    built.failures
      .filter((f) => f.check === 'the table can be read' || f.check === 'the table is present')
      .map((f) => f.table),
  );
  const checks = new Checks(src.id, built.sites.pageOf, unread);
  const threePublic = built.located.get('threePublic');
  validateTables(doc, checks, threePublic ? printedStep(threePublic) : 0, (k) => {
    const t = built.located.get(k);
    return t ? printedStep(t) : 0;
  });
  validateText(doc, checks);
  return {
    doc,
    failures: [...built.failures, ...noteFailures, ...checks.failures],
    checks: checks.count,
    checkCounts: checks.counts,
    tables: built.report,
    located: built.located,
    repairs,
    identity,
    sections,
    threePublicPlacement: built.threePublicPlacement,
  };
}
