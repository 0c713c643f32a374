import { describe, expect, it } from 'vitest';
import { BudgetDocument, DataIndex } from './schema';
import { parseProjectLinks } from './project-links';

const messages = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]));

// zod/mini has no message catalogue of its own: without ours every issue would read "Invalid input".
describe('validation messages (zod/mini)', () => {
  it('say what was expected and what was found', () => {
    const entry = {
      id: 7,
      year: 2026.5,
      department: 'x',
      level: 'municipal',
      district: null,
      kind: 'department',
      file: 'a.json',
      hash: 'zz',
      bytes: 0,
    };
    expect(messages(DataIndex.safeParse({ schemaVersion: 2, documents: [entry] }))).toEqual({
      'documents.0.id': 'Invalid input: expected string, received number',
      'documents.0.year': 'Invalid input: expected int, received number',
      'documents.0.hash': 'Invalid string: must match pattern /^[0-9a-f]{16}$/',
      'documents.0.bytes': 'Too small: expected number >0',
    });
  });

  it('name limits, literals and missing parts', () => {
    const found = messages(
      BudgetDocument.safeParse({ schemaVersion: 3, id: 'a', year: 1999, department: '', level: 'city', source: [] }),
    );
    expect(found).toMatchObject({
      schemaVersion: 'Invalid input: expected 2',
      level: 'Invalid input: expected "municipal" | "district"',
      year: 'Too small: expected number >=2000',
      department: 'Too small: expected string length >=1',
      source: 'Invalid input: expected object, received array',
      tables: 'Invalid input: expected object, received undefined',
    });
  });

  it('keep the messages a schema states itself', () => {
    const ref = { document: 'a', project: 'p1', name: 'n' };
    expect(() =>
      parseProjectLinks({ version: 1, links: [{ from: ref, to: ref, reason: { 'zh-CN': 'x', en: '' } }] }),
    ).toThrow(
      'data/project-links.json: links.0.reason.en: Too small: expected string length >=1; links.0: a link must join two different documents',
    );
  });
});
