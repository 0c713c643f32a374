import { describe, expect, it } from 'vitest';
import { inParameterOrder, MAX_NOTICE_VALUE, parseLink, serializeLink } from './link';
import { defaultsOf, LINK_PARAMS, paramsOf, readsParam, type Param, type Shell } from './params';

const SHELLS: Shell[] = ['app', 'embed', 'kiosk', 'slide'];

/**
 * For each row of the table: a value other than the default, as a link writes it, and values it
 * rejects without keeping any part. A name used twice is keyed `name@first shell`.
 */
const SAMPLES: Record<string, { good: string; bad: string[] }> = {
  kiosk: { good: '1', bad: ['maybe', '2'] },
  tour: { good: 'view=explore|view=tables&table=threePublic', bad: ['|', ' | '] },
  interval: { good: '2.5', bad: ['0', '3601', 'abc', '-1', '1e3'] },
  idle: { good: '3600', bad: ['0', '86401', 'abc'] },
  start: { good: '2', bad: ['0', '-1', '1.5', 'first', ''] },
  'lang@kiosk': { good: 'alt', bad: ['fr', 'ALT'] },
  'theme@kiosk': { good: 'auto', bad: ['pink'] },
  dept: { good: 'putuo-justice', bad: ['Putuo', '../x', 'x'.repeat(61), '上海'] },
  view: { good: 'compare', bad: ['nope', 'Compare', '__proto__'] },
  chart: { good: 'table-threePublic', bad: ['pie', 'table-nope'] },
  year: { good: '2021', bad: ['26', '20x1', '1e309', '-2021'] },
  years: { good: '2021,2026', bad: ['2021', '2021,2021', '2021,2026,2027', '21,26'] },
  from: { good: '2021', bad: ['nope'] },
  to: { good: '2026', bad: ['nope'] },
  cls: { good: 'economic', bad: ['both'] },
  path: { good: '210.21015.2101504', bad: ['abc', '.x', '2109999999'] },
  measure: { good: 'personnel', bad: ['sum'] },
  table: { good: 'threePublic', bad: ['nope'] },
  sort: { good: 'total.desc', bad: ['total', 'total;drop', '1total.up', 'total.sideways'] },
  q: { good: '医保 & co, 30%', bad: ['x'.repeat(201)] },
  level: { good: '2', bad: ['4', '0'] },
  rank: { good: 'rel', bad: ['pct'] },
  project: { good: 'p03', bad: ['P03', '../x', 'x'.repeat(41)] },
  'unit@app': { good: 'auto', bad: ['km'] },
  'unit@embed': { good: 'yuan', bad: ['km'] },
  'lang@app': { good: 'en', bad: ['fr', 'alt'] },
  'theme@app': { good: 'dark', bad: ['<script>'] },
  static: { good: '1', bad: ['maybe'] },
  data: { good: '0123456789abcdef,fedcba9876543210', bad: ['xyz', 'deadbeef', '0123456789ABCDEF'] },
  'kiosk-test-throw': { good: '1', bad: ['x'] },
  'kiosk-test-hang': { good: '1', bad: ['x'] },
};

function sampleOf(param: Param) {
  const twice = LINK_PARAMS.filter((p: Param) => p.name === param.name).length > 1;
  const sample = SAMPLES[twice ? `${param.name}@${param.shells[0]}` : param.name];
  if (!sample) throw new Error(`no sample for ${param.name} (${param.shells.join(', ')})`);
  return sample;
}

const pair = (name: string, value: string) => new URLSearchParams([[name, value]]).toString().replace(/%2C/g, ',');
const state = (shell: Shell, hash: string): Record<string, unknown> => parseLink(shell, hash).state;

describe('the table of link parameters', () => {
  it('has a sample for every row, and no sample for a row it does not have', () => {
    const keys = LINK_PARAMS.map((param: Param) => {
      sampleOf(param);
      return LINK_PARAMS.filter((p: Param) => p.name === param.name).length > 1
        ? `${param.name}@${param.shells[0]}`
        : param.name;
    });
    expect(Object.keys(SAMPLES).sort()).toEqual([...keys].sort());
  });

  it.each(SHELLS)('%s: reads each name once', (shell) => {
    const names = paramsOf(shell).map((param) => param.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('has defaults its codecs can write and read back (an empty one is never written)', () => {
    for (const param of LINK_PARAMS as readonly Param[]) {
      const text = param.default === null ? '' : param.codec.serialize(param.default);
      if (text !== '') expect(param.codec.parse(text), param.name).toEqual(param.default);
    }
  });
});

describe.each(SHELLS)('%s links', (shell) => {
  const params = paramsOf(shell);

  it('read and write the defaults as no parameter at all (an embed always names its chart)', () => {
    const written = serializeLink(shell, defaultsOf(shell));
    expect(written).toBe(shell === 'embed' ? '#chart=treemap-function' : '');
    expect(parseLink(shell, written)).toEqual({ state: defaultsOf(shell), notices: [] });
  });

  it.each(params.map((param) => [param.name, param] as const))('round-trip %s', (name, param) => {
    const parsed = parseLink(shell, `#${pair(name, sampleOf(param).good)}`);
    expect(parsed.notices).toEqual([]);
    expect(parsed.state).toEqual({ ...defaultsOf(shell), [param.key]: parsed.state[param.key as never] });
    expect(parsed.state[param.key as never]).not.toEqual(param.default);
    const written = serializeLink(shell, parsed.state);
    expect(written).toContain(pair(name, sampleOf(param).good));
    expect(serializeLink(shell, parseLink(shell, written).state)).toBe(written);
  });

  it('round-trip a link that sets every parameter at once', () => {
    const link = `#${params.map((param) => pair(param.name, sampleOf(param).good)).join('&')}`;
    const parsed = parseLink(shell, link);
    expect(parsed.notices).toEqual([]);
    expect(serializeLink(shell, parsed.state)).toBe(link);
  });

  it.each(params.map((param) => [param.name, param] as const))(
    '%s: each bad value gives its notice and the default',
    (name, param) => {
      for (const bad of sampleOf(param).bad) {
        const parsed = parseLink(shell, `#${pair(name, bad)}`);
        expect(parsed.notices, bad).toEqual([{ param: name, value: bad.trim().slice(0, MAX_NOTICE_VALUE) }]);
        expect(parsed.state, bad).toEqual(defaultsOf(shell));
      }
    },
  );

  it('names a parameter that no shell of its address reads, whatever its value', () => {
    const sameAddress = (other: Shell) =>
      (shell === 'app' && other === 'kiosk') || (shell === 'kiosk' && other === 'app');
    for (const param of LINK_PARAMS as readonly Param[]) {
      if (readsParam(shell, param) || params.some((p) => p.name === param.name)) continue;
      const neighbour = SHELLS.some((other) => sameAddress(other) && readsParam(other, param));
      const link = `#${pair(param.name, sampleOf(param).good)}`;
      expect(parseLink(shell, link).notices, `${param.name} in ${shell}`).toEqual(
        neighbour ? [] : [{ param: param.name, value: sampleOf(param).good }],
      );
    }
    expect(parseLink(shell, '#zzz=1&__proto__=x').notices).toEqual([
      { param: 'zzz', value: '1' },
      { param: '__proto__', value: 'x' },
    ]);
  });

  it(`quotes at most ${MAX_NOTICE_VALUE} characters of a value`, () => {
    const notices = parseLink(shell, `#zzz=${'x'.repeat(5000)}&${'y'.repeat(300)}=1`).notices;
    expect(notices.map((n) => n.value.length)).toEqual([MAX_NOTICE_VALUE, 1]);
  });
});

describe('rules every shell shares', () => {
  it('a malformed drill path keeps its well-formed start, with a notice', () => {
    for (const shell of ['app', 'embed', 'slide'] as const) {
      const parsed = parseLink(shell, '#path=210.abc.2101504');
      expect(parsed.state.path).toEqual(['210']);
      expect(parsed.notices).toEqual([{ param: 'path', value: '210.abc.2101504' }]);
    }
  });

  it('a parameter given twice: a valid value replaces the one before, an invalid one is named and ignored', () => {
    expect(state('app', '#view=explore&view=tables').view).toBe('tables');
    const parsed = parseLink('kiosk', '#interval=5&interval=0');
    expect(parsed.state.interval).toBe(5);
    expect(parsed.notices).toEqual([{ param: 'interval', value: '0' }]);
  });

  it('values are trimmed', () => {
    expect(state('embed', '#lang=%20en%20').lang).toBe('en');
    expect(state('kiosk', '#lang=%20alt').lang).toBe('alt');
  });

  it('writes the tour so that slides keep their own parameters and a slide may hold | in its text', () => {
    const tour = ['view=explore&year=2021', 'view=tables&q=a%7Cb'];
    const written = serializeLink('kiosk', { ...defaultsOf('kiosk'), kiosk: true, tour });
    expect(written).toBe(`#kiosk=1&${pair('tour', tour.join('|'))}`);
    expect(parseLink('kiosk', written).state.tour).toEqual(tour);
  });

  it('the kiosk: more than 50 slides keeps the first 50 and says how many it had', () => {
    const parsed = parseLink('kiosk', `#tour=${Array.from({ length: 55 }, () => 'view=overview').join('|')}`);
    expect(parsed.state.tour).toHaveLength(50);
    expect(parsed.notices).toEqual([{ param: 'tour', value: '55 > 50' }]);
  });

  it('the kiosk: a start past the last slide is named, and the tour starts at the first', () => {
    const parsed = parseLink('kiosk', '#start=3&tour=view=overview|view=explore');
    expect(parsed.state.start).toBe(1);
    expect(parsed.notices).toEqual([{ param: 'start', value: '3' }]);
    expect(state('kiosk', '#start=6').start).toBe(6);
  });

  it('the kiosk lists its notices in the order of its parameters, a slide’s with the tour', () => {
    const { notices } = parseLink('kiosk', '#zzz=1&unit=km&start=99&interval=0&tour=|');
    const ordered = inParameterOrder('kiosk', [...notices, { param: 'tour: view', value: 'banana' }]);
    expect(ordered.map((n) => n.param)).toEqual(['tour', 'tour: view', 'interval', 'start', 'unit', 'zzz']);
  });
});
