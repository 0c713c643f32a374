// Loads the documents of given data versions instead of the latest data: what a pinned embed
// shows (embed.html#…&data=<hash>). Every version the site ever published is kept in the build
// as data/v/<hash>/<file> and listed in data/versions.json (same shape as index.json, one entry
// per version; see docs/EMBED.md). The documents go through the same checks as the latest data
// (schema, schema version, content hash), by handing loadDocuments an index of just those files.
// The list and the files may be of an older contract version: both are migrated when read.
import { migrateIndex } from '../domain/migrate';
import { DataIndex, SCHEMA_VERSION, type DataIndex as Index } from '../domain/schema';
import { LoadError, loadDocuments, type FetchText, type LoadedData } from './load-documents';

const VERSIONS_FILE = 'data/versions.json';

/** A pinned version the site does not have (never published here, or the list was reset). */
export class UnknownVersionError extends LoadError {
  constructor(readonly hash: string) {
    super('version', VERSIONS_FILE, `unknown data version ${hash}`);
    this.name = 'UnknownVersionError';
  }
}

async function fetchVersions(fetcher: FetchText, baseUrl: string): Promise<Index> {
  let response;
  try {
    response = await fetcher(new URL(VERSIONS_FILE, baseUrl).toString());
  } catch (error) {
    throw new LoadError('network', VERSIONS_FILE, error instanceof Error ? error.message : String(error));
  }
  if (!response.ok) throw new LoadError('http', VERSIONS_FILE, `HTTP ${response.status}`);
  let json: unknown;
  try {
    json = JSON.parse(await response.text());
  } catch (error) {
    throw new LoadError('json', VERSIONS_FILE, error instanceof Error ? error.message : 'not JSON');
  }
  const result = DataIndex.safeParse(migrateIndex(json));
  if (!result.success) throw new LoadError('schema', VERSIONS_FILE, result.error.issues[0]?.message ?? 'invalid');
  return result.data;
}

/** The index of just the pinned files, in the order asked for; throws on an unknown hash. */
export function pinnedIndex(versions: Index, hashes: readonly string[]): Index {
  return {
    schemaVersion: SCHEMA_VERSION,
    documents: hashes.map((hash) => {
      const entry = versions.documents.find((d) => d.hash === hash);
      if (!entry) throw new UnknownVersionError(hash);
      return { ...entry, file: `v/${entry.hash}/${entry.file}` };
    }),
  };
}

export async function loadPinnedDocuments(fetcher: FetchText, baseUrl: string, hashes: readonly string[]): Promise<LoadedData> {
  const index = pinnedIndex(await fetchVersions(fetcher, baseUrl), hashes);
  // loadDocuments reads data/index.json: answer that one request with the pinned index; every
  // document request goes to the network as usual and is checked against its hash.
  const indexUrl = new URL('data/index.json', baseUrl).toString();
  const pinnedFetcher: FetchText = (url) =>
    url === indexUrl ? Promise.resolve({ ok: true, status: 200, text: async () => JSON.stringify(index) }) : fetcher(url);
  return loadDocuments(pinnedFetcher, baseUrl);
}
