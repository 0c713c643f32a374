import { describe, expect, it } from 'vitest';
import type { ImportProgress } from '../../data/imports/types';
import { milestone, progressDisplay } from './import-progress';

const page = (n: number, pages = 23): ImportProgress => ({ phase: 'reading', page: n, pages });

describe('progressDisplay', () => {
  it('is indeterminate before the first report and outside the pages', () => {
    expect(progressDisplay(null)).toEqual({ key: 'starting', value: null, max: 1 });
    expect(progressDisplay({ phase: 'hashing' })).toMatchObject({ key: 'hashing', value: null });
    expect(progressDisplay({ phase: 'checking' })).toMatchObject({ key: 'checking', value: null });
  });
  it('counts the pages read', () => {
    expect(progressDisplay(page(7))).toEqual({ key: 'reading', value: 7, max: 23, page: 7, pages: 23 });
  });
  it('never overflows or divides by zero', () => {
    expect(progressDisplay({ phase: 'reading', page: 3, pages: 0 })).toMatchObject({ value: 1, max: 1 });
  });
});

describe('milestone', () => {
  it('announces each phase as it starts', () => {
    expect(milestone(null, { phase: 'hashing' })).toEqual({ key: 'hashing' });
    expect(milestone({ phase: 'hashing' }, page(1))).toEqual({ key: 'readingStarted', count: 23 });
    expect(milestone(page(23), { phase: 'checking' })).toEqual({ key: 'checking' });
  });
  it('announces each quarter of the pages, not every page', () => {
    const said: number[] = [];
    let previous: ImportProgress = page(1);
    for (let n = 2; n <= 23; n++) {
      const next = page(n);
      const reached = milestone(previous, next);
      if (reached?.key === 'page') said.push(reached.page);
      else expect(reached).toBeNull();
      previous = next;
    }
    expect(said).toEqual([6, 12, 18]);
  });
  it('is silent when nothing changes', () => {
    expect(milestone({ phase: 'hashing' }, { phase: 'hashing' })).toBeNull();
    expect(milestone(page(2, 3), page(2, 3))).toBeNull();
  });
});
