// zh-CN and en must have exactly the same keys in every namespace, and no empty strings.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, 'locales');

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

function load(lang: string, ns: string): unknown {
  return JSON.parse(readFileSync(join(root, lang, ns), 'utf8'));
}

// i18next plural suffixes differ by language only in which forms exist; we write _one/_other in both.
const namespaces = readdirSync(join(root, 'zh-CN')).sort();

describe('locales', () => {
  it('have the same namespace files in both languages', () => {
    expect(readdirSync(join(root, 'en')).sort()).toEqual(namespaces);
  });
  it.each(namespaces)('%s has the same keys in zh-CN and en', (ns) => {
    expect(keys(load('en', ns)).sort()).toEqual(keys(load('zh-CN', ns)).sort());
  });
  it.each(namespaces)('%s has no empty strings', (ns) => {
    for (const lang of ['zh-CN', 'en']) {
      const flat = JSON.stringify(load(lang, ns));
      expect(flat).not.toContain('""');
    }
  });
});
