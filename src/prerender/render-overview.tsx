// Build-time only (scripts/vite/prerender.ts loads this through Vite's SSR): the overview of the
// bundled data rendered to HTML, so that index.html paints the first figures before any script
// has run. The data goes through the same loader as in the browser (schema, version, content
// hash), so a document that would fail there fails the build here.
import { renderToString } from 'react-dom/server';
import { prerender } from 'react-dom/static';
import { App } from '../app/App';
import { loadDocuments, type FetchText } from '../data/load-documents';
import { useDataStore } from '../state/data-store';
import { createMemorySource } from '../state/view-state-source';

async function readStream(stream: ReadableStream<Uint8Array>): Promise<string> {
  const decoder = new TextDecoder();
  let html = '';
  for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) html += decoder.decode(chunk, { stream: true });
  return html + decoder.decode();
}

/** The markup of the default view (the overview, zh-CN, default unit and theme) for these data. */
export async function renderOverview(fetcher: FetchText, baseUrl: string): Promise<string> {
  const { index, documents } = await loadDocuments(fetcher, baseUrl);
  // Server rendering reads a zustand store through its initial state (the server snapshot of
  // useSyncExternalStore), so the data are put there; this module runs once, in the build.
  Object.assign(useDataStore.getInitialState(), { status: 'ready', index, documents, error: null });
  // The first pass waits for the lazy view chunks; the second renders them at once, so the
  // result is plain markup with no streaming placeholders (whose inline scripts the CSP forbids).
  await readStream((await prerender(<App source={createMemorySource('')} />)).prelude);
  const html = renderToString(<App source={createMemorySource('')} />);
  if (html.includes('<template') || html.includes('<!--$?-->')) throw new Error('prerender: a part of the overview was still loading');
  return html;
}
