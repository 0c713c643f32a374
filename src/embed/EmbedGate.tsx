// Loading and error states of the embed, small enough for a frame in an article. A pinned
// version the site does not have gets its own message: the chart cannot be shown as published,
// and the reader is pointed to the live dashboard instead of being shown other figures.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { UnknownVersionError } from '../data/load-pinned';
import { useDataStore } from '../state/data-store';
import { OpenFullLink } from './OpenFullLink';
import '../i18n/ns/embed';

export function EmbedGate({ children, onRetry }: { children: ReactNode; onRetry: () => void }) {
  const { t } = useTranslation('embed');
  const status = useDataStore((s) => s.status);
  const error = useDataStore((s) => s.error);
  if (status === 'error' && error instanceof UnknownVersionError) {
    return (
      <div role="alert" className="embed-message">
        <h1 className="embed-title">{t('unknownVersion.title')}</h1>
        <p>{t('unknownVersion.body', { hash: error.hash })}</p>
        <OpenFullLink />
      </div>
    );
  }
  if (status === 'error' && error) {
    return (
      <div role="alert" className="embed-message">
        <h1 className="embed-title">{t('error.title')}</h1>
        <p>
          <code>{error.file}</code>: {error.detail}
        </p>
        <button type="button" className="button" onClick={onRetry}>
          {t('error.retry')}
        </button>
      </div>
    );
  }
  if (status !== 'ready') {
    return (
      <p role="status" className="embed-message" aria-busy="true" data-waiting>
        {t('loading')}
      </p>
    );
  }
  return <>{children}</>;
}
