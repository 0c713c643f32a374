import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW_STATE, serializeViewState, type ViewState } from '../../state/link/app-link';
import { embedOptionsOfView, serializeEmbedOptions } from '../../state/link/embed-link';
import { sharedViewState } from './shared-view';

const reading: ViewState = {
  ...DEFAULT_VIEW_STATE,
  view: 'explore',
  year: 2026,
  path: ['210'],
  theme: 'dark',
  unit: 'yuan',
};
const embedOf = (state: ViewState) =>
  serializeEmbedOptions(embedOptionsOfView(state, 'treemap-function', { data: [], static: false, shownYears: [2026] }));

describe('sharedViewState', () => {
  it('leaves the sharer’s colour theme out of the link unless one is chosen', () => {
    expect(serializeViewState(sharedViewState(reading, { lang: 'en', unit: 'yuan' }))).toBe(
      '#view=explore&year=2026&path=210&unit=yuan&lang=en',
    );
    expect(serializeViewState(sharedViewState(reading, { lang: 'zh-CN', unit: 'yuan', theme: 'light' }))).toContain(
      '&theme=light',
    );
  });

  it('gives an embed that follows the article reader’s system unless a theme is chosen', () => {
    expect(embedOf(sharedViewState(reading, { lang: 'en', unit: 'yuan' }))).not.toContain('theme=');
    expect(embedOf(sharedViewState(reading, { lang: 'en', unit: 'yuan', theme: 'dark' }))).toContain('&theme=dark');
  });

  it('carries the unit the sharer sees when it is only remembered, and not a remembered auto', () => {
    const noUnit = { ...reading, unit: null };
    expect(serializeViewState(sharedViewState(noUnit, { lang: 'en', unit: 'mid' }))).toContain('&unit=mid');
    expect(serializeViewState(sharedViewState(noUnit, { lang: 'en', unit: 'auto' }))).not.toContain('unit=');
    expect(embedOf(sharedViewState(noUnit, { lang: null, unit: 'large' }))).toContain('&unit=large');
    // An explicit unit in the URL is what the sharer sees, also an explicit auto.
    expect(serializeViewState(sharedViewState({ ...reading, unit: 'auto' }, { lang: 'en', unit: 'auto' }))).toContain(
      '&unit=auto',
    );
  });
});
