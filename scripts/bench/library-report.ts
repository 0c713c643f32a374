// The rows and notes of the library and import parts of the bench report (report.ts draws the
// tables): what each column means, and whether the first screen stays flat as the library grows.
import type { ImportRow } from './import-timing';
import type { LibraryRow } from './library';

/** Targets: first-screen bytes and time, and a switch, change by at most this from 6 to 500 documents. */
export const FLAT = { bytes: 0.05, time: 0.15 };
export const IMPORT_TARGET_MS = 2000;

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const ms = (n: number | null) => (n === null || Number.isNaN(n) ? '-' : String(Math.round(n)));
const verdict = (ok: boolean) => (ok ? 'pass' : 'falls short');
const change = (from: number, to: number) => {
  const percent = (to / from - 1) * 100;
  return `${percent >= 0 ? '+' : '−'}${Math.abs(percent).toFixed(1)} %`;
};

export const LIBRARY_HEADERS = [
  'library',
  'depts',
  'first screen kB',
  'requests',
  'data req.',
  'first figures ms',
  'switch ms',
  'catalogue kB (gzip)',
  'picker results ms',
];

export const libraryCells = (l: LibraryRow): (string | number)[] => [
  l.library,
  l.departments,
  kb(l.firstScreenBytes),
  l.requests,
  l.dataRequests,
  ms(l.firstFiguresMs),
  ms(l.switchMs),
  `${kb(l.catalogueBytes)} (${kb(l.catalogueGzip)})`,
  ms(l.pickerMs),
];

/** Whether the largest library's first screen (bytes and time) and switch stay within FLAT of the smallest's. */
export function flatness(small: LibraryRow, large: LibraryRow): { text: string; ok: boolean } {
  const grew = (pick: (l: LibraryRow) => number) => pick(large) / pick(small) - 1;
  const ok =
    Math.abs(grew((l) => l.firstScreenBytes)) <= FLAT.bytes &&
    grew((l) => l.firstFiguresMs) <= FLAT.time &&
    grew((l) => l.switchMs) <= FLAT.time;
  const text =
    `from ${small.documents} to ${large.documents} documents: first-screen bytes ` +
    `${change(small.firstScreenBytes, large.firstScreenBytes)} (within ${FLAT.bytes * 100} %), first figures ` +
    `${change(small.firstFiguresMs, large.firstFiguresMs)}, switch ${change(small.switchMs, large.switchMs)} ` +
    `(within ${FLAT.time * 100} %)`;
  return { text, ok };
}

export function libraryNotes(rows: LibraryRow[]): string[] {
  const notes = [
    `median of ${rows[0]?.runs ?? 0} runs, each in a new context (cold cache, service workers blocked), alternating libraries;`,
    'first screen kB: every request until the network is quiet 1 s after the figures, the page included: CDP',
    'Network.loadingFinished encodedDataLength (gzip bodies and headers, as vite preview serves them); first figures:',
    "navigation start to the frame after the app's own first year total shows (the prerendered stand-in gone);",
    'switch: #dept=<other> to its name in the header and its total on screen, to the real departments other than',
    'shanghai-hsa in turn (the same files in both libraries); picker results: focus the header picker and type 普陀',
    '(a district; the catalogue, data/index.json, is fetched then) to its first options on screen',
  ];
  for (const l of rows) {
    notes.push(`${l.library}, data on the first screen: ${l.dataFiles.join(', ')}`);
    if (l.catalogueEarly > 0)
      notes.push(
        `${l.library}: data/index.json fetched before the picker was used, in ${l.catalogueEarly} of ${l.runs} runs`,
      );
  }
  for (const l of rows) {
    if (l.switchSyntheticMs !== null)
      notes.push(`${l.library}: switch to synthetic departments of three years: ${ms(l.switchSyntheticMs)} ms`);
  }
  const [small, large] = [rows[0], rows[rows.length - 1]];
  if (small && large && small !== large) {
    const { text, ok } = flatness(small, large);
    notes.push(`flat ${text}: ${verdict(ok)}`);
  }
  return notes;
}

export const IMPORT_HEADERS = [
  'file',
  'kB',
  'mode',
  'outcome',
  'to reading',
  'pages',
  'checks',
  'to report',
  'open',
  'total',
  'result',
];

export const importCells = (r: ImportRow): (string | number)[] => [
  r.file,
  r.kB.toFixed(0),
  r.mode,
  r.outcome,
  ms(r.toReadingMs),
  ms(r.readingMs),
  ms(r.checkingMs),
  ms(r.outcomeMs),
  ms(r.openMs),
  ms(r.totalMs),
  verdict(r.totalMs < IMPORT_TARGET_MS),
];

export function importNotes(rows: ImportRow[]): string[] {
  const read = rows.filter((r) => r.mode === 'read, warmed');
  const within = read.filter((r) => r.totalMs < IMPORT_TARGET_MS).length;
  return [
    `median of ${rows[0]?.runs ?? 0} runs per file and mode, each in a new context (IndexedDB empty, nothing cached);`,
    "to report: the file given to the library view's input (what a drop does) to the report on screen, of which",
    'to reading: worker, pdf.js and the hash until pages are read; pages: reading them; checks: the checks, storing',
    "and drawing the report; open: the report's open button to the total on the overview; total: to report + open;",
    "read: a copy of the build whose catalogue lacks the fixtures' source hashes, so each is read and stored;",
    'read, warmed: the same, the file button pointed at 0.5 s before the file is given (a drag over the page',
    'does the same): the reader and pdf.js load meanwhile, as they do before any real drop or file dialog;',
    'recognised: the real build, which knows each as a published document (outcome known) and opens it',
    `target: total < ${IMPORT_TARGET_MS} ms per PDF read (warmed): ${within} of ${read.length}, ${verdict(within === read.length)}`,
  ];
}
