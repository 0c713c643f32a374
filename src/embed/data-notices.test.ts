import { describe, expect, it } from 'vitest';
import type { BudgetDocument } from '../domain/schema';
import { parseEmbedOptions } from '../components/share/embed-options';
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
});
