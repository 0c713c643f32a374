// Build-time only (scripts/vite/prerender.ts loads this through Vite's SSR): views of the bundled
// data rendered to HTML, so that index.html paints the first screen before any script has run.
// The data go through the same loader as in the browser (schema, version, content hash), so a
// document that would fail there fails the build here.
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

async function renderHash(hash: string): Promise<string> {
  // The first pass waits for the lazy view chunks; the second renders them at once, so the
  // result is plain markup with no streaming placeholders (whose inline scripts the CSP forbids).
  await readStream((await prerender(<App source={createMemorySource(hash)} />)).prelude);
  const html = renderToString(<App source={createMemorySource(hash)} />);
  if (html.includes('<template') || html.includes('<!--$?-->')) throw new Error(`prerender: a part of #${hash} was still loading`);
  return html;
}

/**
 * The markup of each view the URL hashes name (zh-CN, default unit and theme: what a first visit
 * sees), in the order given.
 */
export async function renderViews(fetcher: FetchText, baseUrl: string, hashes: readonly string[]): Promise<string[]> {
  const { index, documents } = await loadDocuments(fetcher, baseUrl);
  // Server rendering reads a zustand store through its initial state (the server snapshot of
  // useSyncExternalStore), so the data are put there; this module runs once, in the build.
  Object.assign(useDataStore.getInitialState(), { status: 'ready', index, documents, error: null });
  const markups: string[] = [];
  for (const hash of hashes) markups.push(await renderHash(hash));
  return markups;
}
