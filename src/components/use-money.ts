// Money as the reader chose to see it: the unit switch and the language, applied everywhere.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney, formatMoneyExact } from '../domain/money-format';
import { useViewState } from '../state/use-view-state';

export type Lang = 'zh-CN' | 'en';

export function useLang(): Lang {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'zh-CN';
}

export function useMoney() {
  const [state] = useViewState();
  const lang = useLang();
  const format = useCallback((yuan: number) => formatMoney(yuan, { lang, unit: state.unit }), [lang, state.unit]);
  const exact = useCallback((yuan: number) => formatMoneyExact(yuan, lang), [lang]);
  return { format, exact, lang, unit: state.unit };
}
