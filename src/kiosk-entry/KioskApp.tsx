// The kiosk shell: wiring only. It loads the data (over HTTP, or from the page itself in the
// single-file build), loads the code of every view the tour shows before it starts (so nothing is
// requested after load), and hands the view registry to the kiosk player, which renders each
// slide with the ordinary view components. See src/features/kiosk for the player.
import { StrictMode, useEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { DataGate } from '../shell/DataGate';
import { useLanguageSync, useThemeSync } from '../shell/sync';
import { VIEW_COMPONENTS, VIEW_FULL_PRELOADERS } from '../shell/views';
import { LoadingScreen } from '../components/LoadingScreen';
import type { FetchText } from '../data/load-documents';
import { KioskPlayer } from '../features/kiosk/KioskPlayer';
import { languageForRound, parseKioskConfig } from '../features/kiosk/kiosk-params';
import { isKioskRequested } from '../state/link/kiosk-link';
import { createI18n, rememberedLanguage } from '../i18n';
import { useDataStore } from '../state/data-store';
import type { View } from '../state/link/values';
import { DEFAULT_LANG } from '../domain/lang';

export interface KioskOptions {
  /** serves the data files; default: fetch over HTTP */
  fetcher?: FetchText;
  /** shown over the tour (the "new version" prompt of the installed app) */
  overlay?: ReactNode;
  /** the single-file build is a kiosk whatever its link says; the app is one only with #kiosk */
  alwaysKiosk?: boolean;
}

const RETRY_DATA_MS = 30_000;

function SlideSync() {
  useLanguageSync();
  useThemeSync();
  return null;
}

function subscribeHash(listener: () => void) {
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
}

/** Load every view chunk of the tour; a chunk that fails is left to the slide, which is skipped. */
function usePreloadedViews(views: View[]): boolean {
  const key = [...new Set(views)].sort().join(',');
  const [loaded, setLoaded] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void Promise.allSettled(key.split(',').map((view) => VIEW_FULL_PRELOADERS[view as View]())).then(() => {
      if (live) setLoaded(key);
    });
    return () => {
      live = false;
    };
  }, [key]);
  return loaded === key;
}

function KioskTour({ hash, overlay }: { hash: string; overlay: ReactNode }) {
  const config = useMemo(() => parseKioskConfig(hash), [hash]);
  const ready = usePreloadedViews(config.slides.map((slide) => slide.state.view));
  if (!ready) return <LoadingScreen />;
  const fallbackLanguage = rememberedLanguage() ?? DEFAULT_LANG;
  return (
    <KioskPlayer
      key={hash}
      config={config}
      views={VIEW_COMPONENTS}
      Sync={SlideSync}
      fallbackLanguage={fallbackLanguage}
    >
      {overlay}
    </KioskPlayer>
  );
}

function KioskApp({ fetcher, overlay, alwaysKiosk }: KioskOptions) {
  const hash = useSyncExternalStore(subscribeHash, () => window.location.hash);
  // The link no longer asks for the kiosk: the full app takes over.
  useEffect(() => {
    if (!alwaysKiosk && !isKioskRequested(hash)) window.location.reload();
  }, [alwaysKiosk, hash]);

  const i18n = useMemo(() => {
    const { lang } = parseKioskConfig(window.location.hash);
    return createI18n(languageForRound(lang, 0, rememberedLanguage() ?? DEFAULT_LANG));
  }, []);

  const load = useDataStore((s) => s.load);
  const status = useDataStore((s) => s.status);
  const showDepartment = useDataStore((s) => s.showDepartment);
  // The tour's department follows the address: a kiosk whose link is edited shows the new one.
  const dept = useMemo(() => parseKioskConfig(hash).dept, [hash]);
  const started = useRef(false);
  useEffect(() => {
    if (started.current) void showDepartment(dept);
    else {
      started.current = true;
      void load({ fetcher, dept });
    }
  }, [load, showDepartment, fetcher, dept]);
  // Unattended: a failed load is retried by itself (the error screen stays up meanwhile).
  useEffect(() => {
    if (status !== 'error') return;
    const timer = window.setTimeout(() => void load({ fetcher, dept }), RETRY_DATA_MS);
    return () => window.clearTimeout(timer);
  }, [status, load, fetcher, dept]);

  return (
    <I18nextProvider i18n={i18n}>
      <DataGate>
        <KioskTour hash={hash} overlay={overlay} />
      </DataGate>
    </I18nextProvider>
  );
}

export function renderKiosk(root: HTMLElement, options: KioskOptions = {}): void {
  createRoot(root).render(
    <StrictMode>
      <KioskApp {...options} />
    </StrictMode>,
  );
}
