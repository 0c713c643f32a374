// The only store: the loaded documents and the loading status. View state lives in the URL
// (see src/state/link/), never here.
import { create } from 'zustand';
import type { BudgetDocument, DataIndex } from '../domain/schema';
import { LoadError, loadDocuments, type FetchText } from '../data/load-documents';
import { loadPinnedDocuments } from '../data/load-pinned';

type DataStatus = 'idle' | 'loading' | 'ready' | 'error';

export interface DataState {
  status: DataStatus;
  index: DataIndex | null;
  documents: BudgetDocument[]; // sorted by year
  error: LoadError | null;
  /** versions: content hashes to show instead of the latest data (a pinned embed; see load-pinned.ts) */
  load: (options?: { fetcher?: FetchText; baseUrl?: string; versions?: readonly string[] }) => Promise<void>;
}

export const useDataStore = create<DataState>()((set, get) => ({
  status: 'idle',
  index: null,
  documents: [],
  error: null,
  async load(options) {
    if (get().status === 'loading') return;
    set({ status: 'loading', error: null });
    try {
      const fetcher = options?.fetcher ?? ((url: string) => fetch(url, { cache: 'no-cache' }));
      const baseUrl = options?.baseUrl ?? document.baseURI;
      const { index, documents } = options?.versions?.length
        ? await loadPinnedDocuments(fetcher, baseUrl, options.versions)
        : await loadDocuments(fetcher, baseUrl);
      set({ status: 'ready', index, documents, error: null });
    } catch (error) {
      const loadError =
        error instanceof LoadError
          ? error
          : new LoadError('network', 'data', error instanceof Error ? error.message : String(error));
      set({ status: 'error', error: loadError, documents: [], index: null });
    }
  },
}));
