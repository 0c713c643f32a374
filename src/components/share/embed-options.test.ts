import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW_STATE } from '../../state/url-state';
import {
  DEFAULT_EMBED_OPTIONS,
  embedOptionsOfView,
  fallbackHeightOf,
  parseEmbedOptions,
  serializeEmbedOptions,
  viewStateOfEmbed,
} from './embed-options';

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
    const { options, notices } = parseEmbedOptions('#chart=pie&year=26&path=21&data=xyz&static=maybe&foo=1&years=2021,2021');
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
});

describe('serializeEmbedOptions', () => {
  it('round-trips and writes only what differs from the defaults', () => {
    const options = { ...DEFAULT_EMBED_OPTIONS, chart: 'table-basicByEconomic' as const, year: 2026, static: true, data: [HASH_A] };
    const hash = serializeEmbedOptions(options);
    expect(hash).toBe(`#chart=table-basicByEconomic&year=2026&static=1&data=${HASH_A}`);
    expect(parseEmbedOptions(hash).options).toEqual(options);
  });
});

describe('viewStateOfEmbed', () => {
  it('opens the explore view for a treemap, with the drill path and measure', () => {
    const state = viewStateOfEmbed({ ...DEFAULT_EMBED_OPTIONS, chart: 'treemap-economic', year: 2021, path: ['301'], measure: 'personnel' });
    expect(state).toMatchObject({ view: 'explore', cls: 'economic', year: 2021, path: ['301'], measure: 'personnel' });
  });
  it('opens the tables view on the named table', () => {
    expect(viewStateOfEmbed({ ...DEFAULT_EMBED_OPTIONS, chart: 'table-threePublic' })).toMatchObject({ view: 'tables', table: 'threePublic' });
  });
  it('opens the compare view with the two years', () => {
    const state = viewStateOfEmbed({ ...DEFAULT_EMBED_OPTIONS, chart: 'compare-bars-economic', years: [2021, 2026] });
    expect(state).toMatchObject({ view: 'compare', cls: 'economic', from: 2021, to: 2026 });
  });
});

describe('embedOptionsOfView', () => {
  it('writes out the year shown, so the embed keeps it when a later budget is published', () => {
    const state = { ...DEFAULT_VIEW_STATE, view: 'explore' as const, path: ['210'], lang: 'en' as const };
    const options = embedOptionsOfView(state, 'treemap-function', { data: [HASH_A], static: false, shownYears: [2026] });
    expect(options).toMatchObject({ chart: 'treemap-function', year: 2026, path: ['210'], lang: 'en', data: [HASH_A] });
    expect(viewStateOfEmbed(options)).toMatchObject({ view: 'explore', year: 2026, path: ['210'] });
  });
  it('gives a comparison its two years and no drill path', () => {
    const state = { ...DEFAULT_VIEW_STATE, view: 'compare' as const, path: ['210'] };
    const options = embedOptionsOfView(state, 'compare-bars', { data: [], static: true, shownYears: [2021, 2026] });
    expect(options).toMatchObject({ years: [2021, 2026], year: null, path: [], static: true });
  });
});

describe('fallbackHeightOf', () => {
  it('gives tables more room than charts', () => {
    expect(fallbackHeightOf('table-expenditureByFunction')).toBeGreaterThan(fallbackHeightOf('treemap-function'));
  });
});
