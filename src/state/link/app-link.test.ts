import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW_STATE, parseViewState, patchViewState, serializeViewState, type ViewState } from './app-link';

describe('parseViewState', () => {
  it('gives the defaults for an empty hash', () => {
    expect(parseViewState('')).toEqual({ state: DEFAULT_VIEW_STATE, notices: [] });
    expect(parseViewState('#')).toEqual({ state: DEFAULT_VIEW_STATE, notices: [] });
  });

  it('reads every parameter', () => {
    const { state, notices } = parseViewState(
      '#dept=putuo-justice&view=explore&year=2021&from=2021&to=2026&cls=economic&path=301.30101&measure=personnel&table=basicByEconomic&sort=total.desc&q=%E4%BF%A1%E6%81%AF&level=2&rank=rel&project=p03&unit=yuan&lang=en&theme=dark&v=1',
    );
    expect(notices).toEqual([]);
    expect(state).toEqual<ViewState>({
      dept: 'putuo-justice',
      view: 'explore',
      year: 2021,
      from: 2021,
      to: 2026,
      cls: 'economic',
      path: ['301', '30101'],
      measure: 'personnel',
      table: 'basicByEconomic',
      sort: { column: 'total', desc: true },
      q: '信息',
      level: '2',
      rank: 'rel',
      project: 'p03',
      unit: 'yuan',
      lang: 'en',
      theme: 'dark',
    });
  });

  it('falls back to the default and reports each invalid value', () => {
    const { state, notices } = parseViewState(
      '#view=nope&year=20x1&path=abc.210&sort=total;drop&unit=km&lang=fr&theme=%3Cscript%3E&zzz=1',
    );
    expect(state).toEqual(DEFAULT_VIEW_STATE);
    expect(notices.map((n) => n.param)).toEqual(['view', 'year', 'path', 'sort', 'unit', 'lang', 'theme', 'zzz']);
    expect(notices.find((n) => n.param === 'theme')?.value).toBe('<script>');
  });

  it('keeps a well-formed drill path even when its codes do not exist, and cuts a malformed one at the first bad part', () => {
    // Whether a code exists is the view's question (it falls back to the longest prefix that does).
    expect(parseViewState('#path=210.99999.1')).toEqual({
      state: { ...DEFAULT_VIEW_STATE, path: ['210', '99999', '1'] },
      notices: [],
    });
    const cut = parseViewState('#path=210.abc.2101504');
    expect(cut.state.path).toEqual(['210']);
    expect(cut.notices).toEqual([{ param: 'path', value: '210.abc.2101504' }]);
    expect(parseViewState('#path=210.21015.2101504.1').state.path).toEqual(['210', '21015', '2101504']);
  });

  it('does not treat the kiosk parameters as unknown (the kiosk reads the same address), but names an embed option', () => {
    expect(parseViewState('#kiosk=1&interval=20&view=compare').notices).toEqual([]);
    expect(parseViewState('#chart=treemap-function&view=compare').notices).toEqual([
      { param: 'chart', value: 'treemap-function' },
    ]);
  });

  it('caps very long values in notices and rejects over-long filters', () => {
    const long = 'x'.repeat(5000);
    const { state, notices } = parseViewState(`#q=${long}`);
    expect(state.q).toBe('');
    expect(notices[0]?.value.length).toBe(200);
  });

  it('survives broken percent-encoding', () => {
    expect(() => parseViewState('#q=%E4%ZZ&view=%')).not.toThrow();
  });
});

describe('serializeViewState', () => {
  it('writes nothing for the defaults', () => {
    expect(serializeViewState(DEFAULT_VIEW_STATE)).toBe('');
  });

  it('writes only what differs, and round-trips', () => {
    const state: ViewState = {
      ...DEFAULT_VIEW_STATE,
      view: 'explore',
      year: 2026,
      path: ['210', '21015'],
      unit: 'yuan',
    };
    const hash = serializeViewState(state);
    expect(hash).toBe('#view=explore&year=2026&path=210.21015&unit=yuan');
    expect(parseViewState(hash).state).toEqual(state);
  });

  it('round-trips text with reserved characters', () => {
    const state: ViewState = { ...DEFAULT_VIEW_STATE, q: 'a&b=c #d 医保' };
    expect(parseViewState(serializeViewState(state)).state.q).toBe('a&b=c #d 医保');
  });

  it('writes the compare chart rank only when relative, and rejects unknown ranks', () => {
    const state: ViewState = { ...DEFAULT_VIEW_STATE, view: 'compare', rank: 'rel' };
    expect(serializeViewState(state)).toBe('#view=compare&rank=rel');
    expect(serializeViewState({ ...state, rank: 'abs' })).toBe('#view=compare');
    const parsed = parseViewState('#view=compare&rank=size');
    expect(parsed.state.rank).toBe('abs');
    expect(parsed.notices).toEqual([{ param: 'rank', value: 'size' }]);
  });
});

describe('patchViewState', () => {
  it('resets the drill path when the year or classification changes', () => {
    const state: ViewState = { ...DEFAULT_VIEW_STATE, year: 2026, path: ['210'] };
    expect(patchViewState(state, { year: 2021 }).path).toEqual([]);
    expect(patchViewState(state, { cls: 'economic' }).path).toEqual([]);
    expect(patchViewState(state, { measure: 'basic' }).path).toEqual(['210']);
  });

  it('clears the sort when the table changes', () => {
    const state: ViewState = { ...DEFAULT_VIEW_STATE, sort: { column: 'total', desc: true } };
    expect(patchViewState(state, { table: 'basicByEconomic' }).sort).toBeNull();
  });
});
