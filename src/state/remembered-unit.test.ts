import { afterEach, describe, expect, it, vi } from 'vitest';
import { effectiveUnit, rememberUnit, rememberedUnit } from './remembered-unit';
import { parseViewState, serializeViewState } from './link/app-link';

function fakeStorage(): Storage {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
    clear: () => items.clear(),
    key: () => null,
    get length() {
      return items.size;
    },
  };
}

afterEach(() => vi.unstubAllGlobals());

describe('remembered unit', () => {
  it('remembers the last unit chosen under hsa-budget.unit and ignores anything else stored there', () => {
    const storage = fakeStorage();
    vi.stubGlobal('localStorage', storage);
    expect(rememberedUnit()).toBeNull();
    rememberUnit('yuan');
    expect(storage.getItem('hsa-budget.unit')).toBe('yuan');
    expect(rememberedUnit()).toBe('yuan');
    storage.setItem('hsa-budget.unit', 'km');
    expect(rememberedUnit()).toBeNull();
  });

  it('survives blocked storage', () => {
    vi.stubGlobal('localStorage', {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('blocked');
      },
    });
    expect(() => rememberUnit('mid')).not.toThrow();
    expect(rememberedUnit()).toBeNull();
  });

  it('lets the URL win, including an explicit auto; without one the remembered unit, else auto', () => {
    const unitOf = (hash: string, remembered: 'yuan' | null) =>
      effectiveUnit(parseViewState(hash).state.unit, remembered);
    expect(unitOf('#view=tables&unit=large', 'yuan')).toBe('large');
    expect(unitOf('#view=tables&unit=auto', 'yuan')).toBe('auto');
    expect(unitOf('#view=tables', 'yuan')).toBe('yuan');
    expect(unitOf('#view=tables', null)).toBe('auto');
  });

  it('writes a unit to the URL only when the URL had one (absent is the default, auto is a choice)', () => {
    expect(serializeViewState(parseViewState('#view=tables').state)).toBe('#view=tables');
    expect(serializeViewState(parseViewState('#view=tables&unit=auto').state)).toBe('#view=tables&unit=auto');
  });
});
