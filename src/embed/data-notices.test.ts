import { describe, expect, it } from 'vitest';
import { makeDocument } from '../domain/document-fixture';
import type { BudgetDocument } from '../domain/schema';
import { parseEmbedOptions } from '../state/link/embed-link';
import { embedDataNotices } from './data-notices';

const docs = [2021, 2026].map((year) => ({ year }) as unknown as BudgetDocument);
const noticesOf = (hash: string) => {
  const { options, notices } = parseEmbedOptions(hash);
  return [...notices, ...embedDataNotices(options, docs)];
};

describe('embedDataNotices', () => {
  it('lists a year without a document next to the options that did not parse', () => {
    expect(noticesOf('#chart=pie&year=1999&data=deadbeef&unit=zz')).toEqual([
      { param: 'chart', value: 'pie' },
      { param: 'data', value: 'deadbeef' },
      { param: 'unit', value: 'zz' },
      { param: 'year', value: '1999' },
    ]);
  });

  it('says nothing for a year of the data', () => {
    expect(noticesOf('#chart=table-threePublic&year=2021')).toEqual([]);
  });

  it('checks both compare years and only them', () => {
    expect(noticesOf('#chart=compare-bars&years=2021,2030')).toEqual([{ param: 'years', value: '2021,2030' }]);
    expect(noticesOf('#chart=compare-bars&years=2021,2026')).toEqual([]);
  });

  it('names a drill path that does not exist in the year shown, as the app does, and keeps what exists', () => {
    const documents = [makeDocument()];
    const notices = (hash: string) => {
      const { options, notices: parsed } = parseEmbedOptions(hash);
      return [...parsed, ...embedDataNotices(options, documents)];
    };
    expect(notices('#chart=treemap-function&path=210.21015')).toEqual([]);
    expect(notices('#chart=treemap-function&path=21')).toEqual([{ param: 'path', value: '21' }]);
    expect(notices('#chart=treemap-function&path=210.99999.1')).toEqual([{ param: 'path', value: '210.99999.1' }]);
    // Malformed from `abc` on: the parse keeps 210, which exists.
    expect(notices('#chart=treemap-function&path=210.abc')).toEqual([{ param: 'path', value: '210.abc' }]);
    // A chart without a drill path ignores it, as a treemap ignores `years`.
    expect(notices('#chart=table-threePublic&path=21')).toEqual([]);
  });
});
