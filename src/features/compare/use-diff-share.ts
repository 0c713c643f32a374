// The data-file rows of a chart of classification lines (change bars, change treemap), with the
// column headers and the names and status words of the reader's language.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { DiffRow } from '../../domain/compare';
import type { ShareTable } from '../../domain/share-table';
import type { Classification } from '../../state/link/values';
import { diffShareTable } from './logic/share-rows';
import type { Years } from './logic/sentences';
import { useCodeName } from './use-compare';
import '../../i18n/ns/compare';

export function useDiffShare(cls: Classification, years: Years): (rows: readonly DiffRow[]) => ShareTable {
  const { t } = useTranslation('compare');
  const nameOf = useCodeName(cls);
  return useCallback(
    (rows: readonly DiffRow[]) =>
      diffShareTable(
        rows,
        {
          code: t('share.code'),
          name: t('lines.name'),
          status: t('lines.status'),
          from: t('lines.amount', { year: years.fromYear }),
          to: t('lines.amount', { year: years.toYear }),
          change: t('lines.change'),
          pct: t('share.pctColumn'),
        },
        (row) => nameOf(row.code, row.name),
        (row) => (row.status === 'new' || row.status === 'removed' ? t(`status.${row.status}`) : ''),
      ),
    [t, nameOf, years],
  );
}
