// Build-time only (scripts/vite/prerender.ts loads this through Vite's SSR): first screens of the
// bundled data rendered to HTML, so that index.html and embed.html paint them before any script
// has run. The data go through the same loader as in the browser (schema, version, content hash),
// so a document that would fail there fails the build here.
import type { ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { prerender } from 'react-dom/static';
import { I18nextProvider } from 'react-i18next';
import { App } from '../../app/App';
import { createI18n } from '../../i18n';
import { StartFailure } from './StartFailure';
import { loadDocuments, type FetchText, type LoadedData } from '../../data/load-documents';
import { DEFAULT_DEPT } from '../../state/link/values';
import type { StandIn } from './stand-ins';
export { appStandIns, embedStandIns, standInMap } from './stand-ins';
import { EmbedApp } from '../../embed/EmbedApp';
import type { EmbedOptions } from '../../state/link/embed-link';
import { useDataStore } from '../../state/data-store';
import { createMemorySource } from '../../state/view-state-source';
import { LANGS } from '../../domain/lang';

async function readStream(stream: ReadableStream<Uint8Array>): Promise<string> {
  const decoder = new TextDecoder();
  let html = '';
  for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>)
    html += decoder.decode(chunk, { stream: true });
  return html + decoder.decode();
}

async function render(data: LoadedData, element: () => ReactElement, name: string): Promise<string> {
  // Server rendering reads a zustand store through its initial state (the server snapshot of
  // useSyncExternalStore), so the data are put there; this module runs only in the build.
  Object.assign(useDataStore.getInitialState(), {
    status: 'ready',
    dept: DEFAULT_DEPT,
    index: data.index,
    documents: data.documents,
    error: null,
  });
  // The first pass waits for the lazy chunks; the second renders them at once, so the result is
  // plain markup with no streaming placeholders (whose inline scripts the CSP forbids).
  await readStream((await prerender(element())).prelude);
  const html = renderToString(element());
  if (html.includes('<template') || html.includes('<!--$?-->'))
    throw new Error(`prerender: a part of ${name} was still loading`);
  return html;
}

export { loadDocuments };
export type { FetchText };

/** The data an embed with these options loads: the pinned documents only, or the latest. */
function embedData(data: LoadedData, options: EmbedOptions): LoadedData {
  if (options.data.length === 0) return data;
  const entries = data.index.documents.filter((entry) => options.data.includes(entry.hash));
  const documents = data.documents.filter((doc) => entries.some((entry) => entry.id === doc.id));
  if (documents.length !== options.data.length)
    throw new Error(`prerender: no bundled document for data=${options.data.join(',')}`);
  return { ...data, index: { ...data.index, documents: entries }, documents };
}

/** The embed frame for these options. */
async function renderEmbed(data: LoadedData, options: EmbedOptions): Promise<string> {
  const html = await render(embedData(data, options), () => <EmbedApp options={options} notices={[]} />, options.chart);
  // Links to the app are made from the page's address, which the build does not have
  // (use-citation.ts falls back to http://localhost/): the app is beside embed.html.
  const relative = html.replaceAll('href="http://localhost/', 'href="./');
  // The app sets <html lang> when it runs; until then the stand-in says its own language.
  return options.lang ? `<div lang="${options.lang}">${relative}</div>` : relative;
}

/**
 * Each stand-in's markup, in order: the app at its URL hash (zh-CN, default unit and theme: what
 * a first visit sees), or the embed frame for its options.
 */
export async function renderStandIns(data: LoadedData, standIns: readonly StandIn[]): Promise<string[]> {
  const markups: string[] = [];
  for (const { render: how } of standIns) {
    markups.push(
      how.kind === 'app'
        ? await render(data, () => <App source={createMemorySource(how.hash)} />, `#${how.hash}`)
        : await renderEmbed(data, how.options),
    );
  }
  return markups;
}

/** The start-failure message in every language, each marked with its language, the page's first. */
export function renderStartFailure(): string {
  return LANGS.map(
    (lang) =>
      `<div lang="${lang}">${renderToString(
        <I18nextProvider i18n={createI18n(lang)}>
          <StartFailure />
        </I18nextProvider>,
      )}</div>`,
  ).join('');
}
