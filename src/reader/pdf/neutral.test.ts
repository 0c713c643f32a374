// The reader runs unchanged in Node and in a browser web worker, so no file of src/reader (tests
// aside) may import a Node builtin or use Node's globals, and the PDF module reaches pdf.js only
// through the engine the host passes (no import of pdfjs-dist, not even of its types' module).
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../', import.meta.url); // src/reader/, all of it
const BUILTINS = new Set(builtinModules.map((m) => m.replace(/^node:/, '')));

/** Every module specifier a source file imports, re-exports, imports dynamically or requires. */
function specifiers(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  const patterns = [
    /\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  return patterns.flatMap((p) => [...code.matchAll(p)].map((m) => m[1]!));
}

const isNodeBuiltin = (spec: string): boolean => spec.startsWith('node:') || BUILTINS.has(spec.split('/')[0]!);
const NODE_GLOBALS = /\b(Buffer|__dirname|__filename)\b|\bprocess\.(env|cwd|argv|platform|versions)\b/;

function sourceFiles(): { file: string; source: string }[] {
  return readdirSync(ROOT, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|tsx|mts|js|mjs)$/.test(f) && !/\.test\.tsx?$/.test(f))
    .map((file) => ({ file, source: readFileSync(new URL(file, ROOT), 'utf8') }));
}

describe('platform neutrality of src/reader', () => {
  it('the scan finds the reader’s files, the PDF module among them, and would see a builtin import', () => {
    const files = sourceFiles().map((f) => f.file.replaceAll('\\', '/'));
    expect(files).toContain('api.ts');
    expect(files).toContain('pdf/extract.ts');
    const sample =
      "import { readFile } from 'fs/promises';\nimport type { X } from './x.ts';\nconst m = await import('node:path');\nexport * from \"crypto\";";
    expect(specifiers(sample).filter(isNodeBuiltin)).toEqual(['fs/promises', 'crypto', 'node:path']);
  });

  it('no file imports a Node builtin (node:*, fs, path, crypto, url, os, ...)', () => {
    const offending = sourceFiles().flatMap(({ file, source }) =>
      specifiers(source)
        .filter(isNodeBuiltin)
        .map((s) => `${file}: ${s}`),
    );
    expect(offending, `in ${fileURLToPath(ROOT)}`).toEqual([]);
  });

  it('no file uses Node globals (Buffer, process.env, __dirname, ...)', () => {
    const offending = sourceFiles().flatMap(({ file, source }) => (NODE_GLOBALS.test(source) ? [file] : []));
    expect(offending).toEqual([]);
  });

  it('the PDF module imports only its own files and the reader’s contract (no pdfjs-dist, no React)', () => {
    const offending = sourceFiles()
      .filter(({ file }) => file.replaceAll('\\', '/').startsWith('pdf/'))
      .flatMap(({ file, source }) =>
        specifiers(source)
          .filter((s) => !/^\.\.?\//.test(s) || (s.startsWith('../') && s !== '../api.ts'))
          .map((s) => `${file}: ${s}`),
      );
    expect(offending).toEqual([]);
  });
});
