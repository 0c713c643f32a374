import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW_STATE } from '../state/link/app-link';
import {
  DEFAULT_EMBED_OPTIONS,
  embedOptionsOfView,
  parseEmbedOptions,
  serializeEmbedOptions,
} from '../state/link/embed-link';
import { viewStateOfEmbed } from './view-of-embed';

const HASH_A = '0123456789abcdef';

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
