import { describe, expect, it } from 'vitest';
import { parseEmbedOptions, serializeEmbedOptions } from '../components/share/embed-options';
import type { DataIndex } from '../domain/schema';
import { appStandIns, embedStandIns, standInMap } from './stand-ins';

const index: DataIndex = {
  schemaVersion: 1,
  documents: [
    { id: 'a-2021', year: 2021, department: 'd', file: 'a-2021.json', hash: '1111111111111111', bytes: 1 },
    { id: 'a-2026', year: 2026, department: 'd', file: 'a-2026.json', hash: '2222222222222222', bytes: 1 },
  ],
};

describe('embedStandIns', () => {
  const standIns = embedStandIns(index);
  const map = standInMap(standIns);

  it('covers the embed codes the share dialog writes for the latest function treemap', () => {
    const shared = { ...parseEmbedOptions('').options, year: 2026 };
    expect(map[serializeEmbedOptions(shared).slice(1)]).toBe('treemap-function');
    expect(map[serializeEmbedOptions({ ...shared, data: ['2222222222222222'] }).slice(1)]).toBe('treemap-function.pinned');
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
    expect(embedStandIns({ schemaVersion: 1, documents: [] })).toEqual([]);
  });
});

describe('standInMap', () => {
  it('lists the app\'s overview for the bare URL, explore and compare for the nav\'s links', () => {
    expect(standInMap(appStandIns())).toEqual({ '': 'overview', 'view=explore': 'explore', 'view=compare': 'compare' });
  });

  it('refuses a hash listed twice, or a first stand-in that is not the bare URL\'s', () => {
    const [overview, explore] = appStandIns();
    if (!overview || !explore) throw new Error('two app stand-ins');
    expect(() => standInMap([overview, { ...explore, hashes: [''] }])).toThrow(/listed for both/);
    expect(() => standInMap([explore, overview])).toThrow(/bare URL/);
  });
});
