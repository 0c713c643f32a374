// The share menu of an Explore treemap level. The view hands in what it shows (its items, in
// its order, and its caption); the rows are those items: code, name in the current language,
// the amount in the measure (fen; yuan in the files) and the share of the level. Structural props, so that the
// component does not depend on the Explore feature.
import { useTranslation } from 'react-i18next';
import { unitLabel } from '../../domain/money-format';
import { useMoney } from '../../components/use-money';
import { ShareSlot } from '../../components/share-slot/ShareSlot';
import type { ShareTable } from '../../domain/share-table';
import '../../i18n/ns/share';

interface LevelItem {
  code: string;
  name: string;
  value: number;
  ofParent: number | null;
}

interface Props {
  cls: 'function' | 'economic';
  year: number;
  items: readonly LevelItem[];
  caption: string;
  measureLabel: string;
  nameOf: (code: string, printed: string) => string;
}

/** The treemap's drawing on the page (the shared DrillTreemap draws one svg.treemap-svg). */
const treemapSvg = (): SVGElement | null => document.querySelector<SVGSVGElement>('#main .tm-chart svg.treemap-svg');

export function ExploreShare({ cls, year, items, caption, measureLabel, nameOf }: Props) {
  const { t } = useTranslation('share');
  const { lang } = useMoney();
  const rows = (): ShareTable => ({
    columns: [
      { key: 'code', label: t('columns.code'), kind: 'code' },
      { key: 'name', label: t('columns.name'), kind: 'text' },
      { key: 'value', label: measureLabel, kind: 'money' },
      { key: 'share', label: t('columns.levelShare'), kind: 'number' },
    ],
    rows: items.map((item) => ({
      code: item.code,
      name: nameOf(item.code, item.name),
      value: item.value,
      share: item.ofParent === null ? null : Math.round(item.ofParent * 10_000) / 100,
    })),
  });
  return (
    <ShareSlot
      title={t(`titles.treemap.${cls}`, { year })}
      subtitle={(shown) => t('titles.subtitle', { caption, unit: unitLabel(shown, lang) })}
      getSvg={treemapSvg}
      rows={rows}
      embedChart={`treemap-${cls}`}
    />
  );
}
