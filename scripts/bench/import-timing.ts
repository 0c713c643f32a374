// Importing a budget PDF in the browser: from the file given to the library view's file input
// (what a drop does too) to the imported document's total on its overview, in Chromium on the
// production build. Each run in a new context, so IndexedDB is empty and nothing is cached.
// Two builds: the real one, which recognises the four fixture PDFs as published documents (their
// source hash is in data/index.json) and opens those, and a copy whose catalogue does not know
// their source hashes, so that each is read (worker, pdf.js, reader, checks) and stored.
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../e2e/helpers/find-chromium';
import type { DataIndex } from '../../src/domain/schema';
import { coldContext, serveDist, timeUntilShown, until } from './browser-timing';
import { median } from './stats';

export const IMPORT_RUNS = 3;
const INPUT = '[data-testid="import-file-input"]';
const OPEN = `document.querySelector('[data-outcome] a.button.primary').click()`; // the report's open button

export interface ImportRow {
  file: string;
  kB: number;
  /**
   * read: not in the catalogue, read and stored, from cold; read, warmed: the same after the file
   * button was pointed at 0.5 s before (as a person does before the file dialog; a drag over the
   * page does the same), which starts the reader loading; recognised: a published document, opened
   */
  mode: 'read' | 'read, warmed' | 'recognised';
  outcome: string; // data-outcome of the report: imported, known, refused
  runs: number;
  /** medians, ms; phases from the progress shown (null when a phase never showed) */
  toReadingMs: number | null; // file given → the reading of pages shows (worker, pdf.js, hash)
  readingMs: number | null; // reading pages → checking shows
  checkingMs: number | null; // checking shows → the report on screen (checks, storing, the report's render)
  outcomeMs: number; // file given → the report on screen
  openMs: number; // the report's open button → the total on the overview
  totalMs: number;
}

// In the page, before the file is given: when the input changes, when each phase first shows and
// when the report appears (the frame after).
const WATCH_IMPORT = `(() => {
  const record = { start: null, phases: {}, outcome: null, kind: null };
  window.__import = record;
  document.addEventListener('change', (e) => { if (e.target.type === 'file') record.start = performance.now(); }, true);
  const observer = new MutationObserver(() => {
    const step = document.querySelector('.reading-progress-step[data-phase]');
    if (step && !(step.dataset.phase in record.phases)) record.phases[step.dataset.phase] = performance.now();
    const report = document.querySelector('[data-outcome]');
    if (!report) return;
    observer.disconnect();
    requestAnimationFrame(() => { record.outcome = performance.now(); record.kind = report.dataset.outcome; });
  });
  observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-phase'] });
})();`;

interface Fixture {
  id: string;
  path: string;
  name: string; // the department as published
  year: number;
}

interface Sample {
  kind: string;
  start: number;
  phases: Record<string, number>;
  outcome: number;
  openMs: number | null;
}

/** How long the file button is pointed at before the file is given, in the warmed mode. */
const WARM_MS = 500;

async function importOnce(browser: Browser, base: string, fixture: Fixture, warm = false): Promise<Sample> {
  const context = await coldContext(browser);
  try {
    const page = await context.newPage();
    await page.goto(`${base}#view=library`);
    await until(page, `!!document.querySelector('${INPUT}')`, 30_000);
    await page.evaluate(WATCH_IMPORT);
    if (warm) {
      await page.hover('[data-testid="drop-zone"] button.button.primary');
      await page.waitForTimeout(WARM_MS);
    }
    await page.setInputFiles(INPUT, fixture.path);
    await until(page, 'window.__import.kind !== null', 120_000);
    const seen = (await page.evaluate('window.__import')) as Omit<Sample, 'openMs'>;
    const opens = seen.kind === 'imported' || seen.kind === 'known';
    const openMs = opens ? ((await page.evaluate(timeUntilShown(OPEN, fixture.name, fixture.year))) as number) : null;
    return { ...seen, openMs };
  } finally {
    await context.close();
  }
}

function rowOf(fixture: Fixture, mode: ImportRow['mode'], samples: Sample[]): ImportRow {
  const phase = (from: (s: Sample) => number | undefined, to: (s: Sample) => number | undefined) => {
    const spans = samples.flatMap((s) => {
      const [a, b] = [from(s), to(s)];
      return a === undefined || b === undefined ? [] : [b - a];
    });
    return spans.length === samples.length ? median(spans) : null;
  };
  const outcomeMs = median(samples.map((s) => s.outcome - s.start));
  const opened = samples.flatMap((s) => (s.openMs === null ? [] : [s.openMs]));
  return {
    file: basename(fixture.path),
    kB: statSync(fixture.path).size / 1024,
    mode,
    outcome: [...new Set(samples.map((s) => s.kind))].join('/'),
    runs: samples.length,
    toReadingMs: phase(
      (s) => s.start,
      (s) => s.phases.reading,
    ),
    readingMs: phase(
      (s) => s.phases.reading,
      (s) => s.phases.checking,
    ),
    checkingMs: phase(
      (s) => s.phases.checking,
      (s) => s.outcome,
    ),
    outcomeMs,
    openMs: opened.length ? median(opened) : Number.NaN,
    totalMs:
      opened.length === samples.length ? median(samples.map((s) => s.outcome - s.start + s.openMs!)) : Number.NaN,
  };
}

/** The fixture PDFs of data/sources (putuo-*.pdf), each with the department and year the library lists for it. */
function fixtures(index: DataIndex): Fixture[] {
  const manifest = JSON.parse(readFileSync('data/sources/manifest.json', 'utf8')) as { id: string; file: string }[];
  return manifest
    .filter((m) => /^putuo-.*\.pdf$/.test(m.file))
    .map((m) => {
      const entry = index.documents.find((e) => e.id === m.id);
      if (!entry) throw new Error(`${m.id} is not in data/index.json`);
      return { id: m.id, path: join('data/sources', m.file), name: entry.department, year: entry.year };
    });
}

export async function runImportTiming(dist: string, chromePath: string, runs = IMPORT_RUNS): Promise<ImportRow[]> {
  const temp = mkdtempSync(join(tmpdir(), 'bench-import-'));
  const real = join(temp, 'real');
  const unknown = join(temp, 'unknown');
  cpSync(dist, real, { recursive: true });
  cpSync(dist, unknown, { recursive: true });
  const index = JSON.parse(readFileSync(join(real, 'data/index.json'), 'utf8')) as DataIndex;
  const list = fixtures(index);
  const ids = new Set(list.map((f) => f.id));
  const stripped = index.documents.map(({ source, ...entry }) => (ids.has(entry.id) ? entry : { ...entry, source }));
  writeFileSync(join(unknown, 'data/index.json'), `${JSON.stringify({ ...index, documents: stripped }, null, 2)}\n`);
  const browser = await chromium.launch({ executablePath: chromePath, args: CHROMIUM_ARGS });
  try {
    return await serveDist(unknown, 4393, (unknownBase) =>
      serveDist(real, 4394, async (realBase) => {
        await importOnce(browser, unknownBase, list[0]!); // warms Chromium, the server and the disk
        const rows: ImportRow[] = [];
        for (const fixture of list) {
          const read: Sample[] = [];
          const warmed: Sample[] = [];
          const recognised: Sample[] = [];
          for (let run = 0; run < runs; run++) {
            read.push(await importOnce(browser, unknownBase, fixture));
            warmed.push(await importOnce(browser, unknownBase, fixture, true));
            recognised.push(await importOnce(browser, realBase, fixture));
          }
          rows.push(
            rowOf(fixture, 'read', read),
            rowOf(fixture, 'read, warmed', warmed),
            rowOf(fixture, 'recognised', recognised),
          );
        }
        return rows;
      }),
    );
  } finally {
    await browser.close();
    rmSync(temp, { recursive: true, force: true });
  }
}
