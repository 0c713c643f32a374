// What every part of the compare view needs: the two documents the URL asks for, names in the
// reader's language, and the sentence renderers bound to the compare namespace.
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { codeName } from '../../i18n';
import { useDataStore } from '../../state/data-store';
import { compareYears } from '../../state/selectors';
import type { Classification } from '../../state/link/values';
import { useViewState } from '../../state/use-view-state';
import { useLang, useMoney } from '../../components/use-money';
import { formatNumber, resolveUnit } from '../../domain/money-format';
import type { DiffRow } from '../../domain/compare';
import type { BudgetDocument } from '../../domain/schema';
import { lineText, type Translate } from './logic/sentence-text';
import { changePointsText } from './logic/stated-text';
import { lineSentence, type Years } from './logic/sentences';
import '../../i18n/ns/compare';

export interface ComparePair {
  from: BudgetDocument;
  to: BudgetDocument;
  years: Years;
}

/** The documents compared: the URL's from/to, else the earliest and the latest; null with fewer than two. */
export function useComparePair(): ComparePair | null {
  const documents = useDataStore((s) => s.documents);
  const [state] = useViewState();
  return useMemo(() => {
    const pair = compareYears(documents, state.from, state.to);
    if (!pair) return null;
    const [from, to] = pair;
    return { from, to, years: { fromYear: from.year, toYear: to.year } };
  }, [documents, state.from, state.to]);
}

/** A classification line's name in the reader's language (zh: as printed). */
export function useCodeName(cls: Classification): (code: string, printed: string) => string {
  const { i18n } = useTranslation();
  const lang = useLang();
  // Depends on lang: a language switch must give a new function, so memoised rows re-render
  // (the i18n instance itself stays the same object).
  return useCallback(
    (code: string, printed: string) => (lang === 'zh-CN' ? printed : codeName(i18n, cls, code, printed)),
    [i18n, cls, lang],
  );
}

/** t of the compare namespace in the shape the pure sentence code takes. */
export function useCompareT(): Translate {
  const { t } = useTranslation('compare');
  return useCallback<Translate>((key, options) => t(key, options ?? {}) as string, [t]);
}

/** The generated sentence of one diff row. */
export function useRowSentence(cls: Classification, years: Years): (row: DiffRow) => string {
  const t = useCompareT();
  const { lang, printsFen } = useMoney();
  const nameOf = useCodeName(cls);
  return useCallback(
    (row: DiffRow) => lineText(t, lang, lineSentence(row, nameOf(row.code, row.name), years), printsFen),
    [t, lang, printsFen, nameOf, years],
  );
}

/**
 * Axis ticks (fen) in the reader's unit, without the unit's fixed decimals (round ticks need
 * none). A float division is fine here: a tick is a round number the scale chose, shown with at
 * most three decimals.
 */
export function useAxisMoney(): (fen: number) => string {
  const { lang, unit } = useMoney();
  const divisor = resolveUnit(unit, lang).divisor;
  return useCallback((fen: number) => formatNumber(fen / divisor, lang), [divisor, lang]);
}

/** A change of a share in percentage points, the compare view's wording (no "+<0.1"). */
export function usePointsText(): (pp: number) => string {
  const { t } = useTranslation('compare');
  const lang = useLang();
  return useCallback((pp: number) => changePointsText(pp, lang, t('points.aboutZero')), [t, lang]);
}
