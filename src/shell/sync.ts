// Keep i18next, <html lang> and the colour theme in step with the view state.
import { useEffect, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { rememberedLanguage } from '../i18n';
import { useViewState } from '../state/use-view-state';
import { DEFAULT_LANG, type Lang } from '../domain/lang';

export function useLanguage(): Lang {
  const [state] = useViewState();
  return state.lang ?? rememberedLanguage() ?? DEFAULT_LANG;
}

export function useLanguageSync(): void {
  const lang = useLanguage();
  const { i18n, t } = useTranslation('common');
  useEffect(() => {
    if (i18n.language !== lang) void i18n.changeLanguage(lang);
    document.documentElement.lang = lang;
    document.title = t('app.documentTitle');
  }, [i18n, lang, t]);
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
