import { describe, expect, it } from 'vitest';
import type { LibraryRow } from './library';
import { flatness, libraryNotes } from './library-report';

const row = (documents: number, bytes: number, figuresMs: number, switchMs: number): LibraryRow => ({
  library: `${documents} docs`,
  runs: 5,
  documents,
  departments: documents,
  firstScreenBytes: bytes,
  requests: 28,
  dataRequests: 3,
  firstFiguresMs: figuresMs,
  switchMs,
  switchSyntheticMs: null,
  catalogueBytes: documents * 430,
  catalogueGzip: documents * 40,
  pickerMs: 30,
  dataFiles: ['departments/shanghai-hsa.json'],
  catalogueEarly: 0,
});

describe('flatness', () => {
  it('passes within 5 % of bytes and 15 % of time, faster counting as flat', () => {
    expect(flatness(row(6, 200_000, 1000, 200), row(500, 204_000, 1140, 150)).ok).toBe(true);
    expect(flatness(row(6, 200_000, 1000, 200), row(500, 200_000, 800, 200)).text).toContain('first figures −20.0 %');
  });
  it('falls short when bytes, the first figures or a switch grow more', () => {
    expect(flatness(row(6, 200_000, 1000, 200), row(500, 220_000, 1000, 200)).ok).toBe(false);
    expect(flatness(row(6, 200_000, 1000, 200), row(500, 200_000, 1200, 200)).ok).toBe(false);
    expect(flatness(row(6, 200_000, 1000, 200), row(500, 200_000, 1000, 240)).ok).toBe(false);
  });
  it('ends the notes with the verdict', () => {
    expect(libraryNotes([row(6, 1, 1, 1), row(500, 1, 1, 1)]).at(-1)).toMatch(/^flat from 6 to 500 documents.*: pass$/);
  });
});
