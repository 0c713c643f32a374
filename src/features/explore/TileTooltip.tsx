// The tooltip of a tile: amount, share of the line above, share of the total, and the code.
import { useTranslation } from 'react-i18next';
import { useMoney } from '../../components/use-money';
import type { ExploreItem } from './explore-model';
import '../../i18n/ns/explore';

interface Props {
  name: string;
  item: ExploreItem;
  parentName: string;
  share: (ratio: number | null) => string;
}

export function TileTooltip({ name, item, parentName, share }: Props) {
  const { t } = useTranslation('explore');
  const { format } = useMoney();
  return (
    <>
      <strong className="explore-tip-name">{name}</strong>
      <dl className="explore-tip">
        <dt>{t('tooltip.amount')}</dt>
        <dd className="num">{format(item.value)}</dd>
        <dt>{t('tooltip.ofParent', { parent: parentName })}</dt>
        <dd className="num">{share(item.ofParent)}</dd>
        <dt>{t('tooltip.ofTotal')}</dt>
        <dd className="num">{share(item.ofTotal)}</dd>
        <dt>{t('tooltip.code')}</dt>
        <dd>
          <code>{item.code}</code>
        </dd>
      </dl>
    </>
  );
}
