// Keep i18next, <html lang>, the colour theme and the department shown in step with the view state.
import { useEffect, useRef, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { rememberedLanguage } from '../i18n';
import { useViewState } from '../state/use-view-state';
import { DEFAULT_LANG, type Lang } from '../domain/lang';
import { useDataStore } from '../state/data-store';
import { useDepartment } from '../components/use-department';
import type { FetchText } from '../data/load-documents';

export function useLanguage(): Lang {
  const [state] = useViewState();
  return state.lang ?? rememberedLanguage() ?? DEFAULT_LANG;
}

export function useLanguageSync(): void {
  const lang = useLanguage();
  const { i18n, t } = useTranslation('common');
  const department = useDepartment().name;
  useEffect(() => {
    if (i18n.language !== lang) void i18n.changeLanguage(lang);
    document.documentElement.lang = lang;
    // Before the data is here, the page's own title (the featured department's) stays.
    if (department) document.title = t('app.documentTitle', { department });
  }, [i18n, lang, t, department]);
}

// One MediaQueryList for the page: matchMedia() creates a new one on every call, and calling it
// on each render (useSyncExternalStore reads the snapshot often) piles them up in a kiosk that
// runs for hours.
let darkQueryList: MediaQueryList | undefined;
const darkQuery = () => (darkQueryList ??= globalThis.matchMedia?.('(prefers-color-scheme: dark)'));

function subscribeDark(listener: () => void) {
  const query = darkQuery();
  query?.addEventListener('change', listener);
  return () => query?.removeEventListener('change', listener);
}

function useResolvedTheme(): 'light' | 'dark' {
  const [state] = useViewState();
  const systemDark = useSyncExternalStore(
    subscribeDark,
    () => darkQuery()?.matches ?? false,
    () => false,
  );
  if (state.theme === 'auto') return systemDark ? 'dark' : 'light';
  return state.theme;
}

export function useThemeSync(): void {
  const theme = useResolvedTheme();
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
    document.documentElement.style.colorScheme = theme;
  }, [theme]);
}

/**
 * Loads the department of the link: the first time with the shell's load options, then on each
 * change of `dept` (the picker, back and forward, an opened import).
 */
export function useDepartmentSync(options?: { fetcher?: FetchText }): void {
  const [{ dept }] = useViewState();
  const load = useDataStore((s) => s.load);
  const showDepartment = useDataStore((s) => s.showDepartment);
  const loaded = useRef(false);
  useEffect(() => {
    if (!loaded.current) {
      loaded.current = true;
      void load({ ...options, dept });
    } else void showDepartment(dept);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the options of the first load only
  }, [dept, load, showDepartment]);
}
