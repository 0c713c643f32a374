// The reader runs without Node: it is bundled for the browser (as a web worker will load it) and
// the bundle is run in a bare JavaScript context that has only what a browser worker also has —
// no process, require, Buffer or node: modules. A text and a published PDF are read there, the
// PDF with pdf.js's browser build and its worker code run in the same thread (pdf.js's "fake
// worker"), CMaps handed over as bytes: the same path a browser worker takes, minus the thread.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createContext, runInContext } from 'node:vm';
import { build } from 'vite';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PdfEngine, ReaderInput, Reading, ReadOptions } from './api.ts';
import { expected as justice } from './fixtures/putuo-justice-2026.expected.ts';
import { expectClean, expectOnlyKnownInconsistencies } from './test-support/expect-reading.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PDFJS = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

/** Bundles one entry for the browser as a script that sets `globalThis[name]`. */
async function bundle(entry: string, name: string): Promise<string> {
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    build: { write: false, minify: false, lib: { entry, formats: ['iife'], name, fileName: name } },
  });
  const chunk = (Array.isArray(out) ? out[0]! : out) as { output: { type: string; code?: string }[] };
  return chunk.output.find((c) => c.type === 'chunk')!.code!;
}

/** Only what browsers (and their workers) have; none of Node's own globals. */
function browserLikeContext(): Record<string, unknown> {
  const names = [
    'TextDecoder',
    'TextEncoder',
    'URL',
    'URLSearchParams',
    'performance',
    'console',
    'setTimeout',
    'clearTimeout',
    'setInterval',
    'clearInterval',
    'queueMicrotask',
    'structuredClone',
    'ReadableStream',
    'WritableStream',
    'TransformStream',
    'DecompressionStream',
    'AbortController',
    'AbortSignal',
    'atob',
    'btoa',
    'Event',
    'EventTarget',
    'MessageChannel',
    'Blob',
    'crypto',
    'DOMException',
    'Response',
    'Request',
    'Headers',
  ] as const;
  const context: Record<string, unknown> = {};
  for (const n of names) context[n] = (globalThis as Record<string, unknown>)[n];
  // Browsers and their workers have DOMMatrix; Node has not. pdf.js builds one when it loads, for
  // drawing, never for text: a stand-in that can only be built and chained is enough, and if text
  // extraction ever needed more, this test would fail.
  context.DOMMatrix = class DOMMatrix {
    constructor(readonly init?: unknown) {}
    scaleSelf(): this {
      return this;
    }
    translateSelf(): this {
      return this;
    }
  };
  // Nothing may be fetched: CMaps and fonts come from the engine, the document from the caller.
  context.fetch = (url: unknown) => Promise.reject(new Error(`the reader fetched ${String(url)}`));
  // A worker's navigator (WorkerNavigator), as pdf.js reads it to tune itself.
  context.navigator = {
    userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Chrome/156 (reader test)',
    platform: 'Linux x86_64',
    language: 'zh-CN',
    hardwareConcurrency: 2,
  };
  context.self = context;
  return createContext(context);
}

let context: Record<string, unknown>;
let readerSource = '';

beforeAll(async () => {
  readerSource = await bundle(join(ROOT, 'src/reader/read-budget.ts'), 'BudgetReader');
  context = browserLikeContext();
  runInContext('globalThis.globalThis = globalThis;', context);
  // pdf.js's legacy build is its browser build for engines without the newest built-ins (Node 20's
  // V8 has no Promise.withResolvers); outside Node it takes the same browser paths as the modern one.
  runInContext(await bundle(join(PDFJS, 'legacy/build/pdf.worker.mjs'), 'pdfjsWorker'), context);
  runInContext(await bundle(join(PDFJS, 'legacy/build/pdf.mjs'), 'pdfjsLib'), context);
  runInContext(readerSource, context);
}, 60_000);

const read = (input: ReaderInput, options: ReadOptions): Promise<Reading> =>
  (context.BudgetReader as { readBudget: (i: ReaderInput, o: ReadOptions) => Promise<Reading> }).readBudget(
    input,
    options,
  );

describe('the reader bundled for the browser, run without Node', () => {
  it('the bundle imports nothing of Node', () => {
    expect(readerSource).not.toMatch(/\bfrom\s*["']node:|require\(["'](fs|path|crypto|url|os|node:)/);
    expect(runInContext('typeof process + typeof require + typeof Buffer', context)).toBe(
      'undefinedundefinedundefined',
    );
  });

  it('reads a text', async () => {
    const text = readFileSync(join(ROOT, 'data/sources/shanghai-hsa-2026-budget.txt'), 'utf8');
    const r = await read({ kind: 'text', name: 'hsa-2026.txt', text }, { sha256: 'a'.repeat(64) });
    expectClean(r);
    expect(r.document!.tableTotals.expenditureByFunction.total).toBe(300_170_000_00);
  });

  it('reads a published PDF with pdf.js’s browser build', async () => {
    const bytes = new Uint8Array(readFileSync(join(ROOT, 'data/sources/putuo-justice-2026-dept-budget.pdf')));
    const asset = (folder: string) => async (name: string) => new Uint8Array(readFileSync(join(PDFJS, folder, name)));
    const engine: PdfEngine = {
      pdfjs: context.pdfjsLib,
      readCMap: asset('cmaps'),
      readStandardFont: asset('standard_fonts'),
    };
    const pages: number[] = [];
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const r = await read(
      { kind: 'pdf', name: 'justice.pdf', bytes },
      { sha256, pdf: engine, onPage: (p) => pages.push(p) },
    );
    // read as in Node: with only the document's own inconsistency (编制说明 page 9, 住房公积金 201.50万元)
    expectOnlyKnownInconsistencies(r, justice);
    expect(r.document!.tableTotals.expenditureByFunction.total).toBe(96_282_213_44);
    expect(pages).toEqual(Array.from({ length: 23 }, (_, i) => i + 1));
  }, 60_000);
});
