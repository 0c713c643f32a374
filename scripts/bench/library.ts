// The first screen and a department switch as the library grows: today's library (public/data)
// beside a synthetic one of 500 documents (synthetic-library.ts), each a copy of the built app
// served by vite preview (gzip, as a host would), measured in Chromium with a cold cache: a new
// context for every run, service workers blocked (the page's own fetches, not the worker's
// precache). Runs alternate between the two libraries, so that a slower moment of a shared
// machine falls on both. docs/decisions/0007-library-of-documents.md says why this stays flat.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type CDPSession } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../e2e/helpers/find-chromium';
import { coldContext, serveDist, timeUntilShown, until } from './browser-timing';
import { gzipSize } from './entry-weight';
import { median } from './stats';
import { readLibrary, writeSyntheticDist } from './synthetic-library';

export const LIBRARY_RUNS = 5;
const HSA = { dept: 'shanghai-hsa', name: '上海市医疗保障局', year: 2026 };
const toDept = (to: Target) => timeUntilShown(`location.hash = '#dept=${to.dept}'`, to.name, to.year);
const PICKER_QUERY = '普陀'; // a district: the first screen's department does not match it, so results wait for the catalogue

export interface LibraryRow {
  library: string;
  runs: number;
  documents: number;
  departments: number;
  /** bytes on the wire (CDP Network.loadingFinished encodedDataLength: gzip bodies and headers), the page included */
  firstScreenBytes: number;
  requests: number;
  dataRequests: number;
  /** navigation start to the app's (not the stand-in's) first year total painted */
  firstFiguresMs: number;
  switchMs: number;
  /** to departments of three years (the synthetic library only) */
  switchSyntheticMs: number | null;
  catalogueBytes: number;
  catalogueGzip: number;
  pickerMs: number;
  /** what the first screen fetched under data/, in one run (×n: fetched n times) */
  dataFiles: string[];
  /** runs in which data/index.json was fetched before the picker was used (by the first screen or a switch) */
  catalogueEarly: number;
}

// In the page, before the app: the time (from navigation start) of the frame after the app's own
// first year total appears, with the stand-in gone.
const WATCH_FIRST_FIGURES = `(() => {
  const record = { figures: null };
  window.__library = record;
  const shown = () => {
    if (document.documentElement.hasAttribute('data-prerender')) return false;
    const total = document.querySelector('#root .year-card [data-testid^="total-"]');
    return !!total && total.getBoundingClientRect().height > 0 && total.textContent.trim() !== '';
  };
  const observer = new MutationObserver(() => {
    if (!shown()) return;
    observer.disconnect();
    requestAnimationFrame(() => { record.figures = performance.now(); });
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-prerender'] });
})();`;

/** In the page: focuses the header picker, types the query, resolves with the ms until options show. */
const PICKER_SCRIPT = `new Promise((resolve, reject) => {
  const input = document.getElementById('header-department');
  const start = performance.now();
  input.focus();
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, ${JSON.stringify(PICKER_QUERY)});
  input.dispatchEvent(new Event('input', { bubbles: true }));
  const options = () => {
    const list = document.getElementById('header-department-list');
    return list && !list.hidden && list.closest('[hidden]') === null ? list.querySelectorAll('[role="option"]').length : 0;
  };
  const poll = () => {
    if (options() > 0) requestAnimationFrame(() => resolve(performance.now() - start));
    else if (performance.now() - start > 20000) reject(new Error('no picker results'));
    else requestAnimationFrame(poll);
  };
  poll();
})`;

/** Every request the page makes, and the bytes each brought; `quiet` waits until none has been open for `ms`. */
function trackNetwork(cdp: CDPSession) {
  const urls = new Map<string, string>();
  const bytes = new Map<string, number>();
  const open = new Set<string>();
  let last = Date.now();
  cdp.on('Network.requestWillBeSent', (e) => {
    urls.set(e.requestId, e.request.url);
    open.add(e.requestId);
    last = Date.now();
  });
  cdp.on('Network.loadingFinished', (e) => {
    bytes.set(e.requestId, e.encodedDataLength);
    open.delete(e.requestId);
    last = Date.now();
  });
  cdp.on('Network.loadingFailed', (e) => {
    open.delete(e.requestId);
    last = Date.now();
  });
  return {
    async quiet(ms: number) {
      while (open.size > 0 || Date.now() - last < ms) await new Promise((r) => setTimeout(r, 50));
    },
    fetched: () => [...bytes].map(([id, size]) => ({ url: urls.get(id) ?? '', size })),
    requested: (path: string) =>
      [...urls.values()].some((url) => url.startsWith('http') && new URL(url).pathname === path),
  };
}

interface Target {
  dept: string;
  name: string; // as published: the header shows it
  year: number; // its latest
}

interface Library {
  label: string;
  base: string;
  dist: string;
  /** departments to switch to: the same real ones in both libraries, so that both fetch the same files */
  targets: Target[];
  synthetic: Target[];
}

interface Sample {
  bytes: number;
  requests: number;
  dataFiles: string[];
  figuresMs: number;
  switchMs: number;
  syntheticMs: number | null;
  pickerMs: number;
  catalogueEarly: boolean;
}

async function oneRun(browser: Browser, lib: Library, run: number): Promise<Sample> {
  const context = await coldContext(browser);
  try {
    const page = await context.newPage();
    await page.addInitScript(WATCH_FIRST_FIGURES);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    const network = trackNetwork(cdp);
    await page.goto(lib.base);
    await until(page, 'window.__library.figures !== null');
    await network.quiet(1000); // whatever the first screen starts on its own counts too
    const fetched = network.fetched().filter((f) => f.url.startsWith('http'));
    const dataFiles = fetched.map((f) => new URL(f.url).pathname).filter((p) => p.startsWith('/data/'));
    const target = lib.targets[run % lib.targets.length]!;
    const switchMs = (await page.evaluate(toDept(target))) as number;
    const other = lib.synthetic[run % Math.max(1, lib.synthetic.length)];
    const syntheticMs = other ? ((await page.evaluate(toDept(other))) as number) : null;
    await page.evaluate(timeUntilShown(`location.hash = ''`, HSA.name, HSA.year)); // back: the picker's query must not match what is shown
    const catalogueEarly = network.requested('/data/index.json'); // by the first screen or a switch: it should not be
    const pickerMs = (await page.evaluate(PICKER_SCRIPT)) as number;
    if (!catalogueEarly && !network.requested('/data/index.json'))
      throw new Error('picker results without the catalogue');
    return {
      bytes: fetched.reduce((sum, f) => sum + f.size, 0),
      requests: fetched.length,
      dataFiles: dataFiles.map((p) => p.slice('/data/'.length)),
      figuresMs: (await page.evaluate('window.__library.figures')) as number,
      switchMs,
      syntheticMs,
      pickerMs,
      catalogueEarly,
    };
  } finally {
    await context.close();
  }
}

function rowOf(lib: Library, samples: Sample[]): LibraryRow {
  const { index } = readLibrary(lib.dist);
  const catalogue = readFileSync(join(lib.dist, 'data/index.json'));
  const counts = new Map<string, number>();
  for (const file of samples[0]!.dataFiles) counts.set(file, (counts.get(file) ?? 0) + 1);
  const synthetic = samples.flatMap((s) => (s.syntheticMs === null ? [] : [s.syntheticMs]));
  const of = (pick: (s: Sample) => number) => median(samples.map(pick));
  return {
    library: `${index.documents.length} docs (${lib.label})`,
    runs: samples.length,
    documents: index.documents.length,
    departments: new Set(index.documents.map((e) => e.dept ?? e.id)).size,
    firstScreenBytes: of((s) => s.bytes),
    requests: of((s) => s.requests),
    dataRequests: of((s) => s.dataFiles.length),
    firstFiguresMs: of((s) => s.figuresMs),
    switchMs: of((s) => s.switchMs),
    switchSyntheticMs: synthetic.length ? median(synthetic) : null,
    catalogueBytes: catalogue.length,
    catalogueGzip: gzipSize(catalogue),
    pickerMs: of((s) => s.pickerMs),
    catalogueEarly: samples.filter((s) => s.catalogueEarly).length,
    dataFiles: [...counts].map(([file, n]) => (n > 1 ? `${file} ×${n}` : file)),
  };
}

export async function runLibrary(dist: string, chromePath: string, runs = LIBRARY_RUNS): Promise<LibraryRow[]> {
  // Copies of the build, so that another build of dist/ meanwhile does not change what is measured.
  const temp = mkdtempSync(join(tmpdir(), 'bench-library-'));
  const today = join(temp, 'today');
  cpSync(dist, today, { recursive: true });
  const synthetic = writeSyntheticDist(dist, join(temp, 'synthetic'));
  const targets = readLibrary(today)
    .index.documents.filter((e) => e.dept !== HSA.dept)
    .map((e) => ({ dept: e.dept ?? e.id, name: e.department, year: e.year }));
  const threeYears = synthetic.departments.filter((d) => d.years.length === 3);
  const picks = Array.from({ length: runs }, (_, i) => threeYears[Math.floor((i * threeYears.length) / runs)]!);
  const browser = await chromium.launch({ executablePath: chromePath, args: CHROMIUM_ARGS });
  try {
    return await serveDist(today, 4391, (todayBase) =>
      serveDist(join(temp, 'synthetic'), 4392, async (syntheticBase) => {
        const libraries: Library[] = [
          { label: 'today: public/data', base: todayBase, dist: today, targets, synthetic: [] },
          {
            label: 'synthetic',
            base: syntheticBase,
            dist: join(temp, 'synthetic'),
            targets,
            synthetic: picks.map((d) => ({ dept: d.dept, name: d.name, year: d.years[d.years.length - 1]! })),
          },
        ];
        const samples: Sample[][] = libraries.map(() => []);
        for (let run = -1; run < runs; run++) {
          for (const [i, lib] of libraries.entries()) {
            const sample = await oneRun(browser, lib, Math.max(run, 0));
            if (run >= 0) samples[i]!.push(sample); // the first of each warms Chromium and the server
          }
        }
        return libraries.map((lib, i) => rowOf(lib, samples[i]!));
      }),
    );
  } finally {
    await browser.close();
    rmSync(temp, { recursive: true, force: true });
  }
}
