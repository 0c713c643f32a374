// A view that throws shows a translated message and the way back, never a blank page.
import type { ReactNode } from 'react';
import { Translation } from 'react-i18next';
import { ErrorBoundary } from '../components/ErrorBoundary';

export function ViewBoundary({ children }: { children: ReactNode }) {
  return (
    <ErrorBoundary
      fallback={(error) => (
        <Translation ns="common">
          {(t) => (
            <div role="alert" className="error-card">
              <h2>{t('viewError.title')}</h2>
              <p>{t('viewError.body')}</p>
              <code>{error.message}</code>
              <p>
                <a className="button" href="#">
                  {t('viewError.home')}
                </a>
              </p>
            </div>
          )}
        </Translation>
      )}
    >
      {children}
    </ErrorBoundary>
  );
}
