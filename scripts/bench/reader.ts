// Reading PDFs: how long the reader (readBudget, src/reader) takes on the fixture PDFs of
// data/sources, how much of it is pdf.js's text extraction and how much our own parsing, and, as
// a yardstick where installed, poppler's pdftotext and pdfminer timed as child processes, each with
// its process start timed alone so that the comparison counts their extraction only.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { readBudget } from '../../src/reader/read-budget';
import { extractPdf } from '../../src/reader/pdf/extract';
import { pagesToText } from '../../src/reader/pdf/text';
import { nodePdfEngine } from '../ingest/pdf-engine-node';
import { spread } from './stats';

export const READER_TARGET_MS = 1000; // whole reading of one fixture, median
export const READER_RUNS = 7; // in-process runs after one warm-up run
export const YARDSTICK_RUNS = 5; // child-process runs after one warm-up run

export interface Timing {
  median: number;
  min: number;
  max: number;
  runs: number;
}

/** A yardstick on one file: the child process's time, its start alone (timed in turns with it), the difference. */
export interface YardstickTiming {
  rawMs: number;
  startMs: number;
  netMs: number;
}

export interface Yardstick {
  name: 'pdftotext' | 'pdfminer';
  command: string; // as run on a file, for the notes
  startCommand: string; // the process start alone, subtracted
  installed: boolean;
  note?: string;
}

export interface ReaderRow {
  file: string;
  pages: number;
  outcome: string; // the reading's outcome: clean, failures or refused
  read: Timing; // readBudget on the PDF bytes: extract, parse, check, build
  extractMs: number; // extractPdf alone (pdf.js and our placing of its text runs), median
  parseInReadMs: number; // the reading's own timings.parseMs (all after pagesToText), median
  fromTextMs: number; // readBudget on the text pagesToText makes of the extraction, median
  yardsticks: Partial<Record<Yardstick['name'], YardstickTiming | null>>; // null: a run failed
}

export interface ReaderSection {
  yardsticks: Yardstick[];
  rows: ReaderRow[];
  load?: { start: number; end: number; cores: number }; // the machine's 1-minute load average, start and end
}

// Pure helpers (scripts/bench/reader.test.ts).

export function timing(samples: number[]): Timing {
  const s = spread(samples);
  return { median: s.median, min: s.min, max: s.max, runs: samples.length };
}

export const netMs = (rawMs: number, startMs: number): number => Math.max(0, rawMs - startMs);

/** How many times theirs ours is (NaN when theirs is not a positive time). */
export const ratio = (ours: number, theirs: number): number =>
  theirs > 0 && Number.isFinite(ours) ? ours / theirs : Number.NaN;

export const formatRatio = (r: number): string =>
  Number.isFinite(r) ? `×${r >= 10 ? r.toFixed(1) : r.toFixed(2)}` : '-';

export const formatMs = (ms: number): string =>
  !Number.isFinite(ms) ? '-' : ms >= 100 ? ms.toFixed(0) : ms.toFixed(1);

export const pagesPerSecond = (pages: number, ms: number): number => (ms > 0 ? (pages * 1000) / ms : Number.NaN);

export const READER_HEADERS = [
  'file',
  'pages',
  'outcome',
  'read ms',
  'min–max',
  'pages/s',
  'pdf.js ms',
  'read − pdf.js',
  'share',
  'parse in read',
  'from text ms',
];

export function readerCells(r: ReaderRow): string[] {
  const own = r.read.median - r.extractMs;
  const share = r.read.median > 0 ? Math.round((own / r.read.median) * 100) : Number.NaN;
  const pps = pagesPerSecond(r.pages, r.read.median);
  return [
    r.file,
    String(r.pages),
    r.outcome,
    formatMs(r.read.median),
    `${formatMs(r.read.min)}–${formatMs(r.read.max)}`,
    Number.isFinite(pps) ? pps.toFixed(0) : '-',
    formatMs(r.extractMs),
    formatMs(own),
    Number.isFinite(share) ? `${share} %` : '-',
    formatMs(r.parseInReadMs),
    formatMs(r.fromTextMs),
  ];
}

export const YARDSTICK_HEADERS = [
  'file',
  'read ms',
  'pdftotext ms',
  'start',
  'net',
  'read ÷ net',
  'pdfminer ms',
  'start',
  'net',
  'read ÷ net',
];

export function yardstickCells(r: ReaderRow, tools: Yardstick[]): string[] {
  const cells = [r.file, formatMs(r.read.median)];
  for (const name of ['pdftotext', 'pdfminer'] as const) {
    const tool = tools.find((t) => t.name === name);
    const t = r.yardsticks[name];
    if (!tool?.installed) cells.push('not installed', '-', '-', '-');
    else if (!t) cells.push('failed', '-', '-', '-');
    else
      cells.push(formatMs(t.rawMs), formatMs(t.startMs), formatMs(t.netMs), formatRatio(ratio(r.read.median, t.netMs)));
  }
  return cells;
}

/** One line per target: PASS, FAIL, or why it was not measured. */
export function readerTargets(s: ReaderSection): string[] {
  if (s.rows.length === 0) return ['no fixture PDF in data/sources: targets not measured'];
  const slowest = s.rows.reduce((a, b) => (b.read.median > a.read.median ? b : a));
  const lines = [
    `target: whole reading under ${READER_TARGET_MS / 1000} s per fixture (median): ${slowest.read.median < READER_TARGET_MS ? 'PASS' : 'FAIL'} (slowest ${slowest.file}, ${formatMs(slowest.read.median)} ms)`,
  ];
  const miner = s.yardsticks.find((t) => t.name === 'pdfminer');
  const ratios = s.rows.map((r) => ({
    file: r.file,
    r: ratio(r.read.median, r.yardsticks.pdfminer?.netMs ?? Number.NaN),
  }));
  const goal = "target: whole reading faster than pdfminer's extraction alone";
  if (!miner?.installed) lines.push(`${goal}: not measured (pdfminer not installed)`);
  else if (ratios.some((x) => !Number.isFinite(x.r))) lines.push(`${goal}: not measured (a pdfminer run failed)`);
  else {
    const worst = ratios.reduce((a, b) => (b.r > a.r ? b : a));
    lines.push(
      `${goal}: ${worst.r < 1 ? 'PASS' : 'FAIL'} (closest ${worst.file}, read ÷ pdfminer net ${formatRatio(worst.r)})`,
    );
  }
  return lines;
}

// Measuring.

/**
 * Times each function `runs` times after one warm-up round (module loading, pdf.js's CMaps and
 * fonts, JIT). The functions take turns within each round, so that a load from other processes on
 * this shared machine falls on all of them alike and their differences stay meaningful.
 */
async function timeTurns(runs: number, fns: (() => Promise<unknown>)[]): Promise<number[][]> {
  const samples = fns.map((): number[] => []);
  for (let round = 0; round <= runs; round++) {
    for (const [i, fn] of fns.entries()) {
      const start = performance.now();
      await fn();
      if (round > 0) samples[i]!.push(performance.now() - start);
    }
  }
  return samples;
}

/** Runs a command; its wall time in ms, or null when it cannot be run or exits with an error. */
function runOnce(command: string, args: string[]): number | null {
  const start = performance.now();
  const result = spawnSync(command, args, { stdio: 'ignore', timeout: 120_000 });
  const ms = performance.now() - start;
  return result.error || result.status !== 0 ? null : ms;
}

/**
 * A command on a file and its process start alone, in turns (so that a passing load falls on both):
 * medians of `runs` after one warm-up round, or null when any run fails.
 */
export function timeYardstick(
  run: () => number | null,
  start: () => number | null,
  runs = YARDSTICK_RUNS,
): YardstickTiming | null {
  const raw: number[] = [];
  const starts: number[] = [];
  for (let round = 0; round <= runs; round++) {
    const r = run();
    const s = start();
    if (r === null || s === null) return null;
    if (round === 0) continue;
    raw.push(r);
    starts.push(s);
  }
  const rawMs = timing(raw).median;
  const startMs = timing(starts).median;
  return { rawMs, startMs, netMs: netMs(rawMs, startMs) };
}

const PDFTOTEXT = '/usr/bin/pdftotext';
const PYTHON = '/usr/bin/python3'; // Debian's, with python3-pdfminer (a pyenv python3 may come first on PATH)
const PDFMINER = 'import sys; from pdfminer.high_level import extract_text; extract_text(sys.argv[1])';
const PDFMINER_START = 'import pdfminer.high_level';

interface Tool extends Yardstick {
  time: (file: string) => YardstickTiming | null;
}

function tools(): Tool[] {
  const bare = timeYardstick(
    () => runOnce(PYTHON, ['-c', PDFMINER_START]),
    () => runOnce(PYTHON, ['-c', 'pass']),
  );
  return [
    {
      name: 'pdftotext',
      command: `${PDFTOTEXT} -layout file.pdf -`,
      startCommand: `${PDFTOTEXT} -v`,
      installed: runOnce(PDFTOTEXT, ['-v']) !== null,
      time: (file) =>
        timeYardstick(
          () => runOnce(PDFTOTEXT, ['-layout', file, '-']),
          () => runOnce(PDFTOTEXT, ['-v']),
        ),
    },
    {
      name: 'pdfminer',
      command: `${PYTHON} -c "from pdfminer.high_level import extract_text; extract_text(path)"`,
      startCommand: `${PYTHON} -c "${PDFMINER_START}"`,
      installed: bare !== null,
      note: bare
        ? `its start includes importing pdfminer: ${formatMs(bare.rawMs)} ms, of which ${formatMs(bare.startMs)} ms is Python's own start (${PYTHON} -c pass)`
        : undefined,
      time: (file) =>
        timeYardstick(
          () => runOnce(PYTHON, ['-c', PDFMINER, file]),
          () => runOnce(PYTHON, ['-c', PDFMINER_START]),
        ),
    },
  ];
}

export async function runReader(
  dir = 'data/sources',
  log: (line: string) => void = console.log,
): Promise<ReaderSection> {
  const loadAtStart = loadavg()[0]!;
  const engine = await nodePdfEngine();
  const yardsticks = tools();
  const rows: ReaderRow[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.pdf'))
    .sort()) {
    log(`reader: ${file}`);
    const path = join(dir, file);
    const bytes = new Uint8Array(readFileSync(path));
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const { pages } = await extractPdf(bytes, engine);
    const text = pagesToText(pages);
    let outcome = '';
    const parse: number[] = [];
    const [read, extract, fromText] = await timeTurns(READER_RUNS, [
      async () => {
        const reading = await readBudget({ kind: 'pdf', name: file, bytes }, { sha256, pdf: engine });
        outcome = reading.outcome;
        parse.push(reading.report.timings.parseMs);
      },
      () => extractPdf(bytes, engine),
      () => readBudget({ kind: 'text', name: file, text }, { sha256 }),
    ]);
    const row: ReaderRow = {
      file,
      pages: pages.length,
      outcome,
      read: timing(read!),
      extractMs: timing(extract!).median,
      parseInReadMs: timing(parse.slice(1)).median,
      fromTextMs: timing(fromText!).median,
      yardsticks: {},
    };
    for (const tool of yardsticks.filter((t) => t.installed)) {
      row.yardsticks[tool.name] = tool.time(path);
    }
    rows.push(row);
  }
  return {
    yardsticks: yardsticks.map(({ time: _, ...tool }) => tool),
    rows,
    load: { start: loadAtStart, end: loadavg()[0]!, cores: cpus().length },
  };
}
