// What the library and import benches share: a built app served by vite preview (gzip, as a host
// would), a new Chromium context with a cold cache, and in-page timings. In-page code is source
// text evaluated by the debugger protocol: the app's Content-Security-Policy allows no eval, and
// tsx would wrap a function's inner functions in a helper the page does not have.
import { spawn } from 'node:child_process';
import type { Browser, BrowserContext, Page } from '@playwright/test';

/** Serves a built app from `dir` with vite preview on `port` while `fn` runs. */
export async function serveDist<T>(dir: string, port: number, fn: (base: string) => Promise<T>): Promise<T> {
  const base = `http://127.0.0.1:${port}/`;
  const args = ['vite', 'preview', '--outDir', dir, '--port', String(port), '--strictPort', '--host', '127.0.0.1'];
  // Its own process group, so that stopping it also stops the vite process npx starts.
  const server = spawn('npx', args, { stdio: 'ignore', detached: true });
  try {
    for (
      let i = 0;
      !(await fetch(base).then(
        (r) => r.ok,
        () => false,
      ));
      i++
    ) {
      if (i > 300) throw new Error(`vite preview of ${dir} did not answer on ${base}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    return await fn(base);
  } finally {
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
  }
}

/** A context with nothing cached or stored, and no service worker (the page's own fetches only). */
export const coldContext = (browser: Browser): Promise<BrowserContext> =>
  browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 800 } });

/** Polls an expression in the page until it is truthy. */
export async function until(page: Page, expression: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await page.evaluate(expression))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${expression}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/**
 * In the page: runs `act`, resolves with the ms until the header names `name` and the overview
 * shows the `year` total, in the frame after.
 */
export const timeUntilShown = (act: string, name: string, year: number) => `new Promise((resolve, reject) => {
  const start = performance.now();
  ${act};
  const done = () => {
    const title = document.querySelector('.brand-title');
    const total = document.querySelector('#root .year-card [data-testid="total-${year}"]');
    return !!title && title.textContent.includes(${JSON.stringify(name)}) && !!total && total.getBoundingClientRect().height > 0;
  };
  const poll = () => {
    if (done()) requestAnimationFrame(() => resolve(performance.now() - start));
    else if (performance.now() - start > 30000) reject(new Error(${JSON.stringify(`${name} ${year} did not show`)}));
    else requestAnimationFrame(poll);
  };
  poll();
})`;
