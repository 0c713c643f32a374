// What the page shows when the app cannot start at all: its script failed to load (the connection
// dropped, a deploy replaced it) or an error escaped every boundary. Rendered at build time in both
// languages into a <template> (scripts/vite/prerender.ts), because at that point no script of the
// app can render it; public/prerender-boot.js and showStartFailure below put it on screen. The
// reload link needs no script: it loads the same address again, hash and all.
import { useTranslation } from 'react-i18next';

export function StartFailure() {
  const { t } = useTranslation('common');
  return (
    <div role="alert" className="error-card">
      <h1>{t('bootError.title')}</h1>
      <p>{t('bootError.body')}</p>
      <p>
        <a className="button primary" href="">
          {t('bootError.reload')}
        </a>
      </p>
    </div>
  );
}
