// A line without children, shown in detail: every measure of its classification (for a 项: the
// total and its basic/project split), the exact yuan figure to cite, its code and its shares.
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Money } from '../../components/Money';
import { useMoney } from '../../components/use-money';
import type { ExploreItem } from './explore-model';
import '../../i18n/ns/explore';

interface Props {
  item: ExploreItem;
  name: string;
  parentName: string;
  measureLabel: string;
  share: (ratio: number | null) => string;
  onClose: () => void;
  ref?: Ref<HTMLElement>;
}

export function LeafDetails({ item, name, parentName, measureLabel, share, onClose, ref }: Props) {
  const { t } = useTranslation('explore');
  const { exact } = useMoney();
  return (
    <section ref={ref} tabIndex={-1} className="card explore-leaf" aria-label={t('leaf.label', { name })}>
      <div className="explore-leaf-head">
        <h2>{name}</h2>
        <button type="button" className="button" onClick={onClose}>
          {t('leaf.close')}
        </button>
      </div>
      <dl className="explore-leaf-figures">
        {item.values.map(({ measure, value }) => (
          <div key={measure} className={measure === 'total' ? 'explore-leaf-main' : undefined}>
            <dt>{t(`measure.${measure}`)}</dt>
            <dd>
              <Money fen={value} />
            </dd>
          </div>
        ))}
        <div>
          <dt>{t('leaf.exact')}</dt>
          <dd className="num" data-testid="leaf-exact">
            {exact(item.values[0]?.value ?? item.value)}
          </dd>
        </div>
        <div>
          <dt>{t('leaf.ofParent', { parent: parentName, measure: measureLabel })}</dt>
          <dd className="num">{share(item.ofParent)}</dd>
        </div>
        <div>
          <dt>{t('leaf.ofTotal', { measure: measureLabel })}</dt>
          <dd className="num">{share(item.ofTotal)}</dd>
        </div>
        <div>
          <dt>{t('leaf.code')}</dt>
          <dd>
            <code>{item.code}</code>
          </dd>
        </div>
      </dl>
    </section>
  );
}
