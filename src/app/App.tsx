// The full app: providers, language and theme kept in step with the URL, the data gate, the layout.
import { useEffect, useMemo } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createI18n, DEFAULT_LANGUAGE, rememberedLanguage } from '../i18n';
import { ViewStateContext } from '../state/use-view-state';
import type { ViewStateSource } from '../state/view-state-source';
import { useDataStore } from '../state/data-store';
import { DataGate } from './DataGate';
import { Layout } from './Layout';
import { useLanguageSync, useThemeSync } from './sync';

export function App({ source }: { source: ViewStateSource }) {
  const i18n = useMemo(() => createI18n(source.get().state.lang ?? rememberedLanguage() ?? DEFAULT_LANGUAGE), [source]);
  return (
    <ViewStateContext value={source}>
      <I18nextProvider i18n={i18n}>
        <Shell />
      </I18nextProvider>
    </ViewStateContext>
  );
}

function Shell() {
  useLanguageSync();
  useThemeSync();
  const load = useDataStore((s) => s.load);
  useEffect(() => {
    void load();
  }, [load]);
  return (
    <DataGate>
      <Layout />
    </DataGate>
  );
}
