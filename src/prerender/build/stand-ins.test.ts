import { describe, expect, it } from 'vitest';
import { parseEmbedOptions, serializeEmbedOptions } from '../../state/link/embed-link';
import type { DataIndex } from '../../domain/schema';
import { appStandIns, embedStandIns, standInMap } from './stand-ins';
import { DEFAULT_VIEW_STATE, parseViewState, serializeViewState, type ViewState } from '../../state/link/app-link';

const municipal = { level: 'municipal', district: null, kind: 'department' } as const;
const index: DataIndex = {
  schemaVersion: 2,
  documents: [
    {
      id: 'a-2021',
      year: 2021,
      department: 'd',
      ...municipal,
      file: 'a-2021.json',
      hash: '1111111111111111',
      bytes: 1,
    },
    {
      id: 'a-2026',
      year: 2026,
      department: 'd',
      ...municipal,
      file: 'a-2026.json',
      hash: '2222222222222222',
      bytes: 1,
    },
  ],
};

describe('embedStandIns', () => {
  const standIns = embedStandIns(index);
  const map = standInMap(standIns);

  it('covers the embed codes the share dialog writes for the latest function treemap', () => {
    const shared = { ...parseEmbedOptions('').options, year: 2026 };
    expect(map[serializeEmbedOptions(shared).slice(1)]).toBe('treemap-function');
    expect(map[serializeEmbedOptions({ ...shared, data: ['2222222222222222'] }).slice(1)]).toBe(
      'treemap-function.pinned',
    );
    expect(map[serializeEmbedOptions({ ...shared, lang: 'en', theme: 'dark' }).slice(1)]).toBe('treemap-function.en');
    expect(map['']).toBe('treemap-function');
  });

  it('does not stand in for another year, a pin to an older version, a drill path or a static chart', () => {
    const shared = { ...parseEmbedOptions('').options, year: 2026 };
    for (const other of [
      { ...shared, year: 2021 },
      { ...shared, data: ['1111111111111111'] },
      { ...shared, path: ['210'] },
      { ...shared, static: true },
      { ...shared, unit: 'yuan' as const },
    ]) {
      expect(map[serializeEmbedOptions(other).slice(1)]).toBeUndefined();
    }
  });

  it('renders each stand-in with the options every hash of it parses to (theme aside)', () => {
    for (const { hashes, render } of standIns) {
      if (render.kind !== 'embed') throw new Error('an embed stand-in renders the embed');
      for (const hash of hashes.filter((h) => h !== '')) {
        const { options, notices } = parseEmbedOptions(`#${hash}`);
        expect(notices).toEqual([]);
        expect({ ...options, theme: 'auto', year: options.year ?? 2026 }).toEqual({ ...render.options, theme: 'auto' });
      }
    }
  });

  it('has nothing to stand in for without documents', () => {
    expect(embedStandIns({ schemaVersion: 2, documents: [] })).toEqual([]);
  });
});

describe('appStandIns', () => {
  const map = standInMap(appStandIns(index));
  const view = (patch: Partial<ViewState>) => serializeViewState({ ...DEFAULT_VIEW_STATE, ...patch }).slice(1);

  it("stands in for the nav's links and the links the app writes for the default views", () => {
    expect(map['']).toBe('overview');
    expect(map[view({ view: 'explore' })]).toBe('explore');
    expect(map[view({ view: 'explore', year: 2026, unit: 'auto', lang: 'zh-CN' })]).toBe('explore');
    expect(map[view({ view: 'compare', from: 2021, to: 2026, unit: 'auto', lang: 'zh-CN', theme: 'dark' })]).toBe(
      'compare',
    );
  });

  it('not for another year, pair, unit, language, classification or drill path', () => {
    for (const other of [
      view({ view: 'explore', year: 2021 }),
      view({ view: 'compare', from: 2026, to: 2021 }),
      view({ view: 'explore', unit: 'yuan' }),
      view({ view: 'explore', lang: 'en' }),
      view({ view: 'explore', cls: 'economic' }),
      view({ view: 'explore', path: ['210'] }),
      view({ view: 'tables' }),
    ]) {
      expect(map[other]).toBeUndefined();
    }
  });

  it('renders each view at its default state, which every listed hash parses to (theme, unit and language aside)', () => {
    for (const { hashes, render } of appStandIns(index)) {
      if (render.kind !== 'app') throw new Error('an app stand-in renders the app');
      const rendered = parseViewState(render.hash).state;
      for (const hash of hashes) {
        const { state, notices } = parseViewState(hash);
        expect(notices).toEqual([]);
        expect({ ...state, year: null, from: null, to: null, theme: 'auto', unit: null, lang: null }).toEqual(rendered);
      }
    }
  });
});

describe('standInMap', () => {
  it("refuses a hash listed twice, or a first stand-in that is not the bare URL's", () => {
    const [overview, explore] = appStandIns(index);
    if (!overview || !explore) throw new Error('two app stand-ins');
    expect(() => standInMap([overview, { ...explore, hashes: [''] }])).toThrow(/listed for both/);
    expect(() => standInMap([explore, overview])).toThrow(/bare URL/);
  });
});
