// The texts every option of the picker shows, translated once per language rather than once per
// option (a keystroke may draw a hundred of them); a hundred options share a few sets of years.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { yearRuns } from '../../domain/department-search';
import type { OptionTexts } from './DepartmentOption';
import '../../i18n/ns/picker';

export function useOptionTexts(): OptionTexts {
  const { t } = useTranslation('picker');
  return useMemo(() => {
    const labels = new Map<string, string>();
    const years = (of: readonly number[]) => {
      const key = of.join();
      let label = labels.get(key);
      if (label === undefined) {
        const runs = yearRuns(of).map(([from, to]) => (from === to ? String(from) : t('yearRange', { from, to })));
        label = t('years', { list: runs.join(t('yearSeparator')) });
        labels.set(key, label);
      }
      return label;
    };
    return { years, unit: t('unit'), imported: t('imported'), noEnglish: t('noEnglish'), current: t('current') };
  }, [t]);
}
