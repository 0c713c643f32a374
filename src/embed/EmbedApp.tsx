// The embed shell: like src/app, wiring only. The view state lives in memory (never in the
// host page's URL or history), the language is the embed's option (not the reader's remembered
// choice on this site), the data is the pinned version unless the embed follows the latest.
import { useEffect, useMemo, useRef } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { UrlNotice } from '../state/link/link';
import { serializeViewState } from '../state/link/app-link';
import { createI18n } from '../i18n';
import { ViewStateContext, useViewState } from '../state/use-view-state';
import { createMemorySource } from '../state/view-state-source';
import { useDataStore } from '../state/data-store';
import { useDepartment } from '../components/use-department';
import { useThemeSync } from '../shell/sync';
import type { EmbedOptions } from '../state/link/embed-link';
import { viewStateOfEmbed } from './view-of-embed';
import { readOnlySource } from './read-only-source';
import { EmbedGate } from './EmbedGate';
import { EmbedFrame } from './EmbedFrame';
import { EmbedBoundary } from './EmbedBoundary';
import { useReportHeight } from './height-messages';
import '../i18n/ns/embed';
import { DEFAULT_LANG } from '../domain/lang';

interface Props {
  options: EmbedOptions;
  notices: UrlNotice[];
}

export function EmbedApp({ options, notices }: Props) {
  const source = useMemo(() => {
    const memory = createMemorySource(serializeViewState(viewStateOfEmbed(options)));
    return options.static ? readOnlySource(memory) : memory;
  }, [options]);
  const i18n = useMemo(() => createI18n(options.lang ?? DEFAULT_LANG), [options.lang]);
  return (
    <ViewStateContext value={source}>
      <I18nextProvider i18n={i18n}>
        <EmbedShell options={options} notices={notices} />
      </I18nextProvider>
    </ViewStateContext>
  );
}

function useEmbedLanguage(): void {
  const [state] = useViewState();
  const lang = state.lang ?? DEFAULT_LANG;
  const { i18n, t } = useTranslation('embed');
  const department = useDepartment().name;
  useEffect(() => {
    if (i18n.language !== lang) void i18n.changeLanguage(lang);
    document.documentElement.lang = lang;
    if (department) document.title = t('documentTitle', { department });
  }, [i18n, lang, t, department]);
}

function EmbedShell({ options, notices }: Props) {
  useEmbedLanguage();
  useThemeSync();
  const root = useRef<HTMLElement>(null);
  useReportHeight(root);
  const load = useDataStore((s) => s.load);
  const reload = useMemo(
    // published documents only, and a department the site does not have is an error, never another's figures
    () => () => void load({ versions: options.data, dept: options.dept, imports: false, strict: true }),
    [load, options.data, options.dept],
  );
  useEffect(reload, [reload]);
  return (
    <main ref={root} className={`embed${options.static ? ' embed-static' : ''}`}>
      <EmbedBoundary>
        <EmbedGate onRetry={reload}>
          <EmbedFrame options={options} notices={notices} />
        </EmbedGate>
      </EmbedBoundary>
    </main>
  );
}
