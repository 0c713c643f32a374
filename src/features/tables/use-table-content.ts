// One table of a document, as sections for the hierarchical table, in the current language: shared
// by the Tables view and the embedded table so that both show exactly the same rows.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { BudgetDocument } from '../../domain/schema';
import { codeName } from '../../i18n';
import { useLang } from '../../components/use-money';
import type { TableId } from '../../state/link/values';
import { tableContent, type TableContent } from './table-sections';
import '../../i18n/ns/tables';

export function useTableContent(doc: BudgetDocument | undefined, id: TableId): TableContent | null {
  const { t, i18n } = useTranslation('tables');
  const lang = useLang();
  return useMemo(
    () =>
      doc
        ? tableContent(doc, id, {
            t: (key, options) => t(key, options ?? {}),
            nameOf: (classification, code, printed) => codeName(i18n, classification, code, printed),
            printed: lang === 'zh-CN',
          })
        : null,
    [doc, id, t, i18n, lang],
  );
}
