// Where the reader is in the drill: the top, then each opened line. Every step but the current one
// is a button back to it; the current one is marked with aria-current.
import { useTranslation } from 'react-i18next';
import '../../i18n/ns/explore';

export interface Crumb {
  /** the path that shows this step */
  path: string[];
  label: string;
}

export function DrillBreadcrumb({ crumbs, onGo }: { crumbs: Crumb[]; onGo: (path: string[]) => void }) {
  const { t } = useTranslation('explore');
  return (
    <nav aria-label={t('breadcrumb.label')} className="explore-breadcrumb">
      <ol>
        {crumbs.map((crumb, i) => {
          const current = i === crumbs.length - 1;
          return (
            <li key={crumb.path.join('.') || 'top'}>
              {current ? (
                <span aria-current="location">{crumb.label}</span>
              ) : (
                <button type="button" className="link-button" onClick={() => onGo(crumb.path)}>
                  {crumb.label}
                </button>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
