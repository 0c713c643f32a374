// Where the change treemap is: the top, then each opened line; every step but the last goes back.
import { useTranslation } from 'react-i18next';
import '../../i18n/ns/compare';

interface Props {
  steps: { code: string; name: string }[];
  /** go to the given depth: 0 is the top */
  onGo: (depth: number) => void;
}

export function TreemapCrumbs({ steps, onGo }: Props) {
  const { t } = useTranslation('compare');
  const all = [{ code: '', name: t('treemap.top') }, ...steps];
  return (
    <nav aria-label={t('treemap.crumbs')} className="cmp-crumbs">
      <ol>
        {all.map((step, depth) => (
          <li key={step.code || 'top'}>
            {depth === all.length - 1 ? (
              <span aria-current="location">{step.name}</span>
            ) : (
              <button type="button" className="link-button" onClick={() => onGo(depth)}>
                {step.name}
              </button>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
