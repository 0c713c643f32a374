// Other departments' documents of the same template (pdfjs text, /work/shared/sources): the
// importer finds their sections and all nine tables by title. Their figures are not read here:
// two print fen (96,282,213.44), which the contract's integer yuan cannot hold; see docs/DATA.md.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { locateTables } from '../../src/reader/locate-tables.ts';
import { readDocument } from '../../src/reader/read-document.ts';

const DIR = '/work/shared/sources/other-departments';
const docs = ['putuo-justice-2026-dept-budget', 'putuo-finance-2025-dept-budget', 'putuo-wanli-street-2024-budget', 'putuo-commerce-2025-unit-budget'];

describe.skipIf(!existsSync(DIR))('other departments (same template)', () => {
  it.each(docs)('%s: sections and the nine tables are found by their titles', (name) => {
    const text = readFileSync(`${DIR}/${name}.txt`, 'utf8').replace(/^=== 第\d+页 ===$|^\[pages: \d+\]$/gm, '');
    const d = readDocument(text, name);
    expect(d.functions.length).toBeGreaterThan(0);
    expect(d.glossary.length).toBeGreaterThan(0);
    const tables = locateTables(d.tables, d.layout, name);
    expect(tables.size).toBe(9);
    expect(tables.get('threePublic')?.unit).toBe('万元');
  });
});
