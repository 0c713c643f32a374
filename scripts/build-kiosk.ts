// npm run build:kiosk: the single-file kiosk. One self-contained HTML file (dist-kiosk/kiosk.html)
// with all code, styles and the data inside, that runs from a USB stick through file:// with no
// server and no network. Chromium refuses fetch() of file:// URLs, so the data files are embedded
// verbatim in the bundle (virtual:kiosk-embedded-data) and served to the ordinary loader by
// src/data/embedded-fetcher.ts; the loader checks them (schema, version, content hash) as ever.
//
//   npx tsx scripts/build-kiosk.ts [--outDir dist-kiosk]
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { build, type Plugin } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { DEFAULT_DEPT } from '../src/state/link/values.ts';

const VIRTUAL_ID = 'virtual:kiosk-embedded-data';
export const KIOSK_FILE = 'kiosk.html';

interface IndexEntry {
  file: string;
  hash: string;
}

/**
 * The exact text of the featured department's index (data/departments/<dept>.json) and of every
 * document it lists, checked here too. A kiosk file carries the department it presents, not the
 * whole library (which grows every year).
 */
export function readEmbeddedData(root: string, dept: string = DEFAULT_DEPT): Record<string, string> {
  const dataDir = join(root, 'public/data');
  const indexFile = `departments/${dept}.json`;
  const indexPath = join(dataDir, indexFile);
  if (!existsSync(indexPath)) throw new Error(`build:kiosk: ${indexPath} is missing; run npm run ingest first`);
  const indexText = readFileSync(indexPath, 'utf8');
  const files: Record<string, string> = { [`data/${indexFile}`]: indexText };
  for (const entry of (JSON.parse(indexText) as { documents: IndexEntry[] }).documents) {
    if (!/^[a-z0-9][a-z0-9.-]*\.json$/.test(entry.file))
      throw new Error(`build:kiosk: unexpected file name ${entry.file}`);
    const text = readFileSync(join(dataDir, entry.file), 'utf8');
    const hash = createHash('sha256').update(text, 'utf8').digest('hex');
    if (!hash.startsWith(entry.hash))
      throw new Error(`build:kiosk: data/${entry.file} does not match its hash in ${indexFile}; run npm run ingest`);
    files[`data/${entry.file}`] = text;
  }
  return files;
}

/**
 * The single file runs from file://, where a browser starts no module worker: the importer (its
 * worker, pdf.js, the CMaps) is left out, and an import there says to use the dashboard's address.
 */
function noImporter(): Plugin {
  const stub = '\0kiosk-no-importer';
  return {
    name: 'hsa-kiosk-no-importer',
    enforce: 'pre',
    resolveId: (id) => (/\/imports\/import-file(\.ts)?$/.test(id) ? stub : undefined),
    load: (id) =>
      id === stub
        ? `export async function importFile() {
  return { kind: 'refused', refusal: 'failed', report: null,
    detail: 'The single-file kiosk cannot read files; open the dashboard from its web address to import one.' };
}`
        : undefined,
  };
}

function embeddedData(root: string): Plugin {
  const resolved = `\0${VIRTUAL_ID}`;
  return {
    name: 'hsa-kiosk-embedded-data',
    resolveId: (id) => (id === VIRTUAL_ID ? resolved : undefined),
    load(id) {
      if (id !== resolved) return undefined;
      return `export default ${JSON.stringify(readEmbeddedData(root))};`;
    },
  };
}

export interface KioskBuildResult {
  file: string;
  bytes: number;
  gzipBytes: number;
}

export async function buildKiosk(
  options: { root?: string; outDir?: string; quiet?: boolean } = {},
): Promise<KioskBuildResult> {
  const root = resolve(options.root ?? process.cwd());
  const outDir = resolve(root, options.outDir ?? 'dist-kiosk');
  await build({
    configFile: false,
    root,
    base: './',
    publicDir: false, // everything the kiosk needs is inside the one file
    logLevel: options.quiet ? 'warn' : 'info',
    plugins: [react(), embeddedData(root), noImporter(), viteSingleFile({ removeViteModuleLoader: true })],
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      rolldownOptions: { input: join(root, KIOSK_FILE) },
    },
  });
  const produced = readdirSync(outDir);
  if (produced.length !== 1 || produced[0] !== KIOSK_FILE)
    throw new Error(`build:kiosk: expected only ${KIOSK_FILE} in ${outDir}, found ${produced.join(', ')}`);
  const file = join(outDir, KIOSK_FILE);
  const html = readFileSync(file);
  // Nothing may point outside the file: no script src, no stylesheet link, no module preload.
  const external = /<script[^>]+\ssrc=|<link[^>]+rel="(stylesheet|modulepreload)"/.exec(html.toString('utf8'));
  if (external) throw new Error(`build:kiosk: ${file} still refers to an external file: ${external[0]}`);
  return { file, bytes: statSync(file).size, gzipBytes: gzipSync(html).length };
}

async function main(): Promise<void> {
  const outDirArg = process.argv.indexOf('--outDir');
  const outDir = outDirArg > 0 ? process.argv[outDirArg + 1] : undefined;
  const result = await buildKiosk({ outDir });
  const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
  console.log(`single-file kiosk: ${result.file}  ${kib(result.bytes)} (gzip ${kib(result.gzipBytes)})`);
  console.log(`open it from anywhere: file://${result.file}#lang=alt&interval=20`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
