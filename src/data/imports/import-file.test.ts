// The page's side of an import, with a stand-in Worker (Node has none): size first, the bytes
// transferred, progress relayed, the known-file lookup, cancel, a crash; the worker always ends.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { importFile } from './import-file';
import type { ReadOutcome, WorkerMessage } from './protocol';
import { MAX_IMPORT_BYTES, type ImportProgress } from './types';

class FakeWorker {
  static last: FakeWorker;
  onmessage: ((event: { data: WorkerMessage }) => void) | null = null;
  onerror: ((event: { message: string; preventDefault(): void }) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  posted: { message: unknown; transfer: unknown[] } | null = null;
  terminated = false;
  constructor(
    readonly url: URL,
    readonly options: WorkerOptions,
  ) {
    FakeWorker.last = this;
  }
  postMessage(message: unknown, transfer: unknown[]): void {
    this.posted = { message, transfer };
  }
  terminate(): void {
    this.terminated = true;
  }
  send(data: WorkerMessage): void {
    this.onmessage?.({ data });
  }
}

const file = (text: string, name = 'budget.txt') => Object.assign(new Blob([text]), { name });
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const READ: ReadOutcome = { kind: 'refused', refusal: 'not-template', detail: 'no', report: null };

beforeEach(() => vi.stubGlobal('Worker', FakeWorker));
afterEach(() => vi.unstubAllGlobals());

describe('importFile', () => {
  it('posts the bytes (transferred) to a module worker, relays progress, resolves with its outcome and ends it', async () => {
    const progress: ImportProgress[] = [];
    const outcome = importFile(file('预算'), { onProgress: (p) => progress.push(p) });
    await settle();
    const worker = FakeWorker.last;
    expect(worker.options.type).toBe('module');
    expect(String(worker.url)).toMatch(/reader\.worker\.ts$/);
    const { message, transfer } = worker.posted as { message: { name: string; bytes: ArrayBuffer }; transfer: unknown[] };
    expect(message.name).toBe('budget.txt');
    expect(new TextDecoder().decode(message.bytes)).toBe('预算');
    expect(transfer).toEqual([message.bytes]);
    worker.send({ type: 'progress', progress: { phase: 'checking' } });
    worker.send({ type: 'outcome', outcome: READ });
    expect(await outcome).toEqual(READ);
    expect(progress).toEqual([{ phase: 'checking' }]);
    expect(worker.terminated).toBe(true);
  });

  it('refuses a file over the limit without starting a worker', async () => {
    const big = Object.assign(new Blob([new Uint8Array(MAX_IMPORT_BYTES + 1)]), { name: 'big.pdf' });
    const before = FakeWorker.last;
    expect(await importFile(big)).toMatchObject({ kind: 'refused', refusal: 'too-large' });
    expect(FakeWorker.last).toBe(before);
  });

  it('a file it recognises by its hash ends as known, at once', async () => {
    const recognise = vi.fn(async () => ({ id: 'putuo-justice-2026', dept: 'putuo-justice', bundled: true }));
    const outcome = importFile(file('x'), { recognise });
    await settle();
    FakeWorker.last.send({ type: 'hash', sha256: 'ab'.repeat(32) });
    expect(await outcome).toEqual({ kind: 'known', id: 'putuo-justice-2026', dept: 'putuo-justice', bundled: true });
    expect(recognise).toHaveBeenCalledWith('ab'.repeat(32));
    expect(FakeWorker.last.terminated).toBe(true);
  });

  it('the lookup decides even when the reading ends first; a failed lookup reads the file as new', async () => {
    let answer: (v: null) => void = () => undefined;
    const outcome = importFile(file('x'), { recognise: () => new Promise((resolve) => (answer = resolve)) });
    await settle();
    FakeWorker.last.send({ type: 'hash', sha256: 'cd'.repeat(32) });
    FakeWorker.last.send({ type: 'outcome', outcome: READ });
    answer(null);
    expect(await outcome).toEqual(READ);

    const second = importFile(file('y'), { recognise: () => Promise.reject(new Error('no IndexedDB')) });
    await settle();
    FakeWorker.last.send({ type: 'hash', sha256: 'ef'.repeat(32) });
    FakeWorker.last.send({ type: 'outcome', outcome: READ });
    expect(await second).toEqual(READ);
  });

  it('cancel terminates the worker and resolves cancelled without waiting for it', async () => {
    const controller = new AbortController();
    const outcome = importFile(file('x'), { signal: controller.signal });
    await settle();
    controller.abort();
    expect(await outcome).toEqual({ kind: 'cancelled' });
    expect(FakeWorker.last.terminated).toBe(true);
    // an already aborted signal starts nothing
    const before = FakeWorker.last;
    expect(await importFile(file('x'), { signal: controller.signal })).toEqual({ kind: 'cancelled' });
    expect(FakeWorker.last).toBe(before);
  });

  it('a crash of the worker is a failed import with its message', async () => {
    const outcome = importFile(file('x'));
    await settle();
    FakeWorker.last.onerror?.({ message: 'Uncaught RangeError: out of memory', preventDefault: () => undefined });
    expect(await outcome).toMatchObject({ kind: 'refused', refusal: 'failed', detail: expect.stringMatching(/out of memory/) });
    expect(FakeWorker.last.terminated).toBe(true);
  });
});
