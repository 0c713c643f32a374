// The pdf.js engine of the browser host, for the reader worker only: pdf.js with its parser run in
// the same thread (pdf.js's "fake worker": we are already off the page's thread, and a nested
// worker would be one more script to load and allow), and its CMaps and standard fonts served by
// the build itself, from our own origin. Nothing is fetched from anywhere else.
//
// The legacy build: the modern one calls built-ins that only the newest browsers have (e.g.
// Map.prototype.getOrInsertComputed), and an import is no place to require the newest browser.
import type { PdfEngine } from '../../reader/api';

// Every CMap and standard font as a file of the build with a hashed name (169 + 16 files, 2.5 MB,
// fetched one by one only when a PDF's fonts need them; the budget PDFs need two or three CMaps).
// `no-inline`: a small file would otherwise become a data: URL, which the CSP's connect-src refuses.
// Not precached by the service worker: its globPatterns do not match .bcmap, .pfb or .ttf.
const CMAPS = import.meta.glob<string>('../../../node_modules/pdfjs-dist/cmaps/*.bcmap', {
  query: '?url&no-inline',
  import: 'default',
  eager: true,
});
const FONTS = import.meta.glob<string>('../../../node_modules/pdfjs-dist/standard_fonts/*.{pfb,ttf}', {
  query: '?url&no-inline',
  import: 'default',
  eager: true,
});

/** File name → URL of the build, from the glob's keys (paths of the package's folder). */
function byFileName(glob: Record<string, string>): Map<string, string> {
  return new Map(Object.entries(glob).map(([path, url]) => [path.slice(path.lastIndexOf('/') + 1), url]));
}

function reader(files: Map<string, string>, what: string): (name: string) => Promise<Uint8Array> {
  return async (name) => {
    const url = files.get(name);
    if (!url) throw new Error(`pdf.js asked for the ${what} ${name}, which pdfjs-dist does not ship`);
    const response = await fetch(url);
    if (!response.ok) throw new Error(`the ${what} ${name} could not be loaded (${response.status})`);
    return new Uint8Array(await response.arrayBuffer());
  };
}

/** Loads pdf.js (both halves, about 530 kB gzip) and returns the engine; called for a PDF only. */
export async function browserPdfEngine(): Promise<PdfEngine> {
  const [pdfjs, worker] = await Promise.all([
    import('pdfjs-dist/legacy/build/pdf.mjs'),
    import('pdfjs-dist/legacy/build/pdf.worker.mjs'),
  ]);
  // pdf.js looks for its parser here before it tries to start a worker of its own (which would
  // need window.location, absent in a worker, and a separate script).
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = { WorkerMessageHandler: worker.WorkerMessageHandler };
  return {
    pdfjs,
    readCMap: reader(byFileName(CMAPS), 'CMap'),
    readStandardFont: reader(byFileName(FONTS), 'standard font'),
  };
}
