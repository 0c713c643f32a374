// i18n setup. Each feature owns a namespace file per language
// (src/i18n/locales/<lang>/<namespace>.json); a unit test checks that zh-CN and en have the same
// keys. Classification names live in the `codes` namespace, keyed by classification and code
// (`function.2101504`, `economic.30201`).
import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { attachInstance } from './registry';
import { LANGS, DEFAULT_LANG, type Lang } from '../domain/lang';

const STORAGE_KEY = 'hsa-budget.lang';

type Resources = Record<string, Record<string, Record<string, unknown>>>;

// In every entry: the shell's text and the classification names (codeName below). The other
// namespaces come with the code that uses them (./registry.ts).
const modules = import.meta.glob<{ default: Record<string, unknown> }>('./locales/*/{common,codes}.json', {
  eager: true,
});

function collectResources(files: Record<string, { default: Record<string, unknown> }>): Resources {
  const resources: Resources = {};
  for (const [path, module] of Object.entries(files)) {
    const match = /locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
    if (!match?.[1] || !match[2]) continue;
    (resources[match[1]] ??= {})[match[2]] = module.default;
  }
  return resources;
}

function isLanguage(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

export function rememberedLanguage(): Lang | null {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
    return isLanguage(stored) ? stored : null;
  } catch {
    return null; // storage blocked (private mode, sandboxed iframe): fall back to the default
  }
}

export function rememberLanguage(lang: Lang): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, lang);
  } catch {
    // storage blocked: the URL still carries the language
  }
}

export function createI18n(initial: Lang): I18n {
  const resources = collectResources(modules);
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: initial,
    fallbackLng: false,
    ns: Object.keys(resources[DEFAULT_LANG] ?? {}), // the rest are added by attachInstance
    defaultNS: 'common',
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
    // A key with no text (a namespace whose registration was not imported, a typo) is a bug:
    // say so in the console, which the browser tests watch on every view in both languages.
    saveMissing: true,
    missingKeyHandler: (languages: readonly string[], namespace: string, key: string) => {
      console.error(`i18n: no text for ${namespace}:${key} (${languages.join(', ')})`);
    },
    initAsync: false, // resources are bundled: ready synchronously, no flash of keys
  });
  attachInstance(instance);
  return instance;
}

/** The English (or Chinese) name of a classification line; falls back to the printed name. */
export function codeName(i18n: I18n, classification: 'function' | 'economic', code: string, printed: string): string {
  if (i18n.language === 'zh-CN') return printed;
  const key = `codes:${classification}.${code}`;
  return i18n.exists(key) ? i18n.t(key) : printed;
}
