import { describe, expect, it } from 'vitest';
import type { BudgetDocument } from '../domain/schema';
import { compareYears, dataNotices, documentForYear } from './selectors';
import { DEFAULT_VIEW_STATE } from './link/app-link';

const doc = (year: number, projects: string[] = []) =>
  ({ year, id: `d${year}`, projects: projects.map((id) => ({ id })) }) as unknown as BudgetDocument;
const docs = [doc(2021, ['p01']), doc(2026, ['p01', 'p02'])];

describe('selectors', () => {
  it('falls back to the latest document for an unknown or missing year', () => {
    expect(documentForYear(docs, 2021)?.year).toBe(2021);
    expect(documentForYear(docs, null)?.year).toBe(2026);
    expect(documentForYear(docs, 1999)?.year).toBe(2026);
  });

  it('compares the earliest with the latest by default and never a year with itself', () => {
    expect(compareYears(docs, null, null)?.map((d) => d.year)).toEqual([2021, 2026]);
    expect(compareYears(docs, 2026, 2026)?.map((d) => d.year)).toEqual([2026, 2021]);
    expect(compareYears([doc(2026)], null, null)).toBeNull();
  });

  it('reports years and projects that the data does not have', () => {
    expect(dataNotices({ ...DEFAULT_VIEW_STATE, year: 2026, project: 'p02' }, docs)).toEqual([]);
    expect(dataNotices({ ...DEFAULT_VIEW_STATE, year: 1999, from: 2020, project: 'p09' }, docs)).toEqual([
      { param: 'year', value: '1999' },
      { param: 'from', value: '2020' },
      { param: 'project', value: 'p09' },
    ]);
  });
});
