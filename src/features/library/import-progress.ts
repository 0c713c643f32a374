// What the import panel shows and announces while a file is read. The reader reports every page;
// the bar follows each, but a screen reader hears only the milestones: each phase as it starts and
// each quarter of the pages, never every page.
import type { ImportProgress } from '../../data/imports/types';

export interface ProgressDisplay {
  key: 'starting' | 'hashing' | 'reading' | 'checking';
  value: number | null; // null: an indeterminate bar
  max: number;
  page?: number;
  pages?: number;
}

export function progressDisplay(progress: ImportProgress | null): ProgressDisplay {
  if (!progress) return { key: 'starting', value: null, max: 1 };
  if (progress.phase === 'reading') {
    const pages = Math.max(progress.pages, 1);
    return { key: 'reading', value: Math.min(progress.page, pages), max: pages, page: progress.page, pages };
  }
  return { key: progress.phase, value: null, max: 1 };
}

export type Milestone =
  | { key: 'hashing' }
  | { key: 'readingStarted'; count: number }
  | { key: 'page'; page: number; pages: number }
  | { key: 'checking' };

const quarter = (page: number, pages: number) => Math.floor((4 * page) / Math.max(pages, 1));

/** The milestone `next` reaches after `previous`, or null when it is just one more page. */
export function milestone(previous: ImportProgress | null, next: ImportProgress): Milestone | null {
  if (previous?.phase !== next.phase) {
    if (next.phase === 'reading') return { key: 'readingStarted', count: next.pages };
    return { key: next.phase };
  }
  if (next.phase === 'reading' && previous.phase === 'reading') {
    if (next.page < next.pages && quarter(next.page, next.pages) > quarter(previous.page, previous.pages)) {
      return { key: 'page', page: next.page, pages: next.pages };
    }
  }
  return null;
}
