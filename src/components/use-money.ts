// Money as the reader chose to see it: the unit switch and the language, applied everywhere.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney, formatMoneyExact } from '../domain/money-format';
import { useViewState } from '../state/use-view-state';
import { effectiveUnit, rememberedUnit } from '../state/remembered-unit';
import type { UnitParam } from '../state/url-state';

export type Lang = 'zh-CN' | 'en';

export function useLang(): Lang {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'zh-CN';
}

/**
 * The unit money is shown in: the URL's `unit`, else the one last chosen on this browser, else
 * 'auto'. (Choosing a unit in the settings writes it to the URL too, so the page updates at once.)
 */
export function useUnit(): UnitParam {
  const [state] = useViewState();
  return effectiveUnit(state.unit, state.unit === null ? rememberedUnit() : null);
}

export function useMoney() {
  const unit = useUnit();
  const lang = useLang();
  const format = useCallback((yuan: number) => formatMoney(yuan, { lang, unit }), [lang, unit]);
  const exact = useCallback((yuan: number) => formatMoneyExact(yuan, lang), [lang]);
  return { format, exact, lang, unit };
}
