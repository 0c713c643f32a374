// Page frame: skip link, header (title, views, settings), notices, the current view.
import { Suspense, useDeferredValue } from 'react';
import { useTranslation } from 'react-i18next';
import { useViewState } from '../state/use-view-state';
import { VIEWS } from '../state/url-state';
import { VIEW_COMPONENTS, VIEW_PRELOADERS } from './views';
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
  // The view being left stays on screen while the next one's chunk loads (a deferred value: its
  // render may suspend without showing the spinner), rather than a loading screen for a moment.
  const view = useDeferredValue(state.view);
  const View = VIEW_COMPONENTS[view];
  // Pointing at or focusing a link starts fetching its view, ahead of the click.
  const preload = (target: keyof typeof VIEW_PRELOADERS) => () => void VIEW_PRELOADERS[target]().catch(() => undefined);
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
          {VIEWS.map((target) => (
            <a
              key={target}
              href={`#${target === 'overview' ? '' : `view=${target}`}`}
              aria-current={state.view === target ? 'page' : undefined}
              onPointerEnter={preload(target)}
              onFocus={preload(target)}
              onClick={(event) => {
                event.preventDefault();
                // A click with no pointer or focus before it (a screen reader's, a script's): the
                // fetch starts now rather than when the next view first renders.
                preload(target)();
                navigate({ view: target, path: [], q: '', sort: null });
              }}
            >
              {t(`nav.${target}`)}
            </a>
          ))}
        </nav>
        <SearchBox />
        <Settings />
      </header>
      <UrlNotices />
      <UpdatePrompt />
      <main id="main" tabIndex={-1} className="app-main">
        {/* The Suspense boundary outlives view changes, so the deferred switch above keeps the
            old view on screen; the error boundary starts afresh with each view. */}
        <Suspense fallback={<LoadingScreen />}>
          <ViewBoundary key={view}>
            {/* Before the view: its layout effect shows the app's root first, so the view's own
                layout effects measure it on screen (a chart's width), not hidden. */}
            <PrerenderHandoff />
            <View />
          </ViewBoundary>
        </Suspense>
      </main>
      <footer className="app-footer">
        <p>{t('app.footer')}</p>
      </footer>
      <PrintFooter />
    </div>
  );
}
