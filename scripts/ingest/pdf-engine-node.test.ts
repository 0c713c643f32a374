// The Node PDF engine: pdf.js's legacy build, CMaps and standard fonts from the installed
// package; and the reader's extraction with a real pdf.js worker (a worker thread), as a host
// that sets up its own worker would run it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { MessageChannel, MessagePort, Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { extractPdf } from '../../src/reader/pdf/extract.ts';
import { pagesToText } from '../../src/reader/pdf/text.ts';
import { onePagePdf, STSONG_OBJECTS, ucs2Hex } from '../../src/reader/pdf/tiny-pdf.ts';
import { nodePdfEngine, pdfjsDistDir } from './pdf-engine-node.ts';

const SOURCES = new URL('../../../shared/sources/other-departments/', import.meta.url);
function fixture(file: string): Uint8Array {
  const url = new URL(file, SOURCES);
  if (!existsSync(url)) throw new Error(`test fixture missing: ${fileURLToPath(url)}`);
  return new Uint8Array(readFileSync(url));
}

describe('nodePdfEngine', () => {
  it('finds the installed pdfjs-dist by module resolution and loads its legacy build', async () => {
    const dir = pdfjsDistDir();
    expect(JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version).toMatch(/^5\.6\./);
    const engine = await nodePdfEngine();
    expect(typeof (engine.pdfjs as { getDocument?: unknown }).getDocument).toBe('function');
  });

  it('reads CMaps and standard fonts, a fresh copy on every call', async () => {
    const engine = await nodePdfEngine();
    const a = await engine.readCMap('UniGB-UCS2-H.bcmap');
    const b = await engine.readCMap('UniGB-UCS2-H.bcmap');
    expect(a.length).toBeGreaterThan(1000);
    expect(a).toEqual(b);
    expect(a.buffer).not.toBe(b.buffer);
    expect((await engine.readStandardFont('LiberationSans-Regular.ttf')).length).toBeGreaterThan(10_000);
  });

  it('reads nothing outside its folders (CMap names come from the PDF)', async () => {
    const engine = await nodePdfEngine();
    await expect(engine.readCMap('../package.json')).rejects.toThrow(/not a file name/);
    await expect(engine.readCMap('/etc/passwd')).rejects.toThrow(/not a file name/);
    await expect(engine.readStandardFont('..')).rejects.toThrow(/not a file name/);
    await expect(engine.readCMap('No-Such-CMap.bcmap')).rejects.toThrow(/ENOENT/);
  });
});

describe('extraction with a real pdf.js worker', () => {
  it('reads the same text, takes the CMaps across the thread boundary and leaves the bytes intact', async () => {
    // The worker thread runs pdf.js's worker script on one end of a message channel; the host
    // hands the other end to pdf.js as `GlobalWorkerOptions.workerPort`. pdf.js accepts only a
    // web `Worker` there, which Node lacks, so a MessagePort stands in for the class meanwhile.
    const { port1, port2 } = new MessageChannel();
    const script = pathToFileURL(join(pdfjsDistDir(), 'legacy/build/pdf.worker.mjs')).href;
    const thread = new Worker(
      "const { workerData } = require('node:worker_threads'); import(workerData.script).then((m) => m.WorkerMessageHandler.initializeFromPort(workerData.port));",
      { eval: true, workerData: { script, port: port2 }, transferList: [port2] },
    );
    const engine = await nodePdfEngine();
    const options = (engine.pdfjs as { GlobalWorkerOptions: { workerPort: unknown } }).GlobalWorkerOptions;
    const globals = globalThis as { Worker?: unknown };
    const hadWorker = 'Worker' in globals;
    globals.Worker = MessagePort;
    try {
      options.workerPort = port1;
      const bytes = fixture('putuo-justice-2026-dept-budget.pdf');
      const { pages } = await extractPdf(bytes, engine);
      expect(pagesToText(pages)).toBe(new TextDecoder().decode(fixture('putuo-justice-2026-dept-budget.txt')));
      expect(bytes.byteLength).toBe(fixture('putuo-justice-2026-dept-budget.pdf').byteLength);
      const chinese = onePagePdf(
        `BT /F1 12 Tf 72 700 Td <${ucs2Hex('项目支出')}> Tj ET`,
        '<< /Font << /F1 5 0 R >> >>',
        STSONG_OBJECTS,
      );
      expect(pagesToText((await extractPdf(chinese, engine)).pages)).toContain('\n项目支出\n');
    } finally {
      options.workerPort = null;
      if (!hadWorker) delete globals.Worker;
      port1.close();
      await thread.terminate();
    }
  }, 60_000);
});
