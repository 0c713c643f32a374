import { describe, expect, it } from 'vitest';
import { DEFAULT_EMBED_OPTIONS, parseEmbedOptions, serializeEmbedOptions } from './embed-link';

const HASH_A = '0123456789abcdef';
const HASH_B = 'fedcba9876543210';

describe('parseEmbedOptions', () => {
  it('reads every option', () => {
    const { options, notices } = parseEmbedOptions(
      `#chart=treemap-economic&year=2021&path=301.30101&measure=personnel&unit=yuan&lang=en&theme=dark&static&data=${HASH_A}`,
    );
    expect(notices).toEqual([]);
    expect(options).toEqual({
      dept: 'shanghai-hsa',
      chart: 'treemap-economic',
      year: 2021,
      years: null,
      path: ['301', '30101'],
      measure: 'personnel',
      rank: 'abs',
      level: 'all',
      sort: null,
      q: '',
      unit: 'yuan',
      lang: 'en',
      theme: 'dark',
      static: true,
      data: [HASH_A],
    });
  });

  it('gives the defaults for an empty hash', () => {
    expect(parseEmbedOptions('')).toEqual({ options: DEFAULT_EMBED_OPTIONS, notices: [] });
  });

  it('falls back and reports what it did not understand', () => {
    // A well-formed path such as `21` is the data's question (src/embed/data-notices.test.ts).
    const { options, notices } = parseEmbedOptions(
      '#chart=pie&year=26&path=21a&data=xyz&static=maybe&foo=1&years=2021,2021',
    );
    expect(options).toEqual(DEFAULT_EMBED_OPTIONS);
    expect(notices.map((n) => n.param)).toEqual(['chart', 'year', 'path', 'data', 'static', 'foo', 'years']);
  });

  it('reads two years for a comparison and two pinned versions', () => {
    const { options } = parseEmbedOptions(`#chart=compare-bars&years=2021-2026&data=${HASH_A},${HASH_B}`);
    expect(options.years).toEqual([2021, 2026]);
    expect(options.data).toEqual([HASH_A, HASH_B]);
  });

  it('accepts static=0 as interactive', () => {
    expect(parseEmbedOptions('#static=0').options.static).toBe(false);
  });

  it('reads the ranking and level of a comparison as the app does', () => {
    const { options, notices } = parseEmbedOptions('#chart=compare-bars-economic&years=2021,2026&rank=rel&level=2');
    expect(notices).toEqual([]);
    expect(options).toMatchObject({ chart: 'compare-bars-economic', rank: 'rel', level: '2', sort: null, q: '' });
  });

  it('reads the sort and the filter of a table as the app does, the filter decoded', () => {
    const { options, notices } = parseEmbedOptions(
      '#chart=table-basicByEconomic&year=2021&sort=total.desc&q=%E5%B7%A5%E8%B5%84+30',
    );
    expect(notices).toEqual([]);
    expect(options).toMatchObject({
      chart: 'table-basicByEconomic',
      sort: { column: 'total', desc: true },
      q: '工资 30',
    });
    expect(parseEmbedOptions('#chart=table-threePublic&sort=name.asc').options.sort).toEqual({
      column: 'name',
      desc: false,
    });
  });

  it('falls back to the default ranking, level, sort and filter for an invalid value, with a notice', () => {
    const long = 'x'.repeat(201);
    const { options, notices } = parseEmbedOptions(`#chart=compare-bars&rank=pct&level=4&sort=total&q=${long}`);
    expect(options).toEqual({ ...DEFAULT_EMBED_OPTIONS, chart: 'compare-bars' });
    expect(notices.map((n) => n.param)).toEqual(['rank', 'level', 'sort', 'q']);
    expect(notices[0]).toEqual({ param: 'rank', value: 'pct' });
    expect(parseEmbedOptions('#sort=1total.up').notices).toEqual([{ param: 'sort', value: '1total.up' }]);
  });
});

describe('serializeEmbedOptions', () => {
  it('round-trips and writes only what differs from the defaults', () => {
    const options = {
      ...DEFAULT_EMBED_OPTIONS,
      chart: 'table-basicByEconomic' as const,
      year: 2026,
      static: true,
      data: [HASH_A],
    };
    const hash = serializeEmbedOptions(options);
    expect(hash).toBe(`#chart=table-basicByEconomic&year=2026&static=1&data=${HASH_A}`);
    expect(parseEmbedOptions(hash).options).toEqual(options);
  });

  it('writes ranking and level, sort and filter only when they differ from the defaults, and round-trips them', () => {
    const compare = {
      ...DEFAULT_EMBED_OPTIONS,
      chart: 'compare-bars-economic' as const,
      years: [2021, 2026] as [number, number],
      rank: 'rel' as const,
      level: '2' as const,
    };
    expect(serializeEmbedOptions(compare)).toBe('#chart=compare-bars-economic&years=2021,2026&level=2&rank=rel');
    expect(parseEmbedOptions(serializeEmbedOptions(compare)).options).toEqual(compare);

    const table = {
      ...DEFAULT_EMBED_OPTIONS,
      chart: 'table-basicByEconomic' as const,
      year: 2021,
      sort: { column: 'total', desc: true },
      q: '工资&福利 30',
      lang: 'en' as const,
    };
    const hash = serializeEmbedOptions(table);
    expect(hash).toBe(
      '#chart=table-basicByEconomic&year=2021&sort=total.desc&q=%E5%B7%A5%E8%B5%84%26%E7%A6%8F%E5%88%A9+30&lang=en',
    );
    expect(parseEmbedOptions(hash)).toEqual({ options: table, notices: [] });

    const defaults = {
      ...DEFAULT_EMBED_OPTIONS,
      chart: 'compare-bars' as const,
      rank: 'abs' as const,
      level: 'all' as const,
      sort: null,
      q: '',
    };
    expect(serializeEmbedOptions(defaults)).toBe('#chart=compare-bars');
  });
});
