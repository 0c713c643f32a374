import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW_STATE } from '../../state/url-state';
import { DEFAULT_EMBED_OPTIONS, fallbackHeightOf, parseEmbedOptions, serializeEmbedOptions } from './embed-options';
import { embedOptionsOfView, viewStateOfEmbed } from './embed-view';

const HASH_A = '0123456789abcdef';
const HASH_B = 'fedcba9876543210';

describe('parseEmbedOptions', () => {
  it('reads every option', () => {
    const { options, notices } = parseEmbedOptions(
      `#chart=treemap-economic&year=2021&path=301.30101&measure=personnel&unit=yuan&lang=en&theme=dark&static&data=${HASH_A}`,
    );
    expect(notices).toEqual([]);
    expect(options).toEqual({
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
    const { options, notices } = parseEmbedOptions(
      '#chart=pie&year=26&path=21&data=xyz&static=maybe&foo=1&years=2021,2021',
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

describe('viewStateOfEmbed', () => {
  it('opens the explore view for a treemap, with the drill path and measure', () => {
    const state = viewStateOfEmbed({
      ...DEFAULT_EMBED_OPTIONS,
      chart: 'treemap-economic',
      year: 2021,
      path: ['301'],
      measure: 'personnel',
    });
    expect(state).toMatchObject({ view: 'explore', cls: 'economic', year: 2021, path: ['301'], measure: 'personnel' });
  });
  it('opens the tables view on the named table', () => {
    expect(viewStateOfEmbed({ ...DEFAULT_EMBED_OPTIONS, chart: 'table-threePublic' })).toMatchObject({
      view: 'tables',
      table: 'threePublic',
    });
  });
  it('opens the compare view with the two years', () => {
    const state = viewStateOfEmbed({ ...DEFAULT_EMBED_OPTIONS, chart: 'compare-bars-economic', years: [2021, 2026] });
    expect(state).toMatchObject({ view: 'compare', cls: 'economic', from: 2021, to: 2026, rank: 'abs', level: 'all' });
  });
  it('starts a comparison at its ranking and level, a table at its sort and filter', () => {
    expect(
      viewStateOfEmbed({ ...DEFAULT_EMBED_OPTIONS, chart: 'compare-bars', rank: 'rel', level: '2' }),
    ).toMatchObject({ view: 'compare', rank: 'rel', level: '2' });
    const sort = { column: 'total', desc: true };
    expect(viewStateOfEmbed({ ...DEFAULT_EMBED_OPTIONS, chart: 'table-basicByEconomic', sort, q: '30' })).toMatchObject(
      { view: 'tables', table: 'basicByEconomic', sort, q: '30' },
    );
  });
});

describe('embedOptionsOfView', () => {
  it('writes out the year shown, so the embed keeps it when a later budget is published', () => {
    const state = { ...DEFAULT_VIEW_STATE, view: 'explore' as const, path: ['210'], lang: 'en' as const };
    const options = embedOptionsOfView(state, 'treemap-function', {
      data: [HASH_A],
      static: false,
      shownYears: [2026],
    });
    expect(options).toMatchObject({ chart: 'treemap-function', year: 2026, path: ['210'], lang: 'en', data: [HASH_A] });
    expect(viewStateOfEmbed(options)).toMatchObject({ view: 'explore', year: 2026, path: ['210'] });
  });
  it('gives a comparison its two years and no drill path', () => {
    const state = { ...DEFAULT_VIEW_STATE, view: 'compare' as const, path: ['210'] };
    const options = embedOptionsOfView(state, 'compare-bars', { data: [], static: true, shownYears: [2021, 2026] });
    expect(options).toMatchObject({ years: [2021, 2026], year: null, path: [], static: true });
  });
  it('keeps the ranking and level of a comparison, and the sort and filter of a table', () => {
    const extra = { data: [], static: false, shownYears: [2021, 2026] };
    const compare = {
      ...DEFAULT_VIEW_STATE,
      view: 'compare' as const,
      cls: 'economic' as const,
      rank: 'rel' as const,
      level: '2' as const,
      unit: 'mid' as const,
      lang: 'en' as const,
    };
    const shared = serializeEmbedOptions(embedOptionsOfView(compare, 'compare-bars-economic', extra));
    expect(shared).toBe('#chart=compare-bars-economic&years=2021,2026&level=2&rank=rel&unit=mid&lang=en');

    const tables = {
      ...DEFAULT_VIEW_STATE,
      view: 'tables' as const,
      year: 2021,
      table: 'basicByEconomic' as const,
      sort: { column: 'total', desc: true },
      q: '30',
    };
    const options = embedOptionsOfView(tables, 'table-basicByEconomic', { ...extra, shownYears: [2021] });
    expect(serializeEmbedOptions(options)).toBe('#chart=table-basicByEconomic&year=2021&sort=total.desc&q=30');
    expect(viewStateOfEmbed(parseEmbedOptions(serializeEmbedOptions(options)).options)).toMatchObject({
      table: 'basicByEconomic',
      sort: tables.sort,
      q: '30',
    });
  });
  it("leaves another view's sort, filter, ranking and level out of a chart they do not apply to", () => {
    const state = {
      ...DEFAULT_VIEW_STATE,
      view: 'explore' as const,
      sort: { column: 'total', desc: true },
      q: '210',
      rank: 'rel' as const,
      level: '2' as const,
    };
    const options = embedOptionsOfView(state, 'treemap-function', { data: [], static: false, shownYears: [2026] });
    expect(serializeEmbedOptions(options)).toBe('#chart=treemap-function&year=2026');
    expect(
      serializeEmbedOptions(
        embedOptionsOfView(state, 'compare-bars', { data: [], static: false, shownYears: [2021, 2026] }),
      ),
    ).toBe('#chart=compare-bars&years=2021,2026&level=2&rank=rel');
  });
});

describe('fallbackHeightOf', () => {
  it('gives tables more room than charts', () => {
    expect(fallbackHeightOf('table-expenditureByFunction')).toBeGreaterThan(fallbackHeightOf('treemap-function'));
  });
});
