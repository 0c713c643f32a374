// Keeps every data version the site has published available to pinned embeds.
//
// public/data/ holds the latest ingest output only. At each build this step
//   1. archives each document of public/data/index.json that is not archived yet into
//      data/versions/<hash>/<file> (committed, so it outlives the next ingest) and lists it in
//      data/versions.json (committed; the same shape as index.json, one entry per version,
//      oldest first; hash = first 16 hex digits of the file's sha256, as in index.json);
//   2. emits every archived version into the build as data/v/<hash>/<file>, and the list as
//      data/versions.json, which src/data/load-pinned.ts reads.
// The dev server serves the same two paths from the archive. docs/EMBED.md explains pinning.
// The list and index.json are read through the contract's migration (src/domain/migrate.ts), so
// a list started under contract version 1 continues in the current shape; the archived files
// themselves are never rewritten (their hash is their version), the app migrates them on load.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { MIGRATED_VERSION, migrateIndex } from '../../src/domain/migrate.ts';

export interface VersionEntry {
  id: string;
  year: number;
  department: string;
  level: string;
  district: string | null;
  kind: string;
  file: string;
  hash: string;
  bytes: number;
  dept?: string;
  departmentEn?: string | null;
}

export interface VersionList {
  schemaVersion: number;
  documents: VersionEntry[];
}

export interface VersionPaths {
  publicData: string; // public/data
  list: string; // data/versions.json
  archive: string; // data/versions
}

export function defaultPaths(root: string): VersionPaths {
  return {
    publicData: join(root, 'public/data'),
    list: join(root, 'data/versions.json'),
    archive: join(root, 'data/versions'),
  };
}

export function contentHash(content: Buffer): string {
  return createHash('sha256').update(content).digest('hex').slice(0, 16);
}

const SAFE_FILE = /^[a-z0-9][a-z0-9.-]*\.json$/;
const HASH = /^[0-9a-f]{16}$/;

const EMPTY_LIST = (): VersionList => ({ schemaVersion: MIGRATED_VERSION, documents: [] });

/** An index-shaped file (index.json, versions.json) in the current contract's shape. */
function readIndex(path: string): VersionList {
  return migrateIndex(JSON.parse(readFileSync(path, 'utf8'))) as VersionList;
}

function readList(paths: VersionPaths): VersionList {
  return existsSync(paths.list) ? readIndex(paths.list) : EMPTY_LIST();
}

export function archivedFile(paths: VersionPaths, entry: Pick<VersionEntry, 'hash' | 'file'>): string {
  if (!HASH.test(entry.hash) || !SAFE_FILE.test(entry.file))
    throw new Error(`data versions: bad entry ${entry.hash}/${entry.file}`);
  return join(paths.archive, entry.hash, entry.file);
}

/** Step 1: archive the current documents; returns the full list (and writes it when it grew). */
export function archiveCurrentData(paths: VersionPaths): VersionList {
  const list = readList(paths);
  const indexFile = join(paths.publicData, 'index.json');
  if (!existsSync(indexFile)) return list; // nothing ingested yet: nothing new to keep
  const index = readIndex(indexFile);
  let grew = false;
  for (const entry of index.documents) {
    if (list.documents.some((known) => known.hash === entry.hash)) continue;
    const content = readFileSync(join(paths.publicData, entry.file));
    const actual = contentHash(content);
    if (actual !== entry.hash) {
      throw new Error(
        `data versions: public/data/${entry.file} has hash ${actual}, index.json says ${entry.hash}; run npm run ingest`,
      );
    }
    const target = archivedFile(paths, entry);
    mkdirSync(join(paths.archive, entry.hash), { recursive: true });
    writeFileSync(target, content);
    const { id, year, department, level, district, kind, file, hash, bytes } = entry;
    list.documents.push({ id, year, department, level, district, kind, file, hash, bytes });
    grew = true;
  }
  // Our names of the departments (not part of any archived file, which stays byte for byte): a
  // pinned embed names its department in English like the app, whenever the version was archived.
  for (const known of list.documents) {
    const dept = known.dept ?? known.id.replace(/-\d{4}$/, '');
    const current = index.documents.find((entry) => (entry.dept ?? entry.id.replace(/-\d{4}$/, '')) === dept);
    if (!current || (known.dept === dept && known.departmentEn === (current.departmentEn ?? null))) continue;
    known.dept = dept;
    known.departmentEn = current.departmentEn ?? null;
    grew = true;
  }
  const result = { schemaVersion: index.schemaVersion, documents: list.documents };
  if (grew) writeFileSync(paths.list, `${JSON.stringify(result, null, 2)}\n`);
  return result;
}

/** For the dev server, which writes nothing: the archived versions plus the current ones. */
function devLookup(paths: VersionPaths): { list: VersionList; fileOf: (hash: string) => string | null } {
  const list = readList(paths);
  const files = new Map(list.documents.map((entry) => [entry.hash, archivedFile(paths, entry)]));
  const indexFile = join(paths.publicData, 'index.json');
  if (existsSync(indexFile)) {
    for (const entry of readIndex(indexFile).documents) {
      if (files.has(entry.hash) || !SAFE_FILE.test(entry.file)) continue;
      files.set(entry.hash, join(paths.publicData, entry.file));
      list.documents.push(entry);
    }
  }
  return { list, fileOf: (hash) => files.get(hash) ?? null };
}

/** Step 2's input: each archived file, checked against its hash before it is published. */
export function archivedVersions(paths: VersionPaths, list: VersionList): { fileName: string; source: Buffer }[] {
  return list.documents.map((entry) => {
    const path = archivedFile(paths, entry);
    if (!existsSync(path)) throw new Error(`data versions: ${path} is missing; restore it from version control`);
    const source = readFileSync(path);
    if (contentHash(source) !== entry.hash)
      throw new Error(`data versions: ${path} does not match its hash ${entry.hash}`);
    return { fileName: `data/v/${entry.hash}/${entry.file}`, source };
  });
}

export function dataVersions(root = process.cwd()): Plugin {
  const paths = defaultPaths(root);
  let list: VersionList = EMPTY_LIST();
  let building = false;
  return {
    name: 'hsa-data-versions',
    configResolved(config) {
      building = config.command === 'build' && !config.build.watch;
    },
    buildStart() {
      // Only a production build archives (writes data/); the dev server and vitest write nothing.
      if (building) list = archiveCurrentData(paths);
    },
    generateBundle() {
      if (!building) return;
      for (const { fileName, source } of archivedVersions(paths, list))
        this.emitFile({ type: 'asset', fileName, source });
      this.emitFile({ type: 'asset', fileName: 'data/versions.json', source: `${JSON.stringify(list, null, 2)}\n` });
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const url = (request.url ?? '').split('?')[0] ?? '';
        const pinned = /\/data\/v\/([0-9a-f]{16})\/[a-z0-9][a-z0-9.-]*\.json$/.exec(url);
        if (!pinned && !url.endsWith('/data/versions.json')) return next();
        const { list: current, fileOf } = devLookup(paths);
        const path = pinned ? fileOf(pinned[1]!) : null;
        response.setHeader('Content-Type', 'application/json; charset=utf-8');
        if (!pinned) return response.end(`${JSON.stringify(current, null, 2)}\n`);
        if (!path || !existsSync(path)) {
          response.statusCode = 404;
          return response.end('{}');
        }
        response.end(readFileSync(path));
      });
    },
  };
}
