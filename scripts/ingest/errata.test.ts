import { describe, expect, it } from 'vitest';
import { applyErrata } from './errata.ts';

const failure = {
  check: 'c',
  table: 't',
  row: 'r',
  page: 4,
  printed: 2,
  expected: 1,
  message: 'doc · t · r: c: printed 2, expected 1',
};
const sha = 'a'.repeat(64);

describe('errata', () => {
  it('turns an acknowledged failure into a discrepancy, and fails everything else', () => {
    const entry = { check: 'c', table: 't', row: 'r', printed: 2, expected: 1, note: 'the document prints 2' };
    expect(applyErrata([failure], { document: 'doc', sha256: sha, entries: [entry] }, sha, 'doc')).toEqual({
      discrepancies: [
        { check: 'c', table: 't', row: 'r', page: 4, printed: 2, expected: 1, note: 'the document prints 2' },
      ],
      errors: [],
    });
    expect(applyErrata([failure], null, sha, 'doc').errors).toEqual([failure.message]);
    expect(applyErrata([], { document: 'doc', sha256: sha, entries: [entry] }, sha, 'doc').errors[0]).toMatch(
      /matches no failing check; remove it/,
    );
    expect(
      applyErrata([failure], { document: 'doc', sha256: sha, entries: [entry] }, 'b'.repeat(64), 'doc').errors[0],
    ).toMatch(/reviewed for sha256 a+/);
  });
});

describe('errata and reading failures', () => {
  it('never acknowledges a failure without figures (a table that cannot be read)', () => {
    const unreadable = {
      check: 'the table can be read',
      table: 't',
      row: 'line 9',
      page: 2,
      printed: null,
      expected: null,
      message: 'doc · t, page 2: unreadable',
    };
    const entry = { check: 'the table can be read', table: 't', row: 'line 9', printed: 0, expected: 0, note: 'x' };
    const out = applyErrata([unreadable], { document: 'doc', sha256: sha, entries: [entry] }, sha, 'doc');
    expect(out.discrepancies).toEqual([]);
    expect(out.errors[0]).toBe(unreadable.message);
  });
});
