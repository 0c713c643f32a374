// The app's view state is its link: `#view=explore&year=2026&path=210.21015`, in the hash so that
// any static host and a file:// page can read it without server rewrites (README "Links").
import { parseLink, serializeLink, type ParsedLink } from './link';
import { defaultsOf, type LinkState } from './params';

export type ViewState = LinkState<'app'>;
export type ParsedUrl = ParsedLink<'app'>;

export const DEFAULT_VIEW_STATE: ViewState = defaultsOf('app');

/** Parse a hash (with or without the leading '#') into a view state, never throwing. */
export function parseViewState(hash: string): ParsedUrl {
  return parseLink('app', hash);
}

/** Serialize a view state: only values that differ from the defaults, in a stable order. */
export function serializeViewState(state: ViewState): string {
  return serializeLink('app', state);
}

/** Apply a partial change; changing view, year or classification resets what depends on it. */
export function patchViewState(state: ViewState, patch: Partial<ViewState>): ViewState {
  const next = { ...state, ...patch };
  const resetsDrill = ('cls' in patch && patch.cls !== state.cls) || ('year' in patch && patch.year !== state.year);
  if (resetsDrill && !('path' in patch)) next.path = [];
  if ('table' in patch && patch.table !== state.table && !('sort' in patch)) next.sort = null;
  return next;
}
