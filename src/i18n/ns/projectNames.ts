// Registers the 'projectNames' texts (see ../registry.ts); imported by each file that uses them.
// The documents publish project names in Chinese only; this namespace gives our English
// translation of each, keyed by the name exactly as printed (so the key is the Chinese text).
import type { i18n as I18n } from 'i18next';
import en from '../locales/en/projectNames.json';
import zh from '../locales/zh-CN/projectNames.json';
import { registerNamespace } from '../registry';

registerNamespace('projectNames', { 'zh-CN': zh, en });

// A printed name may hold "." or ":" (e.g. "系统2.0"), which i18next would read as a key path or
// a namespace: look the name up as one flat key.
const FLAT = { ns: 'projectNames', lng: 'en', keySeparator: false, nsSeparator: false } as const;

/** Our English name of a project, whatever the current language; undefined when there is none yet. */
export function englishProjectName(i18n: I18n, printedName: string): string | undefined {
  return i18n.exists(printedName, FLAT) ? i18n.t(printedName, FLAT) : undefined;
}
