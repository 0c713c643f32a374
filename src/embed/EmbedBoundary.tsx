// A chart that throws in the embed shows a translated message and the way to the full dashboard,
// never an empty frame in the article (the app's own boundary, src/app/ViewBoundary.tsx, links
// to the app's home, which inside an iframe would replace the chart with another).
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { OpenFullLink } from './OpenFullLink';
import '../i18n/ns/embed';

export function EmbedBoundary({ children }: { children: ReactNode }) {
  const { t } = useTranslation('embed');
  return (
    <ErrorBoundary
      fallback={(error) => (
        <div role="alert" className="embed-message">
          <h1 className="embed-title">{t('chartError.title')}</h1>
          <p>{t('chartError.body')}</p>
          <code>{error.message}</code>
          {/* A chart module that failed to load stays failed until the frame loads again. */}
          <button type="button" className="button" onClick={() => window.location.reload()}>
            {t('error.retry')}
          </button>
          <OpenFullLink />
        </div>
      )}
    >
      {children}
    </ErrorBoundary>
  );
}
