// A file's size in the reader's language: 812 bytes, 9.6 KB, 184 KB, 1.2 MB.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../domain/money-format';
import { useLang } from '../../components/use-money';
import { fileSize } from './library-names';
import '../../i18n/ns/library';

export function useFileSize(): (bytes: number) => string {
  const { t } = useTranslation('library');
  const lang = useLang();
  return useCallback(
    (bytes: number) => {
      const { unit, value } = fileSize(bytes);
      if (unit === 'bytes') return t('size.bytes', { count: value });
      return t(`size.${unit}`, { n: formatNumber(value, lang) });
    },
    [t, lang],
  );
}
