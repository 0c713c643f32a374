// The PDF engine of the Node host: pdf.js's legacy build (the one meant for Node) and its CMaps
// and standard fonts read from the installed pdfjs-dist package. The package folder is found by
// module resolution from this file, so the same code works in any clone and in CI.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PdfEngine } from '../../src/reader/api.ts';

/** The installed pdfjs-dist folder (node_modules/pdfjs-dist of the nearest install). */
export function pdfjsDistDir(): string {
  return dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
}

// Only plain file names of the package's own folders: pdf.js takes CMap names from the PDF.
const PLAIN_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]*(\.[A-Za-z0-9_-]+)*$/;

function folderReader(dir: string): (name: string) => Promise<Uint8Array> {
  // Each file is read once per process; callers get a copy, since pdf.js may transfer what it gets.
  const cache = new Map<string, Promise<Uint8Array>>();
  return async (name) => {
    if (!PLAIN_NAME.test(name)) throw new Error(`not a file name of ${dir}: ${JSON.stringify(name)}`);
    let bytes = cache.get(name);
    if (!bytes) {
      bytes = readFile(join(dir, name)).then((b) => new Uint8Array(b));
      cache.set(name, bytes);
      bytes.catch(() => cache.delete(name));
    }
    return (await bytes).slice();
  };
}

export async function nodePdfEngine(): Promise<PdfEngine> {
  const pdfjs: unknown = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const dir = pdfjsDistDir();
  return {
    pdfjs,
    readCMap: folderReader(join(dir, 'cmaps')),
    readStandardFont: folderReader(join(dir, 'standard_fonts')),
  };
}
