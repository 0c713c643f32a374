// The reader's one entry point, the same in Node (npm run ingest, npm run read) and in a browser
// worker: bytes of a PDF or a text in, the document and a reading report out. It refuses, with a
// reason, what is not a budget of the template; it reads everything else to the end and lists
// every failed check. See api.ts for the contract.
import type {
  CheckResult,
  ReaderInput,
  Reading,
  ReadingReport,
  ReadOptions,
  RefusalKind,
  TableReading,
} from './api.ts';
import { buildDocument, type Built } from './build-document.ts';
import { refusal } from './identify.ts';
import { extractPdf } from './pdf/extract.ts';
import { PdfRefusal } from './pdf/refusal.ts';
import { pagesToText } from './pdf/text.ts';
import { cellsByLine, type CellsByLine } from './positions.ts';
import { SectionMissing, toLines } from './read-document.ts';
import { TABLE_LABEL, TABLE_ORDER, IngestError } from './types.ts';

const now = (): number => (typeof performance === 'undefined' ? Date.now() : performance.now());

function emptyReport(input: ReaderInput, extractMs: number, pages: number | null): ReadingReport {
  return {
    file: input.name,
    input: input.kind,
    department: null,
    year: null,
    level: null,
    district: null,
    kind: null,
    pages,
    tables: [],
    checks: [],
    repairs: [],
    failures: [],
    refusal: null,
    refusalKind: null,
    timings: { extractMs, parseMs: 0 },
  };
}

function tableReadings(b: Built): TableReading[] {
  return TABLE_ORDER.map((kind, i) => {
    const t = b.located.get(kind);
    const rows =
      b.tables.find((r) => r.kind === kind)?.rows ??
      (kind === 'threePublic' || kind === 'financialSummary' || kind === 'fiscalAppropriation'
        ? summaryRows(b, kind)
        : 0);
    const pages = [...new Set((t?.lines ?? []).map((l) => l.page).filter((p): p is number => p !== null))];
    const r = b.tables.find((x) => x.kind === kind);
    const placedRows = r?.resolved.filter((x) => x.code !== '').length ?? 0;
    const placedBy =
      kind === 'threePublic'
        ? (b.threePublicPlacement ?? 'printed')
        : placedRows === 0
          ? 'printed'
          : r?.positions === 'confirmed'
            ? 'positions'
            : r?.positions === 'overruled'
              ? 'arithmetic, positions overruled'
              : r?.usedHints
                ? 'arithmetic and other tables'
                : 'arithmetic';
    return {
      number: i + 1,
      title: t?.title || TABLE_LABEL[kind].replace(/^表\d+ /, ''),
      kind,
      pages,
      unit: t?.unit ?? '元',
      rows,
      state: !t ? 'absent' : rows === 0 ? 'printed empty' : 'read',
      placedBy,
      placedRows,
    };
  });
}

function summaryRows(b: Built, kind: 'threePublic' | 'financialSummary' | 'fiscalAppropriation'): number {
  const t = b.doc.tables;
  if (kind === 'threePublic') return Object.values(t.threePublic).some((v) => v !== 0) ? 1 : 0;
  const s = kind === 'financialSummary' ? t.financialSummary : t.fiscalAppropriation;
  return s.revenue.length + s.expenditure.length;
}

export async function readBudget(input: ReaderInput, options: ReadOptions): Promise<Reading> {
  const start = now();
  let text: string;
  let pages: number | null;
  let cells: CellsByLine | undefined;
  if (input.kind === 'pdf') {
    if (!options.pdf) throw new Error('readBudget: a PDF needs options.pdf (the host’s pdf.js engine)');
    try {
      const extraction = await extractPdf(input.bytes, options.pdf, { onPage: options.onPage, signal: options.signal });
      pages = extraction.pages.length;
      text = pagesToText(extraction.pages);
      cells = cellsByLine(extraction.pages);
    } catch (e) {
      if (!(e instanceof PdfRefusal)) throw e;
      const report = emptyReport(input, now() - start, null);
      return { outcome: 'refused', document: null, report: { ...report, refusal: e.message, refusalKind: e.reason } };
    }
  } else {
    text = input.text;
    pages = /^=== 第\d+页 ===$/m.test(text) ? (text.match(/^=== 第\d+页 ===$/gm)?.length ?? null) : null;
  }
  const extractMs = now() - start;
  const report = emptyReport(input, extractMs, pages);
  const refuse = (kind: RefusalKind, reason: string): Reading => ({
    outcome: 'refused',
    document: null,
    report: {
      ...report,
      refusal: reason,
      refusalKind: kind,
      timings: { extractMs, parseMs: now() - start - extractMs },
    },
  });
  let lines;
  try {
    lines = toLines(text, options.id ?? input.name);
  } catch (e) {
    // The only refusal of toLines: U+FFFD in a line, an encoding broken before the text reached us.
    if (e instanceof IngestError) return refuse('broken-encoding', e.message);
    throw e;
  }
  const why = refusal(lines);
  if (why) return refuse(why.kind, why.message);
  let built: Built;
  try {
    built = buildDocument({ id: options.id, file: input.name, text, sha256: options.sha256, cells });
  } catch (e) {
    if (e instanceof SectionMissing)
      return refuse(e.section === '其他相关情况说明' ? 'incomplete' : 'not-template', e.message);
    if (!(e instanceof IngestError)) throw e;
    // The document is of the template but a part of it cannot be read at all: it is named.
    const failure = {
      check: 'the document can be read',
      table: '',
      page: null,
      row: '',
      printed: null,
      expected: null,
      message: e.message,
    };
    return {
      outcome: 'failures',
      document: null,
      report: { ...report, failures: [failure], timings: { extractMs, parseMs: now() - start - extractMs } },
    };
  }
  const checks: CheckResult[] = [...built.checkCounts].map(([check, c]) => ({ check, run: c.run, failed: c.failed }));
  const d = built.doc;
  const full: ReadingReport = {
    ...report,
    department: d.department,
    year: d.year,
    level: d.level,
    district: d.district,
    kind: d.kind,
    tables: tableReadings(built),
    checks,
    repairs: built.repairs.list,
    failures: built.failures,
    timings: { extractMs, parseMs: now() - start - extractMs },
  };
  return { outcome: built.failures.length > 0 ? 'failures' : 'clean', document: d, report: full };
}
