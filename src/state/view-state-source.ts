// Where the view state is read from and written to. The full app keeps it in the page's hash
// (shareable, back/forward walk the drill path); the embed and the kiosk keep it in memory so
// that they never write to a host page's URL or pile up history entries.
import { parseViewState, serializeViewState, type ParsedUrl, type ViewState } from './link/app-link';

export interface ViewStateSource {
  get(): ParsedUrl;
  subscribe(listener: () => void): () => void;
  set(state: ViewState, options?: { replace?: boolean }): void;
  /** the shareable hash of the current state, e.g. "#view=explore" */
  hash(): string;
}

function cachedParser() {
  let lastHash: string | null = null;
  let last: ParsedUrl | null = null;
  return (hash: string): ParsedUrl => {
    if (hash !== lastHash || !last) {
      lastHash = hash;
      last = parseViewState(hash);
    }
    return last;
  };
}

export function createHashSource(win: Window): ViewStateSource {
  const parse = cachedParser();
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());
  win.addEventListener('hashchange', notify);
  win.addEventListener('popstate', notify);
  return {
    get: () => parse(win.location.hash),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(state, options) {
      const hash = serializeViewState(state);
      if (hash === (win.location.hash === '#' ? '' : win.location.hash)) return;
      const url = `${win.location.pathname}${win.location.search}${hash || ''}`;
      if (options?.replace) win.history.replaceState(null, '', url || win.location.pathname);
      else win.history.pushState(null, '', url || win.location.pathname);
      notify();
    },
    hash: () => serializeViewState(parse(win.location.hash).state),
  };
}

export function createMemorySource(initialHash: string): ViewStateSource {
  let current = parseViewState(initialHash);
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(state) {
      current = { state, notices: [] };
      listeners.forEach((listener) => listener());
    },
    hash: () => serializeViewState(current.state),
  };
}
