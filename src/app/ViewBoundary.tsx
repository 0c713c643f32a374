// A view that throws shows a translated message and the way back, never a blank page.
import { Component, type ReactNode } from 'react';
import { Translation } from 'react-i18next';
import { PrerenderHandoff } from '../prerender/handoff';

interface State {
  error: Error | null;
}

export class ViewBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <Translation ns="common">
        {(t) => (
          <div role="alert" className="error-card">
            <PrerenderHandoff />
            <h2>{t('viewError.title')}</h2>
            <p>{t('viewError.body')}</p>
            <code>{this.state.error?.message}</code>
            <p>
              <a className="button" href="#">
                {t('viewError.home')}
              </a>
            </p>
          </div>
        )}
      </Translation>
    );
  }
}
