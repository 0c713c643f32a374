// Page frame: skip link, header (title, views, settings), notices, the current view.
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useViewState } from '../state/use-view-state';
import { VIEWS } from '../state/url-state';
import { VIEW_COMPONENTS } from './views';
import { Settings } from './Settings';
import { SearchBox } from '../features/search/SearchBox';
import { UrlNotices } from './UrlNotices';
import { UpdatePrompt } from '../pwa/UpdatePrompt';
import { ViewBoundary } from './ViewBoundary';
import { PrintFooter } from '../components/PrintFooter';
import { LoadingScreen } from '../components/LoadingScreen';
import { PrerenderHandoff } from '../prerender/handoff';

export function Layout() {
  const { t } = useTranslation('common');
  const [state, navigate] = useViewState();
  const View = VIEW_COMPONENTS[state.view];
  return (
    <div className="app">
      <a className="skip-link" href="#main" onClick={(e) => { e.preventDefault(); document.getElementById('main')?.focus(); }}>
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div className="brand">
          <span className="brand-title">{t('app.title')}</span>
          <span className="brand-subtitle">{t('app.subtitle')}</span>
        </div>
        <nav aria-label={t('nav.label')} className="app-nav">
          {VIEWS.map((view) => (
            <a
              key={view}
              href={`#${view === 'overview' ? '' : `view=${view}`}`}
              aria-current={state.view === view ? 'page' : undefined}
              onClick={(event) => {
                event.preventDefault();
                navigate({ view, path: [], q: '', sort: null });
              }}
            >
              {t(`nav.${view}`)}
            </a>
          ))}
        </nav>
        <SearchBox />
        <Settings />
      </header>
      <UrlNotices />
      <UpdatePrompt />
      <main id="main" tabIndex={-1} className="app-main">
        <ViewBoundary key={state.view}>
          <Suspense fallback={<LoadingScreen />}>
            <View />
            <PrerenderHandoff />
          </Suspense>
        </ViewBoundary>
      </main>
      <footer className="app-footer">
        <p>{t('app.footer')}</p>
      </footer>
      <PrintFooter />
    </div>
  );
}
