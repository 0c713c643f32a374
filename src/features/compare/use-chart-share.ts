// What every compare chart's share menu says besides the chart: the unit line drawn under the
// title of its PNG/SVG ("2021年与2026年 · 单位：万元"; data files say 元, as their columns do), and
// the link's compared years, written out even where the URL leaves them to defaults, so the link
// keeps showing these two years when a later budget is added. The rest of the comparison (cls,
// level, rank, sort, path) is the view state the link carries anyway.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { unitLabel } from '../../domain/money-format';
import { useLang } from '../../components/use-money';
import type { UnitParam } from '../../state/link/values';
import type { ViewState } from '../../state/link/app-link';
import { useComparePair } from './use-compare';
import '../../i18n/ns/compare';

export function useChartShare(unitText?: string): {
  subtitle: (unit: UnitParam) => string;
  linkState: Partial<ViewState>;
} {
  const { t } = useTranslation('compare');
  const lang = useLang();
  const years = useComparePair()?.years;
  const subtitle = useCallback(
    (unit: UnitParam) => {
      const unitLine = t('share.unit', { unit: unitText ?? unitLabel(unit, lang) });
      return years ? t('share.subtitle', { from: years.fromYear, to: years.toYear, unitLine }) : unitLine;
    },
    [t, lang, unitText, years],
  );
  return {
    subtitle,
    linkState: years ? { view: 'compare', from: years.fromYear, to: years.toYear } : { view: 'compare' },
  };
}
