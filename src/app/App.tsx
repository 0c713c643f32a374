// The full app: providers, language and theme kept in step with the URL, the data gate, the layout.
import { useEffect, useMemo } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createI18n, rememberedLanguage } from '../i18n';
import { ViewStateContext } from '../state/use-view-state';
import type { ViewStateSource } from '../state/view-state-source';
import { DataGate } from '../shell/DataGate';
import { Layout } from './Layout';
import { VIEW_PRELOADERS } from '../shell/views';
import { useViewState } from '../state/use-view-state';
import { useDepartmentSync, useLanguageSync, useThemeSync } from '../shell/sync';
import { DEFAULT_LANG } from '../domain/lang';
import { ShareSlotProvider } from '../components/share-slot/ShareSlot';
import { ShareMenu } from '../features/share/ShareMenu';
import { DropOverlay } from '../features/library/DropOverlay';

export function App({ source }: { source: ViewStateSource }) {
  const i18n = useMemo(() => createI18n(source.get().state.lang ?? rememberedLanguage() ?? DEFAULT_LANG), [source]);
  return (
    <ViewStateContext value={source}>
      <I18nextProvider i18n={i18n}>
        {/* The views' share menus: the app has them, the embed and the kiosk do not. */}
        <ShareSlotProvider value={ShareMenu}>
          <Shell />
        </ShareSlotProvider>
      </I18nextProvider>
    </ViewStateContext>
  );
}

function Shell() {
  useLanguageSync();
  useThemeSync();
  useDepartmentSync();
  const [{ view }] = useViewState();
  // Fetch the first view's code while the data loads, not after: one round trip less before the
  // first figures show. (The lazy component then resolves from the module cache.)
  useEffect(() => {
    void VIEW_PRELOADERS[view]().catch(() => undefined); // a failure shows when the view renders
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only the view of the first render
  }, []);
  return (
    <DataGate>
      <Layout />
      <DropOverlay />
    </DataGate>
  );
}
