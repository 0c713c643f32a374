// The one way components read and change the view state (what the URL says).
import { createContext, useCallback, useContext, useSyncExternalStore } from 'react';
import { patchViewState, type ViewState } from './link/app-link';
import type { UrlNotice } from './link/link';
import type { ViewStateSource } from './view-state-source';

export const ViewStateContext = createContext<ViewStateSource | null>(null);

function useSource(): ViewStateSource {
  const source = useContext(ViewStateContext);
  if (!source) throw new Error('ViewStateContext is missing: wrap the shell in <ViewStateContext value={source}>');
  return source;
}

export type Navigate = (patch: Partial<ViewState>, options?: { replace?: boolean }) => void;

export function useViewState(): [ViewState, Navigate] {
  const source = useSource();
  const parsed = useSyncExternalStore(source.subscribe, source.get, source.get);
  const navigate = useCallback<Navigate>(
    (patch, options) => source.set(patchViewState(source.get().state, patch), options),
    [source],
  );
  return [parsed.state, navigate];
}

/** Values in the link that were not understood and fell back to their defaults. */
export function useUrlNotices(): UrlNotice[] {
  const source = useSource();
  return useSyncExternalStore(source.subscribe, source.get, source.get).notices;
}
