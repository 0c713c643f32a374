// The way out of an embed that cannot show its chart: the full dashboard, in a new tab so the
// reader does not leave the article.
import { useTranslation } from 'react-i18next';
import { appUrl } from '../features/share/links';
import '../i18n/ns/embed';

export function OpenFullLink() {
  const { t } = useTranslation('embed');
  return (
    <p>
      <a href={appUrl('', window.location.href)} target="_blank" rel="noopener">
        {t('openFull')}
      </a>
    </p>
  );
}
