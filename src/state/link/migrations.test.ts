import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW_STATE, serializeViewState } from './app-link';
import { parseLink } from './link';
import { LINK_VERSION, migrateLink, type LinkMigration } from './migrations';

// Version 0 is made up for these tests (there never was one): it called the classification
// `classification`, joined drill codes with `/`, and had a view `tree` that is now explore.
const FROM_VERSION_0: LinkMigration = {
  version: 0,
  migrate(params) {
    const next = new URLSearchParams();
    for (const [name, value] of params) {
      if (name === 'classification') next.append('cls', value);
      else if (name === 'path') next.append('path', value.replace(/\//g, '.'));
      else if (name === 'view' && value === 'tree') next.append('view', 'explore');
      else next.append(name, value);
    }
    return next;
  },
};
const MADE_UP = [FROM_VERSION_0];

describe('link migrations', () => {
  it('is at version 1, the first published format', () => {
    expect(LINK_VERSION).toBe(1);
  });

  it('opens a version-0 link at the view it meant, with no notice, and writes it in the current form', () => {
    const parsed = parseLink('app', '#v=0&view=tree&classification=economic&path=301/30101&lang=en', MADE_UP);
    expect(parsed.notices).toEqual([]);
    expect(parsed.state).toEqual({
      ...DEFAULT_VIEW_STATE,
      view: 'explore',
      cls: 'economic',
      path: ['301', '30101'],
      lang: 'en',
    });
    expect(serializeViewState(parsed.state)).toBe('#view=explore&cls=economic&path=301.30101&lang=en');
  });

  it('migrates an embed link and a slide of a tour the same way', () => {
    expect(parseLink('embed', '#v=0&chart=treemap-economic&path=301/30101', MADE_UP).state.path).toEqual([
      '301',
      '30101',
    ]);
    expect(parseLink('slide', '#v=0&view=tree', MADE_UP).state.view).toBe('explore');
  });

  it('reads a link without v, and v=1, as the current version', () => {
    expect(parseLink('app', '#view=explore&path=210', MADE_UP)).toEqual(parseLink('app', '#v=1&view=explore&path=210'));
    expect(parseLink('app', '#v=1&view=tree', MADE_UP).notices).toEqual([{ param: 'view', value: 'tree' }]);
  });

  it('names a version it cannot read and reads the link as the current version', () => {
    for (const v of ['2', 'abc', '-1', '1.0', '']) {
      const parsed = parseLink('app', `#v=${v}&view=explore`, MADE_UP);
      expect(parsed.notices, v).toEqual([{ param: 'v', value: v }]);
      expect(parsed.state.view).toBe('explore');
    }
    // Without the made-up migration, version 0 is one this code has no way to read.
    expect(parseLink('app', '#v=0&view=explore').notices).toEqual([{ param: 'v', value: '0' }]);
  });

  it('does not change the parameters it is given', () => {
    const params = new URLSearchParams('classification=economic');
    expect(migrateLink(params, 0, 'app', MADE_UP)?.toString()).toBe('cls=economic');
    expect(params.toString()).toBe('classification=economic');
    expect(migrateLink(params, 0, 'app', [])).toBeNull();
    expect(migrateLink(params, LINK_VERSION + 1, 'app', MADE_UP)).toBeNull();
  });
});
