// Renders the bench figures as one plain-text table with each target marked pass or falls short.
import type { EntryWeight } from './entry-weight';
import type { InteractionRow } from './interactions';
import type { LighthouseRow } from './lighthouse';
import type { ContentWeightRow } from './content-weight';
import type { ScalingRow } from './scaling';
import type { ImportRow } from './import-timing';
import type { LibraryRow } from './library';
import {
  IMPORT_HEADERS,
  importCells,
  importNotes,
  LIBRARY_HEADERS,
  libraryCells,
  libraryNotes,
} from './library-report';
import {
  READER_HEADERS,
  READER_RUNS,
  readerCells,
  readerTargets,
  YARDSTICK_HEADERS,
  YARDSTICK_RUNS,
  yardstickCells,
  type ReaderSection,
} from './reader';

export interface BenchReport {
  machine: string;
  date: string;
  sizes: (EntryWeight & { label: string; /** gzip of everything the entry can ever load */ reachable?: number })[];
  contentWeight: ContentWeightRow[];
  data: { file: string; bytes: number; gzip: number }[];
  lighthouse: LighthouseRow[];
  interactions: InteractionRow[];
  scaling: ScalingRow[];
  reader?: ReaderSection | null; // absent in records written before the reader part
  soak: { transitions: number; heapBeforeMb: number; heapAfterMb: number } | null;
  library?: LibraryRow[]; // absent in records written before the library sections
  importTiming?: ImportRow[];
}

export const TARGETS = {
  appKb: 190,
  embedKb: 150,
  performance: 95,
  accessibility: 100,
  lcpMs: 1500,
  interactionMs: 100,
  load100Ms: 500,
};

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const verdict = (ok: boolean) => (ok ? 'pass' : 'falls short');

function table(headers: string[], rows: (string | number)[][]): string {
  const cells = [headers, ...rows.map((r) => r.map(String))];
  const widths = headers.map((_, c) => Math.max(...cells.map((r) => [...(r[c] ?? '')].length)));
  const line = (r: string[]) => r.map((cell, c) => cell.padEnd(widths[c]!)).join('  ');
  return [line(cells[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

export function renderReport(r: BenchReport): string {
  const out: string[] = [`machine: ${r.machine}`, `date: ${r.date}`, ''];
  if (r.sizes.length) {
    out.push('First load before first render (gzip)');
    out.push(
      table(
        ['entry', 'JS kB', 'CSS kB', 'total kB', 'target', 'result', 'all it can load kB'],
        r.sizes.map((s) => {
          const limit = s.label === 'app' ? TARGETS.appKb : s.label === 'embed' ? TARGETS.embedKb : null;
          const all = s.reachable === undefined ? '-' : kb(s.reachable);
          return [
            s.label,
            kb(s.js),
            kb(s.css),
            kb(s.total),
            limit ? `≤ ${limit}` : '-',
            limit ? verdict(s.total <= limit * 1024) : '-',
            all,
          ];
        }),
      ),
      'all it can load: every view, chart and lazy part the entry may fetch over a visit',
      '',
    );
  }
  if (r.contentWeight.length) {
    out.push("Fetched in Chromium until the app's own view is on screen (gzip; lazy chunks and data included)");
    out.push(
      table(
        ['page', 'requests', 'JS+CSS kB', 'data kB', 'first content'],
        r.contentWeight.map((w) => [
          w.page,
          w.requests,
          kb(w.codeGzip),
          kb(w.dataGzip),
          w.standIn ? 'from the HTML' : 'from the app',
        ]),
      ),
      "from the HTML: a stand-in prerendered into the page painted first, from the HTML and CSS, before the app's JavaScript",
      '',
    );
  }
  if (r.data.length) {
    out.push('Data files');
    out.push(
      table(
        ['file', 'bytes', 'gzip kB'],
        r.data.map((d) => [d.file, d.bytes, kb(d.gzip)]),
      ),
      '',
    );
  }
  if (r.lighthouse.length) {
    out.push(
      'Lighthouse 12.8 (mobile, simulated throttling; five runs per page, the median run as Lighthouse picks it: nearest the median FCP and TTI)',
    );
    out.push(
      table(
        ['page', 'perf', 'perf range', 'a11y', 'best-pr.', 'LCP ms', 'TBT ms', 'CLS', 'result'],
        r.lighthouse.map((l) => [
          l.page,
          l.performance,
          l.performanceRange ? `${l.performanceRange[0]}–${l.performanceRange[1]}` : '-',
          l.accessibility,
          l.bestPractices,
          l.lcpMs,
          l.tbtMs,
          l.cls,
          verdict(
            l.performance >= TARGETS.performance &&
              l.accessibility >= TARGETS.accessibility &&
              l.lcpMs <= TARGETS.lcpMs,
          ),
        ]),
      ),
      `targets: performance ≥ ${TARGETS.performance}, accessibility ${TARGETS.accessibility}, LCP ≤ ${TARGETS.lcpMs} ms`,
      '',
    );
  }
  if (r.interactions.length) {
    out.push('Interactions in Chromium (ms, input to new state painted)');
    out.push(
      table(
        ['interaction', 'runs', 'median', 'p25', 'p75', 'max', 'result'],
        r.interactions.map((i) => [
          i.interaction,
          i.runs,
          i.medianMs,
          i.p25Ms,
          i.p75Ms,
          i.maxMs,
          verdict(i.medianMs < TARGETS.interactionMs),
        ]),
      ),
      `target: median < ${TARGETS.interactionMs} ms`,
      '',
    );
  }
  if (r.scaling.length) {
    out.push('Scaling with synthetic documents (ms, median; Node)');
    out.push(
      table(
        ['case', 'rows', 'load+validate', 'sort', 'layout', 'diff', 'µs/row'],
        r.scaling.map((s) => [
          s.case,
          s.rows,
          s.loadValidateMs.toFixed(2),
          s.sortMs.toFixed(2),
          s.layoutMs.toFixed(2),
          s.diffMs.toFixed(2),
          s.perRowUs.toFixed(2),
        ]),
      ),
    );
    const hundred = r.scaling.find((s) => s.documents === 100);
    if (hundred)
      out.push(
        `load and validate 100 documents: ${hundred.loadValidateMs.toFixed(1)} ms (target < ${TARGETS.load100Ms}): ${verdict(hundred.loadValidateMs < TARGETS.load100Ms)}`,
      );
    const perRow = r.scaling.filter((s) => s.documents === 1).map((s) => s.perRowUs);
    if (perRow.length > 1) {
      const growth = perRow[perRow.length - 1]! / Math.min(...perRow);
      out.push(
        `cost per row from the smallest to the largest case grows ×${growth.toFixed(2)} (linear = constant per row): ${verdict(growth < 3)}`,
      );
    }
    out.push('');
  }
  if (r.library?.length) {
    out.push('Library size: the first screen, a department switch and the picker as the library grows');
    out.push(table(LIBRARY_HEADERS, r.library.map(libraryCells)), ...libraryNotes(r.library), '');
  }
  if (r.importTiming?.length) {
    out.push('Importing the fixture PDFs: from the file given to its total on the overview (ms, Chromium)');
    out.push(table(IMPORT_HEADERS, r.importTiming.map(importCells)), ...importNotes(r.importTiming), '');
  }
  if (r.reader) out.push(renderReader(r.reader), '');
  if (r.soak) {
    out.push(
      `Kiosk soak: ${r.soak.transitions} slide transitions, JS heap ${r.soak.heapBeforeMb.toFixed(1)} MB before, ${r.soak.heapAfterMb.toFixed(1)} MB after`,
    );
  }
  return out.join('\n');
}

/** The reader part: its own table, also written to the "Reading PDFs" block of docs/PERFORMANCE.md. */
export function renderReader(s: ReaderSection): string {
  return [
    `Reading the fixture PDFs (data/sources; ms, median of ${READER_RUNS} runs after a warm-up, in one Node process)`,
    table(READER_HEADERS, s.rows.map(readerCells)),
    'read: readBudget on the PDF (extract, parse, check, build); pdf.js: extractPdf alone; read − pdf.js: our own part of read, and its share;',
    "parse in read: the reading's own timing of everything after the extraction's text (same runs as read, so free of the",
    'difference of two medians); from text: readBudget on the text pagesToText makes of the extraction (parse, check, build)',
    '',
    `Yardsticks as child processes (ms, median of ${YARDSTICK_RUNS} after a warm-up; start: the process start alone, timed in turns; net = raw − start)`,
    table(
      YARDSTICK_HEADERS,
      s.rows.map((row) => yardstickCells(row, s.yardsticks)),
    ),
    ...s.yardsticks.map((t) =>
      t.installed
        ? `${t.name}: ${t.command}; start: ${t.startCommand}${t.note ? `; ${t.note}` : ''}`
        : `${t.name}: not installed`,
    ),
    ...readerTargets(s),
    ...(s.load
      ? [
          `load average (1 min) at the start and the end: ${s.load.start.toFixed(2)}, ${s.load.end.toFixed(2)} (above ${s.load.cores}, the number of cores, other work shared the CPU)`,
        ]
      : []),
  ].join('\n');
}
