// Kiosk soak: drives 1,000 slide transitions through the production build and reports the JS heap
// before and after (each after a forced garbage collection), with the DOM node and event-listener
// counts. A kiosk runs for days; if a slide left anything behind (a timer, a listener, a detached
// subtree), these figures grow with the number of transitions.
//
// Transitions are driven by the next-slide key (the same path through the scheduler and the
// slide mount/unmount as the timer, without waiting 1,000 intervals); each one waits until the
// new slide has rendered. "before" is taken after one warm-up round, when every view's code and
// caches are loaded, so that growth means a leak and not a first use.
//
//   npx tsx scripts/bench/kiosk-soak.ts [--dist dist] [--url http://127.0.0.1:4173/] [--transitions 1000]
// Used by npm run bench (scripts/bench/main.ts) through runKioskSoak().
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../e2e/helpers/find-chromium';

export interface KioskSoakOptions {
  /** a running server with the build; default: serve `dist` with vite preview */
  url?: string;
  dist?: string;
  port?: number;
  transitions?: number;
  /** called every 100 transitions */
  onProgress?: (done: number) => void;
}

export interface KioskSoakResult {
  transitions: number;
  /** JS heap in use, bytes, after a forced garbage collection */
  heapBefore: number;
  heapAfter: number;
  heapBeforeMb: number;
  heapAfterMb: number;
  domNodesBefore: number;
  domNodesAfter: number;
  listenersBefore: number;
  listenersAfter: number;
  /** slides that failed (threw, hung or rendered nothing) during the run */
  failedSlides: number;
  durationMs: number;
}

const MB = 1024 * 1024;

async function startPreview(dist: string, port: number): Promise<{ url: string; server: ChildProcess }> {
  if (!existsSync(`${dist}/index.html`))
    throw new Error(`kiosk soak: ${dist}/index.html is missing; run npm run build first`);
  // Its own process group, so that stopping it also stops the vite process npx starts.
  const server = spawn(
    'npx',
    ['vite', 'preview', '--outDir', dist, '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
    { stdio: 'ignore', detached: true },
  );
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 150; i += 1) {
    try {
      if ((await fetch(url)).ok) return { url, server };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  stopPreview(server);
  throw new Error(`kiosk soak: vite preview did not start on ${url}`);
}

function stopPreview(server: ChildProcess): void {
  try {
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
  } catch {
    server.kill(); // the group is gone already, or no process groups here
  }
}

async function measure(page: Page): Promise<{ heap: number; nodes: number; listeners: number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  for (let i = 0; i < 3; i += 1) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN;
  await cdp.detach();
  return { heap: usedSize, nodes: metric('Nodes'), listeners: metric('JSEventListeners') };
}

async function transitions(page: Page): Promise<number> {
  return Number(await page.locator('.kiosk').getAttribute('data-transitions'));
}

/** One key press, then wait until the next slide is up and has rendered (or was skipped). */
async function next(page: Page): Promise<void> {
  const before = await transitions(page);
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(
    (n) => {
      const kiosk = document.querySelector<HTMLElement>('.kiosk');
      return !!kiosk && Number(kiosk.dataset.transitions) > n && kiosk.dataset.rendered === 'true';
    },
    before,
    { timeout: 15_000 },
  );
}

export async function runKioskSoak(options: KioskSoakOptions = {}): Promise<KioskSoakResult> {
  const count = options.transitions ?? 1000;
  const preview = options.url ? null : await startPreview(options.dist ?? 'dist', options.port ?? 4395);
  const url = options.url ?? preview!.url;
  const browser = await chromium.launch({
    executablePath: findChromium({ env: process.env, exists: existsSync }),
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    // A long interval and idle time: the keys alone drive the tour, the timers still run.
    await page.goto(`${url}#kiosk&interval=3600&idle=86400`);
    await page.waitForFunction(() => document.querySelector<HTMLElement>('.kiosk')?.dataset.rendered === 'true', null, {
      timeout: 30_000,
    });
    const slides = Number((await page.getByTestId('kiosk-position').textContent())?.split('/')[1]?.trim() ?? 6);
    for (let i = 0; i < slides; i += 1) await next(page); // warm-up round
    const before = await measure(page);
    const started = Date.now();
    const first = await transitions(page);
    for (let i = 1; i <= count; i += 1) {
      await next(page);
      if (i % 100 === 0) options.onProgress?.(i);
    }
    const durationMs = Date.now() - started;
    const after = await measure(page);
    const failedSlides = Number(await page.locator('.kiosk').getAttribute('data-failures'));
    return {
      transitions: (await transitions(page)) - first,
      heapBefore: before.heap,
      heapAfter: after.heap,
      heapBeforeMb: before.heap / MB,
      heapAfterMb: after.heap / MB,
      domNodesBefore: before.nodes,
      domNodesAfter: after.nodes,
      listenersBefore: before.listeners,
      listenersAfter: after.listeners,
      failedSlides,
      durationMs,
    };
  } finally {
    await browser.close();
    if (preview) stopPreview(preview.server);
  }
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const result = await runKioskSoak({
    url: arg('url'),
    dist: arg('dist'),
    port: arg('port') ? Number(arg('port')) : undefined,
    transitions: arg('transitions') ? Number(arg('transitions')) : undefined,
    onProgress: (done) => process.stderr.write(`  ${done} transitions\n`),
  });
  const mb = (n: number) => `${(n / MB).toFixed(2)} MB`;
  console.log(
    `kiosk soak: ${result.transitions} slide transitions in ${(result.durationMs / 1000).toFixed(1)} s (${result.failedSlides} slides skipped as failed)`,
  );
  console.log(
    `  JS heap after GC: ${mb(result.heapBefore)} before, ${mb(result.heapAfter)} after (${result.heapAfter >= result.heapBefore ? '+' : ''}${mb(result.heapAfter - result.heapBefore)})`,
  );
  console.log(`  DOM nodes: ${result.domNodesBefore} before, ${result.domNodesAfter} after`);
  console.log(`  JS event listeners: ${result.listenersBefore} before, ${result.listenersAfter} after`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
