// What an entry page loads before its first render: the scripts, module preloads and stylesheets
// its HTML names (followed through static imports of those scripts), measured gzip-compressed.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface EntryWeight {
  entry: string;
  files: { file: string; gzip: number }[];
  js: number; // gzip bytes
  css: number; // gzip bytes
  total: number;
}

const ASSET_ATTR = /<(?:script[^>]*\ssrc|link[^>]*\shref)="([^"]+\.(?:js|css))"/g;
// Rolldown/Vite emit static imports as `import ... from "./x.js"` or `import "./x.js"`.
const STATIC_IMPORT = /(?:^|[;\n}])\s*import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g;

// The pages list the app's modules for their boot script to start (scripts/vite/stand-in-page.ts).
const MODULE_LIST = /<meta name="hsa-app-modules" content="([^"]*)"/g;

export function referencedAssets(html: string): string[] {
  const listed = [...html.matchAll(MODULE_LIST)].flatMap((m) => m[1]!.split(' ').filter(Boolean));
  return [...[...html.matchAll(ASSET_ATTR)].map((m) => m[1]!), ...listed].filter((src) => !/^(https?:)?\/\//.test(src));
}

export function staticImports(code: string): string[] {
  return [...code.matchAll(STATIC_IMPORT)].map((m) => m[1]!);
}

export function gzipSize(content: Buffer | string): number {
  return gzipSync(content, { level: 9 }).length;
}

/**
 * The files an HTML entry names and those its scripts lead to (through `follow`), with their
 * gzip sizes; the HTML itself is listed but counts in neither JS nor CSS.
 */
function walk(distDir: string, htmlFile: string, follow: (code: string) => string[]): EntryWeight {
  const html = readFileSync(join(distDir, htmlFile), 'utf8');
  const seen = new Set<string>();
  const queue = referencedAssets(html).map((src) => normalize(join(dirname(htmlFile), src.replace(/^\//, ''))));
  const files: EntryWeight['files'] = [{ file: htmlFile, gzip: gzipSize(html) }];
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file) || !existsSync(join(distDir, file))) continue;
    seen.add(file);
    const content = readFileSync(join(distDir, file));
    files.push({ file, gzip: gzipSize(content) });
    if (file.endsWith('.js'))
      for (const next of follow(content.toString('utf8'))) queue.push(normalize(join(dirname(file), next)));
  }
  const sum = (ext: string) => files.filter((f) => f.file.endsWith(ext)).reduce((a, f) => a + f.gzip, 0);
  const js = sum('.js');
  const css = sum('.css');
  return { entry: htmlFile, files, js, css, total: js + css };
}

/** What an entry loads before its first render: the HTML's assets and their static imports. */
export function measureEntry(distDir: string, htmlFile: string): EntryWeight {
  return walk(distDir, htmlFile, staticImports);
}

// Every chunk or stylesheet a built file names: static and dynamic imports and Vite's preload
// lists ("./x-1a2b.js", "./x.css"). Over-approximates nothing: built code names no other files.
const NAMED_ASSET = /["'](\.\/[\w.-]+\.(?:js|css))["']/g;

export function namedAssets(code: string): string[] {
  return [...code.matchAll(NAMED_ASSET)].map((m) => m[1]!);
}

/** Everything an entry can ever load (all views, lazy parts), gzip: the whole of what it ships. */
export function measureReachable(distDir: string, htmlFile: string): EntryWeight {
  const weight = walk(distDir, htmlFile, namedAssets);
  return { ...weight, files: weight.files.filter((f) => f.file !== htmlFile) }; // code only
}
