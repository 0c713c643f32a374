// Loads one index of public/data (a department's departments/<dept>.json, or index.json), then
// every document it lists, each validated with the same zod schema the ingest wrote it with, and
// checked against the content hash the index gives.
// Data of an older contract version (a pinned embed's, docs/EMBED.md) is migrated first
// (domain/migrate.ts), so it loads like current data; the hash is of the file as published.
// Any failure becomes a LoadError that names the file and what was wrong; nothing is half-loaded.
import { migrateDocument, migrateIndex } from '../domain/migrate';
import { BudgetDocument, DataIndex, SCHEMA_VERSION, type BudgetDocument as Doc, type DataIndex as Index } from '../domain/schema';

export type LoadErrorKind = 'network' | 'http' | 'json' | 'version' | 'schema' | 'hash' | 'empty';

export class LoadError extends Error {
  constructor(
    readonly kind: LoadErrorKind,
    readonly file: string,
    readonly detail: string,
  ) {
    super(`${file}: ${kind}: ${detail}`);
    this.name = 'LoadError';
  }
}

export interface LoadedData {
  index: Index;
  documents: Doc[];
}

export type FetchText = (url: string) => Promise<{ ok: boolean; status: number; text: () => Promise<string> }>;

async function fetchText(fetcher: FetchText, baseUrl: string, file: string): Promise<string> {
  let response;
  try {
    response = await fetcher(new URL(file, baseUrl).toString());
  } catch (error) {
    throw new LoadError('network', file, error instanceof Error ? error.message : String(error));
  }
  if (!response.ok) throw new LoadError('http', file, `HTTP ${response.status}`);
  return response.text();
}

function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new LoadError('json', file, error instanceof Error ? error.message : 'not JSON');
  }
}

function checkVersion(file: string, json: unknown): void {
  const version = (json as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (version !== SCHEMA_VERSION) {
    throw new LoadError('version', file, `schemaVersion ${JSON.stringify(version)}, expected ${SCHEMA_VERSION}`);
  }
}

function describeIssues(issues: { path: PropertyKey[]; message: string }[]): string {
  return issues
    .slice(0, 3)
    .map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
}

async function sha256Hex(text: string): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null; // not a secure context: the schema check still applies
  const digest = await subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Fetches and checks an index file (data/index.json, or data/departments/<dept>.json). */
export async function loadIndex(fetcher: FetchText, baseUrl: string, indexFile: string): Promise<Index> {
  const indexJson = migrateIndex(parseJson(indexFile, await fetchText(fetcher, baseUrl, indexFile)));
  checkVersion(indexFile, indexJson);
  const indexResult = DataIndex.safeParse(indexJson);
  if (!indexResult.success) throw new LoadError('schema', indexFile, describeIssues(indexResult.error.issues));
  const index = indexResult.data;
  if (index.documents.length === 0) throw new LoadError('empty', indexFile, 'no documents listed');
  return index;
}

/**
 * The documents an index lists. `cache` holds documents already loaded (by id and hash): a
 * department opened again is not fetched again.
 */
export async function loadDocuments(
  fetcher: FetchText,
  baseUrl: string,
  indexFile = 'data/index.json',
  cache?: Map<string, Doc>,
): Promise<LoadedData> {
  const index = await loadIndex(fetcher, baseUrl, indexFile);
  const documents = await Promise.all(
    index.documents.map(async (entry) => {
      const cached = cache?.get(`${entry.id}:${entry.hash}`);
      if (cached) return cached;
      const file = `data/${entry.file}`;
      const text = await fetchText(fetcher, baseUrl, file);
      const json = migrateDocument(parseJson(file, text));
      checkVersion(file, json);
      const result = BudgetDocument.safeParse(json);
      if (!result.success) throw new LoadError('schema', file, describeIssues(result.error.issues));
      const hash = await sha256Hex(text);
      if (hash !== null && !hash.startsWith(entry.hash)) {
        throw new LoadError('hash', file, `content hash ${hash.slice(0, 16)} differs from the index (${entry.hash})`);
      }
      cache?.set(`${entry.id}:${entry.hash}`, result.data);
      return result.data;
    }),
  );
  documents.sort((a, b) => a.year - b.year);
  return { index, documents };
}
