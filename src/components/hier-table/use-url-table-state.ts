// Binds a HierTable's sort and filter to the URL (`sort`, `q`), so a shared link restores them.
// Spread the result into <HierTable {...useUrlTableState()} />.
import { useMemo } from 'react';
import { useViewState } from '../../state/use-view-state';
import type { SortState } from './types';

export interface TableUrlState {
  sort: SortState | null;
  onSortChange: (sort: SortState | null) => void;
  query: string;
  onQueryChange: (query: string) => void;
}

export function useUrlTableState(): TableUrlState {
  const [state, navigate] = useViewState();
  const { sort, q } = state;
  return useMemo(
    () => ({
      sort,
      // A sort is a step worth going back from; each typed letter of the filter is not.
      onSortChange: (next) => navigate({ sort: next }),
      query: q,
      onQueryChange: (next) => navigate({ q: next }, { replace: true }),
    }),
    [sort, q, navigate],
  );
}
