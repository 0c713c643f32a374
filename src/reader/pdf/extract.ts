// Reads the text layer of a PDF with the pdf.js the host passes in (PdfEngine): page by page,
// positions kept. Platform-neutral: no pdf.js import, no Node module, no DOM; the same code runs
// in the Node ingest and in a browser web worker.
//
// Nothing is fetched: pdf.js asks for CMaps (the Chinese fonts of the budget PDFs need
// UniGB-UCS2-H and friends) and standard fonts through its `BinaryDataFactory` option, and the
// factory here answers from the host's read functions. The worker is the host's business too:
// in Node pdf.js runs its fake worker by itself; a browser host sets `GlobalWorkerOptions` on the
// module it passes. The module only avoids what would break with a real worker (see `data` below).
import type { PdfEngine } from '../api.ts';
import { buildRows, placeRuns } from './layout.ts';
import { checkCancelled, checkPdfBytes, PdfRefusal, refusalFromPdfjs } from './refusal.ts';
import type { ExtractOptions, PdfExtraction, PdfPage } from './types.ts';

/** The parts of the pdfjs-dist module used here (structural, so any 5.x build fits). */
interface PdfjsPage {
  getViewport(params: { scale: number }): { width: number; height: number; transform: number[] };
  getTextContent(): Promise<{ items: unknown[] }>;
  cleanup(): unknown;
}
interface PdfjsDocument {
  numPages: number;
  getPage(pageNumber: number): Promise<PdfjsPage>;
}
interface PdfjsLoadingTask {
  promise: Promise<PdfjsDocument>;
  destroy(): Promise<void>;
}
interface PdfjsModule {
  getDocument(params: Record<string, unknown>): PdfjsLoadingTask;
}

function asPdfjs(module: unknown): PdfjsModule {
  if (typeof (module as Partial<PdfjsModule> | null)?.getDocument !== 'function') {
    throw new TypeError('PdfEngine.pdfjs must be the pdfjs-dist module (it has no getDocument function)');
  }
  return module as PdfjsModule;
}

// File names pdf.js asks for: "UniGB-UCS2-H.bcmap", "FoxitSans.pfb". Checked before they reach
// the host, which may join them to a folder path.
const SAFE_FILE = /^[A-Za-z0-9][A-Za-z0-9_-]*(\.[A-Za-z0-9_-]+)*$/;

/**
 * A pdf.js `BinaryDataFactory` class answering from the engine. pdf.js constructs it with its URL
 * options (unused) and calls `fetch({ kind, filename })` on the main thread, whether the parser
 * runs in a real worker or the fake one. CMap failures are remembered: pdf.js would carry on and
 * return text in the wrong characters, which must not pass for the document's text.
 */
function engineDataFactory(engine: PdfEngine, cmapFailures: string[]) {
  return class EngineBinaryData {
    async fetch({ kind, filename }: { kind: string; filename: string }): Promise<Uint8Array> {
      if (!SAFE_FILE.test(filename))
        throw new Error(`pdf.js asked for an unexpected file name: ${JSON.stringify(filename)}`);
      if (kind === 'standardFontDataUrl') return engine.readStandardFont(filename);
      if (kind !== 'cMapUrl')
        throw new Error(`pdf.js asked for ${kind} ${filename}; the reader supplies only CMaps and standard fonts`);
      try {
        return await engine.readCMap(filename);
      } catch (error) {
        cmapFailures.push(`${filename} (${error instanceof Error ? error.message : String(error)})`);
        throw error;
      }
    }
  };
}

async function readPage(doc: PdfjsDocument, number: number): Promise<PdfPage> {
  const page = await doc.getPage(number);
  const viewport = page.getViewport({ scale: 1 });
  const { items } = await page.getTextContent();
  page.cleanup();
  return {
    number,
    width: viewport.width,
    height: viewport.height,
    rows: buildRows(placeRuns(items, viewport.transform)),
  };
}

/**
 * Extracts every page's rows of text with their positions. Refuses (throws `PdfRefusal`) bytes
 * that are not a PDF, a cut-off or damaged PDF, one that needs a password, one without any text
 * (a scan), and stops with `cancelled` when `signal` aborts (checked between pages).
 */
export async function extractPdf(
  bytes: Uint8Array,
  engine: PdfEngine,
  opts: ExtractOptions = {},
): Promise<PdfExtraction> {
  const { signal, onPage } = opts;
  checkCancelled(signal, 0, null);
  checkPdfBytes(bytes);
  const cmapFailures: string[] = [];
  const task = asPdfjs(engine.pdfjs).getDocument({
    // A copy: with a real worker pdf.js transfers the buffer it is given, detaching the caller's bytes.
    data: bytes.slice(),
    BinaryDataFactory: engineDataFactory(engine, cmapFailures),
    useWorkerFetch: false, // the worker asks the main thread (the factory above), never a URL
    cMapPacked: true,
    useSystemFonts: false,
    disableFontFace: true, // no FontFace objects: there is no document in a worker or in Node
    isEvalSupported: false, // no eval (the app's CSP forbids it)
    useWasm: false, // image decoders only; text does not need them
    enableXfa: false,
    verbosity: 0, // errors only: pdf.js warns on every odd font, which is noise for a reader
  });
  try {
    const doc = await task.promise.catch((error: unknown) => {
      throw refusalFromPdfjs(error, 'opening the document');
    });
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      checkCancelled(signal, n - 1, doc.numPages);
      pages.push(
        await readPage(doc, n).catch((error: unknown) => {
          throw refusalFromPdfjs(error, `reading page ${n} of ${doc.numPages}`);
        }),
      );
      onPage?.(n, doc.numPages);
    }
    checkCancelled(signal, doc.numPages, doc.numPages);
    if (cmapFailures.length > 0) {
      throw new Error(
        `The PDF engine could not supply the CMaps the document's fonts need: ${cmapFailures.join('; ')}`,
      );
    }
    if (!pages.some((p) => p.rows.length > 0)) {
      throw new PdfRefusal(
        'no-text',
        `Expected a PDF with a text layer (text that can be selected and copied), but none of its ${doc.numPages} page${doc.numPages === 1 ? '' : 's'} carries any text: it is probably a scan or a set of images. Find the text version of the document, or run OCR on it first.`,
      );
    }
    return { pages };
  } finally {
    await task.destroy().catch(() => undefined);
  }
}
