// The unit the reader last chose in the settings, remembered on this browser like the language
// (src/i18n/index.ts), so a new visit without `unit` in its link shows money the same way. The
// URL's value always wins; an embed and the kiosk always set theirs and never read this.
import { UNITS, type UnitParam } from './link/values';

const STORAGE_KEY = 'hsa-budget.unit';

export function rememberedUnit(): UnitParam | null {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
    return (UNITS as readonly string[]).includes(stored ?? '') ? (stored as UnitParam) : null;
  } catch {
    return null; // storage blocked (private mode, sandboxed iframe): 'auto'
  }
}

export function rememberUnit(unit: UnitParam): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, unit);
  } catch {
    // storage blocked: the URL still carries the unit
  }
}

/** The unit money is shown in: the URL's, else the remembered one, else 'auto'. */
export function effectiveUnit(inUrl: UnitParam | null, remembered: UnitParam | null): UnitParam {
  return inUrl ?? remembered ?? 'auto';
}
