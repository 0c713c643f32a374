// Page frame: skip link, header (title, views, settings), notices, the current view.
import { Suspense, useDeferredValue, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useViewState } from '../state/use-view-state';
import { VIEWS, type View as ViewName } from '../state/link/values';
import { loadedView, VIEW_COMPONENTS, VIEW_PRELOADERS } from '../shell/views';
import { Settings } from './Settings';
import { SearchBox } from '../features/search/SearchBox';
import { UrlNotices } from './UrlNotices';
import { MissingDepartment } from './MissingDepartment';
import { UpdatePrompt } from '../pwa/UpdatePrompt';
import { ViewBoundary } from './ViewBoundary';
import { PrintFooter } from '../features/share/PrintFooter';
import { LoadingScreen } from '../components/LoadingScreen';
import { useDepartment } from '../components/use-department';
import { LibraryPicker } from '../components/department-picker/LibraryPicker';
import { DEFAULT_VIEW_STATE, serializeViewState } from '../state/link/app-link';

/** How long a nav click waits for its view's chunk before switching without it. */
const CHUNK_WAIT_MS = 150;

export function Layout() {
  const { t } = useTranslation('common');
  const [state, navigate] = useViewState();
  const department = useDepartment();
  // A view whose chunk is here renders at once, in one render; otherwise the view being left stays
  // on screen while the next one's chunk loads (a deferred value: its render may suspend without
  // showing the spinner), rather than a loading screen for a moment.
  const deferred = useDeferredValue(state.view);
  const view = loadedView(state.view) ? state.view : deferred;
  // Chosen when the view changes, not on every render: switching a shown view from its lazy
  // component to the loaded one would mount it afresh.
  const View = useMemo(() => loadedView(view) ?? VIEW_COMPONENTS[view], [view]);
  // Pointing at or focusing a link starts fetching its view, ahead of the click.
  const preload = (target: ViewName) => VIEW_PRELOADERS[target]().catch(() => undefined);
  const clicks = useRef(0);
  const open = (target: ViewName) => {
    const click = ++clicks.current;
    const go = () => {
      if (clicks.current === click) navigate({ view: target, path: [], q: '', sort: null }); // a later click wins
    };
    // A click with no pointer or focus before it (a screen reader's, a script's): the view's
    // chunk first, a moment on a fast link, so that it then renders in one go; a slow one does
    // not hold the click up for long (the deferred switch above covers it).
    if (loadedView(target)) go();
    else void Promise.race([preload(target), new Promise((resolve) => setTimeout(resolve, CHUNK_WAIT_MS))]).then(go);
  };
  return (
    <div className="app">
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div className="brand">
          <span className="brand-title">
            {t('app.title', { department: department.name })}
            {department.untranslated && <span className="brand-note"> {t('app.untranslated')}</span>}
            {department.imported && <span className="brand-note"> · {t('app.importedMark')}</span>}
          </span>
          <span className="brand-subtitle">{t('app.subtitle', { years: department.yearList })}</span>
        </div>
        <nav aria-label={t('nav.label')} className="app-nav">
          {VIEWS.map((target) => (
            <a
              key={target}
              href={
                serializeViewState({ ...DEFAULT_VIEW_STATE, view: target, dept: state.dept, lang: state.lang }) || '#'
              }
              aria-current={state.view === target ? 'page' : undefined}
              onPointerEnter={() => void preload(target)}
              onFocus={() => void preload(target)}
              onClick={(event) => {
                event.preventDefault();
                open(target);
              }}
            >
              {t(`nav.${target}`)}
            </a>
          ))}
        </nav>
        <LibraryPicker id="header-department" compact />
        <SearchBox />
        <Settings />
      </header>
      <UrlNotices />
      <MissingDepartment />
      <UpdatePrompt />
      <main id="main" tabIndex={-1} className="app-main">
        {/* The Suspense boundary outlives view changes, so the deferred switch above keeps the
            old view on screen; the error boundary starts afresh with each view. */}
        <Suspense fallback={<LoadingScreen />}>
          <ViewBoundary key={view}>
            <View />
          </ViewBoundary>
        </Suspense>
      </main>
      <footer className="app-footer">
        <p>{t('app.footer', { department: department.name, years: department.yearList })}</p>
      </footer>
      <PrintFooter />
    </div>
  );
}
