// Money as the reader chose to see it: the unit switch and the language, applied everywhere.
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney, formatMoneyExact, type MoneyOptions } from '../domain/money-format';
import { useDataStore } from '../state/data-store';
import { useViewState } from '../state/use-view-state';
import { effectiveUnit, rememberedUnit } from '../state/remembered-unit';
import type { UnitParam } from '../state/link/values';
import type { Lang } from '../domain/lang';

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

/**
 * Whether 元 figures show their fen: when a loaded document prints fen (BudgetDocument.printsFen).
 * Decided for the loaded documents together, not per document: the overview, compare and the
 * timelines set the years side by side, and one column of figures must have one resolution.
 * The HSA documents print whole yuan, so they read as printed ("246,530,872元").
 */
function usePrintsFen(): boolean {
  return useDataStore((s) => s.documents.some((doc) => doc.printsFen));
}

/** Money in fen, formatted in the reader's unit and language; `options` for the domain formatters. */
export function useMoney() {
  const unit = useUnit();
  const lang = useLang();
  const printsFen = usePrintsFen();
  const options = useMemo<MoneyOptions>(() => ({ lang, unit, printsFen }), [lang, unit, printsFen]);
  const format = useCallback((fen: number) => formatMoney(fen, options), [options]);
  const exact = useCallback((fen: number) => formatMoneyExact(fen, lang, { printsFen }), [lang, printsFen]);
  return { format, exact, lang, unit, printsFen, options };
}
