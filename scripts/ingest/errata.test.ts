import { describe, expect, it } from 'vitest';
import { applyErrata } from './errata.ts';

const failure = { check: 'c', table: 't', row: 'r', printed: 2, expected: 1, message: 'doc · t · r: c: printed 2, expected 1' };
const sha = 'a'.repeat(64);

describe('errata', () => {
  it('turns an acknowledged failure into a discrepancy, and fails everything else', () => {
    const entry = { check: 'c', table: 't', row: 'r', printed: 2, expected: 1, note: 'the document prints 2' };
    expect(applyErrata([failure], { document: 'doc', sha256: sha, entries: [entry] }, sha, 'doc')).toEqual({
      discrepancies: [{ check: 'c', table: 't', row: 'r', printed: 2, expected: 1, note: 'the document prints 2' }],
      errors: [],
    });
    expect(applyErrata([failure], null, sha, 'doc').errors).toEqual([failure.message]);
    expect(applyErrata([], { document: 'doc', sha256: sha, entries: [entry] }, sha, 'doc').errors[0]).toMatch(/matches no failing check; remove it/);
    expect(applyErrata([failure], { document: 'doc', sha256: sha, entries: [entry] }, 'b'.repeat(64), 'doc').errors[0]).toMatch(/reviewed for sha256 a+/);
  });
});
