// The only store: the library's documents as far as they are loaded, the department on screen and
// the loading status. View state lives in the URL (see src/state/link/), never here.
//
// It costs what the reader opens, not what the library holds: at start only the department of
// the link (data/departments/<dept>.json and its documents) is fetched; the catalogue of every
// department (data/index.json) when the picker or an import needs it; the user's imported
// documents (IndexedDB) after the first screen. docs/decisions/0007-library-of-documents.md.
import { create } from 'zustand';
import type { BudgetDocument, DataIndex } from '../domain/schema';
import { LoadError, loadDocuments, loadIndex, type FetchText } from '../data/load-documents';
import { loadPinnedDocuments } from '../data/load-pinned';
import type { ImportOutcome, ImportProgress, ImportedRecord } from '../data/imports/types';
import { departmentsOf, deptOfEntry, deptOfImported } from '../domain/library';
import { DEFAULT_DEPT } from './link/values';
import { documentsOfDepartment, isImportedDept, isImportedDocument } from './department-documents';

type DataStatus = 'idle' | 'loading' | 'ready' | 'error';

interface LoadOptions {
  fetcher?: FetchText;
  baseUrl?: string;
  /** content hashes to show instead of the latest data (a pinned embed; see load-pinned.ts) */
  versions?: readonly string[];
  /** the department to show; the featured one when absent */
  dept?: string;
  /** false: this user's imports are never shown (an embed shows published documents only) */
  imports?: boolean;
  /** true: a department that is not here is an error, not a notice over the featured one (an embed) */
  strict?: boolean;
}

export interface DataState {
  status: DataStatus;
  error: LoadError | null;
  /** the department on screen */
  dept: string | null;
  /** the department last asked for: on screen, or loading */
  requested: string | null;
  /** a department asked for (by a link) that is not here: shown as a notice, the previous one stays */
  missingDept: string | null;
  /** switching to another department failed (the network): the one on screen stays, with this notice */
  switchError: LoadError | null;
  /** the index of the department on screen (bundled documents only; imports have none) */
  index: DataIndex | null;
  /** the documents of the department on screen, bundled and imported, sorted by year */
  documents: BudgetDocument[];
  /** data/index.json: every document of the library, once something needed it */
  catalogue: DataIndex | null;
  /** the user's imported documents, oldest first; [] until read from IndexedDB */
  imported: ImportedRecord[];
  load: (options?: LoadOptions) => Promise<void>;
  /** shows another department (the same fetcher and base as the first load) */
  showDepartment: (dept: string) => Promise<void>;
  loadCatalogue: () => Promise<DataIndex | null>;
  loadImported: () => Promise<void>;
  importDocument: (
    file: Blob & { name: string },
    options?: { onProgress?: (progress: ImportProgress) => void; signal?: AbortSignal },
  ) => Promise<ImportOutcome>;
  removeImported: (sha256: string) => Promise<void>;
  /** An import is likely (the library view is open, a file is dragged over): load the reader ahead. */
  prepareImport: () => void;
  deptOfImported: (record: ImportedRecord) => string;
}

const defaultFetcher: FetchText = (url: string) => fetch(url, { cache: 'no-cache' });
const asLoadError = (error: unknown): LoadError =>
  error instanceof LoadError
    ? error
    : new LoadError('network', 'data', error instanceof Error ? error.message : String(error));

export const useDataStore = create<DataState>()((set, get) => {
  let fetcher = defaultFetcher;
  let baseUrl = '';
  const cache = new Map<string, BudgetDocument>(); // documents already loaded, by id and hash
  let request = 0; // a later department request wins over an earlier one still loading
  let withImports = true;
  let strict = false;
  const importsOf = (): ImportedRecord[] => (withImports ? get().imported : []);

  async function fetchDepartment(dept: string): Promise<{ index: DataIndex | null; documents: BudgetDocument[] }> {
    if (isImportedDept(dept)) {
      // the catalogue too: an import of a library department's other year is named like it
      await Promise.all([get().loadImported(), get().loadCatalogue()]);
      return { index: null, documents: [] };
    }
    return loadDocuments(fetcher, baseUrl, `data/departments/${dept}.json`, cache);
  }

  async function show(dept: string, first: boolean): Promise<void> {
    const mine = ++request;
    set({ requested: dept });
    if (first) set({ status: 'loading', error: null });
    try {
      const { index, documents } = await fetchDepartment(dept);
      const all = documentsOfDepartment(dept, documents, importsOf());
      if (mine !== request) return;
      if (all.length === 0) throw new LoadError('empty', `data/departments/${dept}.json`, 'no documents');
      set({ status: 'ready', dept, index, documents: all, error: null, missingDept: null, switchError: null });
      if (!isImportedDept(dept) && withImports) void get().loadImported(); // later years this user imported join in
    } catch (error) {
      if (mine !== request) return;
      const loadError = asLoadError(error);
      // A department that is not here (a mistyped link, another browser's import): say so and show
      // the featured one, or keep the one on screen. Static hosts answer a missing file with 404 or
      // with the app's own page (an SPA fallback), so the catalogue decides, not the status code.
      if (!strict && (await isMissing(dept, loadError))) {
        if (mine !== request) return;
        if (get().status === 'ready') set({ missingDept: dept });
        else {
          await show(DEFAULT_DEPT, true);
          if (get().requested === DEFAULT_DEPT) set({ missingDept: dept });
        }
      } else if (mine !== request) return;
      // a switch that failed (offline, a server error) keeps the department on screen, and says so
      else if (!first && get().status === 'ready') set({ switchError: loadError, missingDept: null });
      else set({ status: 'error', error: loadError, documents: [], index: null, dept: null });
    }
  }

  async function isMissing(dept: string, error: LoadError): Promise<boolean> {
    if (dept === DEFAULT_DEPT) return false;
    if (isImportedDept(dept)) return true;
    if (error.kind !== 'http' && error.kind !== 'json') return false;
    const catalogue = await get().loadCatalogue();
    // no catalogue (the single-file kiosk carries none): a file the host does not have is missing
    if (catalogue === null) return error.kind === 'http' && error.detail === 'HTTP 404';
    return !catalogue.documents.some((entry) => deptOfEntry(entry) === dept);
  }

  return {
    status: 'idle',
    error: null,
    dept: null,
    requested: null,
    missingDept: null,
    switchError: null,
    index: null,
    documents: [],
    catalogue: null,
    imported: [],
    async load(options) {
      if (get().status === 'loading') return;
      fetcher = options?.fetcher ?? defaultFetcher;
      withImports = options?.imports ?? withImports;
      strict = options?.strict ?? strict;
      baseUrl = options?.baseUrl ?? document.baseURI;
      // a retry (no options) asks again for the department the link asked for
      if (!options?.versions?.length) return show(options?.dept ?? get().requested ?? DEFAULT_DEPT, true);
      set({ status: 'loading', error: null });
      try {
        const { index, documents } = await loadPinnedDocuments(fetcher, baseUrl, options.versions);
        set({ status: 'ready', index, documents, error: null, dept: null });
      } catch (error) {
        set({ status: 'error', error: asLoadError(error), documents: [], index: null });
      }
    },
    async showDepartment(dept) {
      if (dept === get().requested && get().status !== 'error' && !get().switchError) return;
      if (get().status !== 'ready') return show(dept, true);
      return show(dept, false);
    },
    async loadCatalogue() {
      if (get().catalogue) return get().catalogue;
      try {
        const catalogue = await loadIndex(fetcher, baseUrl || document.baseURI, 'data/index.json');
        set({ catalogue });
        return catalogue;
      } catch {
        return null; // the picker then lists what is loaded; an import is then not recognised as bundled
      }
    },
    async loadImported() {
      try {
        const { listImports } = await import('../data/imports/storage');
        const stored = await listImports();
        // an import saved while the list was being read is kept, not overwritten by the older list
        const newer = get().imported.filter((record) => !stored.some((s) => s.sha256 === record.sha256));
        const imported = [...stored, ...newer];
        set({ imported });
        const { dept, status } = get();
        if (withImports && dept && status === 'ready' && imported.some((r) => r.dept === dept)) {
          const bundled = get().documents.filter((doc) => !isImportedDocument(doc));
          set({ documents: documentsOfDepartment(dept, bundled, imported) });
        }
      } catch {
        // no IndexedDB (a private window, a file:// kiosk): there are no imports to show
      }
    },
    async importDocument(file, options) {
      const [{ importFile }, catalogue] = await Promise.all([
        import('../data/imports/import-file'),
        get().loadCatalogue(),
      ]);
      const entries = catalogue?.documents ?? [];
      const outcome = await importFile(file, {
        ...options,
        recognise: async (sha256) => {
          const bundled = entries.find((entry) => entry.source && sha256.startsWith(entry.source));
          if (bundled) return { id: bundled.id, dept: deptOfEntry(bundled), bundled: true };
          const mine = get().imported.find((record) => record.sha256 === sha256);
          return mine ? { id: mine.document.id, dept: get().deptOfImported(mine), bundled: false } : null;
        },
      });
      if (outcome.kind !== 'imported') return outcome;
      const record = { ...outcome.record, dept: deptOfImported(outcome.record.document, departmentsOf(entries)) };
      try {
        const { saveImport } = await import('../data/imports/storage');
        await saveImport(record);
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        return { kind: 'refused', refusal: 'storage', detail, report: record.report };
      }
      const imported = [...get().imported, record];
      set({ imported });
      // It shows at once: a new year of the department on screen, or the department a link asked for.
      const { dept, missingDept } = get();
      if (record.dept === dept) {
        const bundled = get().documents.filter((doc) => !isImportedDocument(doc));
        set({ documents: documentsOfDepartment(dept, bundled, imported) });
      } else if (record.dept === missingDept) void show(record.dept, false);
      return { kind: 'imported', record };
    },
    async removeImported(sha256) {
      const { removeImport } = await import('../data/imports/storage');
      await removeImport(sha256);
      const imported = get().imported.filter((record) => record.sha256 !== sha256);
      const { dept } = get();
      const bundled = get().documents.filter((doc) => !isImportedDocument(doc));
      const documents = dept ? documentsOfDepartment(dept, bundled, imported) : [];
      if (documents.length > 0) set({ imported, documents });
      else {
        set({ imported });
        await show(DEFAULT_DEPT, false); // the department shown was only that import: the link now names what is gone
        if (dept) set({ missingDept: dept });
      }
    },
    prepareImport() {
      void import('../data/imports/import-file').then((module) => module.prepareImport()).catch(() => undefined);
    },
    deptOfImported: (record) =>
      record.dept ?? deptOfImported(record.document, departmentsOf(get().catalogue?.documents ?? [])),
  };
});
