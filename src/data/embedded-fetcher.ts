// A FetchText that serves data files embedded in the page instead of the network. The single-file
// kiosk (dist-kiosk/kiosk.html) runs from file://, where Chromium refuses fetch() of local files;
// its build embeds public/data verbatim (the exact text, so the content hashes still match) and
// hands this fetcher to the store's load(). loadDocuments then applies the same schema, version
// and hash checks as to data fetched over HTTP.
import type { FetchText } from './load-documents';

/** files: the exact text of each data file, keyed by its path below the site root ("data/index.json"). */
export function createEmbeddedFetcher(files: Readonly<Record<string, string>>): FetchText {
  const entries = Object.entries(files);
  return async (url: string) => {
    const path = new URL(url, 'file:///').pathname;
    const match = entries.find(([file]) => path === `/${file}` || path.endsWith(`/${file}`));
    if (!match) return { ok: false, status: 404, text: async () => '' };
    const text = match[1];
    return { ok: true, status: 200, text: async () => text };
  };
}
