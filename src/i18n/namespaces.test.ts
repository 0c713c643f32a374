// Every namespace other than the core ones is registered by src/i18n/ns/<ns>.ts, and every file
// that uses it imports that module, so its text is in the same chunk as its code (registry.ts).
// A file that forgot the import would show raw keys when its chunk loads first; this catches it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = join(import.meta.dirname, '..');
const CORE = new Set(['common', 'codes']);
const registered = readdirSync(join(src, 'i18n/ns'))
  .map((f) => f.replace(/\.ts$/, ''))
  .sort();
const localeFiles = readdirSync(join(src, 'i18n/locales/zh-CN')).map((f) => f.replace(/\.json$/, ''));
const known = new Set([...CORE, ...registered]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return path.endsWith('i18n') ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.includes('.test.') ? [path] : [];
  });
}

/** The namespaces a file's code asks for: useTranslation, <Translation ns>, "ns:key", { ns }. */
export function namespacesUsed(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(/useTranslation\(\s*(\[[^\]]*\]|'[^']*'|"[^"]*")/g)) {
    for (const name of m[1]!.matchAll(/['"]([A-Za-z]+)['"]/g)) found.add(name[1]!);
  }
  for (const m of text.matchAll(/<Translation\s+ns=["']([A-Za-z]+)["']/g)) found.add(m[1]!);
  for (const m of text.matchAll(/["'`]([A-Za-z]+):[A-Za-z$]/g)) found.add(m[1]!);
  for (const m of text.matchAll(/\bns:\s*['"]([A-Za-z]+)['"]/g)) found.add(m[1]!);
  return [...found].filter((name) => known.has(name)).sort();
}

describe('locale namespaces', () => {
  it('every locale file is either core or has its registration module', () => {
    expect(localeFiles.filter((ns) => !CORE.has(ns)).sort()).toEqual(registered);
  });

  it('finds namespaces however the code asks for them', () => {
    expect(
      namespacesUsed(
        `useTranslation('share'); t('compare:lines.name'); <Translation ns="tables">; t(k, { ns: 'explore' }); \`codes:\${c}\``,
      ),
    ).toEqual(['codes', 'compare', 'explore', 'share', 'tables']);
  });

  it.each(sourceFiles(src).map((path) => relative(src, path)))(
    '%s imports the registration of each namespace it uses',
    (file) => {
      const text = readFileSync(join(src, file), 'utf8');
      const missing = namespacesUsed(text).filter((ns) => !CORE.has(ns) && !new RegExp(`i18n/ns/${ns}['"]`).test(text));
      expect(missing).toEqual([]);
    },
  );
});
