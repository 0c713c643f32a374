// Each reason the reader refuses a document becomes the refusal the importer shows.
import { describe, expect, it } from 'vitest';
import type { ReadingReport, RefusalKind } from '../../reader/api';
import { readBudget } from '../../reader/read-budget';
import { classifyRefusal } from './classify';

const report = (refusalKind: RefusalKind | null): ReadingReport =>
  ({ refusal: refusalKind ? 'why' : null, refusalKind }) as ReadingReport;

describe('classifyRefusal', () => {
  it.each([
    ['not-pdf', 'not-pdf-or-text'],
    ['encrypted', 'encrypted'],
    ['truncated', 'damaged'],
    ['no-text', 'scanned'],
    ['cancelled', 'cancelled'],
    ['final-account', 'final-accounts'],
    ['not-template', 'not-template'],
    ['incomplete', 'damaged'],
    ['broken-encoding', 'not-template'],
  ] as const)('%s → %s', (kind, refusal) => {
    expect(classifyRefusal(report(kind))).toBe(refusal);
  });

  it('a refusal without a kind is failed (its sentence still says why)', () => {
    expect(classifyRefusal(report(null))).toBe('failed');
  });

  it('the reader gives the kind with its sentence', async () => {
    const read = (text: string) => readBudget({ kind: 'text', name: 't.txt', text }, { sha256: '0'.repeat(64) });
    const broken = await read('上海市2026年部门预算\n预算\uFFFD\n');
    expect(broken.report).toMatchObject({ refusalKind: 'broken-encoding', refusal: expect.stringMatching(/U\+FFFD/) });
    const cut = await read('2026年部门预算编制说明\n部门财务收支预算总表\n');
    expect(cut.report).toMatchObject({ refusalKind: 'incomplete', refusal: expect.stringMatching(/cut off/) });
    const other = await read('预算\n');
    expect(other.report).toMatchObject({ refusalKind: 'not-template', refusal: expect.stringMatching(/template/) });
  });
});
