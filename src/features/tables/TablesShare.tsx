// The share menu of a budget table: the rows are the table's lines with the view's filter and
// sort (hier-share.ts); the picture is the table drawn as SVG (there is no chart to copy).
import { useTranslation } from 'react-i18next';
import { unitLabel } from '../../domain/money-format';
import { useViewState } from '../../state/use-view-state';
import type { TableId } from '../../state/link/values';
import { useMoney } from '../../components/use-money';
import { hierShareTable, type HierSection } from '../../components/hier-table/hier-share';
import { ShareSlot } from '../../components/share-slot/ShareSlot';
import '../../i18n/ns/share';

interface Props<R> {
  table: TableId;
  title: string;
  sections: readonly HierSection<R>[];
}

export function TablesShare<R>({ table, title, sections }: Props<R>) {
  const { t } = useTranslation('share');
  const [state] = useViewState();
  const { lang } = useMoney();
  const rows = () =>
    hierShareTable(sections, {
      query: state.q,
      sort: state.sort,
      lang,
      labels: {
        section: t('columns.section'),
        code: t('columns.code'),
        name: t('columns.name'),
        share: t('columns.share'),
        totals: t('columns.totals'),
        percent: (header) => t('columns.percent', { label: header }),
      },
    });
  return (
    <ShareSlot
      title={title}
      subtitle={(shown) => t('titles.tableSubtitle', { unit: unitLabel(shown, lang) })}
      rows={rows}
      embedChart={`table-${table}`}
    />
  );
}
