import { describe, expect, it } from 'vitest';
import { languageForRound, parseKioskConfig } from './kiosk-params';
import { isKioskRequested } from '../../state/link/kiosk-link';

describe('kiosk parameters', () => {
  it('turns on with #kiosk, #kiosk=1 or #kiosk=true, not with #kiosk=0 or without', () => {
    expect(isKioskRequested('#kiosk')).toBe(true);
    expect(isKioskRequested('#kiosk=1&interval=5')).toBe(true);
    expect(isKioskRequested('#view=explore&kiosk=true')).toBe(true);
    expect(isKioskRequested('#kiosk=0')).toBe(false);
    expect(isKioskRequested('#view=explore')).toBe(false);
    expect(isKioskRequested('')).toBe(false);
  });

  it('has the story tour and readable defaults', () => {
    const config = parseKioskConfig('#kiosk');
    expect(config.slides.map((s) => s.state.view)).toEqual([
      'overview',
      'explore',
      'explore',
      'compare',
      'tables',
      'projects',
    ]);
    expect(config.slides[2]?.state.path).toEqual(['210', '21015']);
    expect(config.slides[4]?.state.table).toBe('threePublic');
    expect(config).toMatchObject({ intervalMs: 20_000, idleMs: 60_000, startIndex: 0, lang: null, notices: [] });
  });

  it('reads interval, idle, start, language, theme and unit', () => {
    const config = parseKioskConfig('#kiosk&interval=2.5&idle=30&start=3&lang=alt&theme=dark&unit=large');
    expect(config).toMatchObject({
      intervalMs: 2_500,
      idleMs: 30_000,
      startIndex: 2,
      lang: 'alt',
      theme: 'dark',
      unit: 'large',
      notices: [],
    });
  });

  it('falls back and reports values it cannot use', () => {
    const config = parseKioskConfig('#kiosk&interval=0&idle=abc&start=99&lang=fr&theme=pink&unit=x');
    expect(config).toMatchObject({
      intervalMs: 20_000,
      idleMs: 60_000,
      startIndex: 0,
      lang: null,
      theme: null,
      unit: null,
    });
    expect(config.notices.map((n) => n.param).sort()).toEqual(['idle', 'interval', 'lang', 'start', 'theme', 'unit']);
  });

  it('reads a custom tour written with encodeURIComponent', () => {
    const tour = ['view=explore&year=2021', 'view=tables&table=threePublic'].map(encodeURIComponent).join('|');
    const config = parseKioskConfig(`#kiosk&tour=${tour}&start=2`);
    expect(config.slides).toHaveLength(2);
    expect(config.slides[0]?.state).toMatchObject({ view: 'explore', year: 2021 });
    expect(config.startIndex).toBe(1);
  });

  it('languages: fixed, or alternating one round each starting from the usual language', () => {
    expect(languageForRound('en', 3, 'zh-CN')).toBe('en');
    expect(languageForRound(null, 1, 'en')).toBe('en');
    expect([0, 1, 2].map((r) => languageForRound('alt', r, 'zh-CN'))).toEqual(['zh-CN', 'en', 'zh-CN']);
    expect([0, 1].map((r) => languageForRound('alt', r, 'en'))).toEqual(['en', 'zh-CN']);
  });
});
