/// <reference types="vite-plugin-pwa/vanillajs" />
// Service worker registration and the update policy. A new version (data or app) is installed in
// the background and then waits; it takes over
// - at the next start: when the page starts while a new version is already waiting, it is applied
//   at once, before anyone has begun to look (at most once a minute, so a fault cannot loop), or
// - on request: the prompt's "update now".
// Never silently in the middle of a presentation. The status is a tiny external store that the
// prompt reads with useSyncExternalStore.
import { registerSW } from 'virtual:pwa-register';

export interface PwaStatus {
  needRefresh: boolean;
  offlineReady: boolean;
}

const START_UPDATE_KEY = 'hsa-budget.pwa-start-update';
const START_UPDATE_GUARD_MS = 60_000;

let status: PwaStatus = { needRefresh: false, offlineReady: false };
const listeners = new Set<() => void>();
let updateServiceWorker: ((reload?: boolean) => Promise<void>) | null = null;
let registration: ServiceWorkerRegistration | undefined;
/** The waiting version whose offer the reader put off ("later"): not offered again. */
let putOff: ServiceWorker | null = null;

function setStatus(patch: Partial<PwaStatus>): void {
  status = { ...status, ...patch };
  listeners.forEach((listener) => listener());
}

export const pwaStatus = {
  get: (): PwaStatus => status,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

function mayApplyAtStart(): boolean {
  try {
    const last = Number(sessionStorage.getItem(START_UPDATE_KEY) ?? 0);
    if (Date.now() - last < START_UPDATE_GUARD_MS) return false;
    sessionStorage.setItem(START_UPDATE_KEY, String(Date.now()));
    return true;
  } catch {
    return false; // storage blocked: no loop guard, so only update on request
  }
}

/** Register once; does nothing where service workers are unavailable (file://, old browsers). */
export function startPwa(): void {
  if (updateServiceWorker || !('serviceWorker' in navigator) || !window.isSecureContext) return;
  updateServiceWorker = registerSW({
    immediate: true,
    // One new version can announce itself twice (its "installed" and, a moment later, its
    // "waiting" event): an offer put off stays put off until another version waits.
    onNeedRefresh: () => {
      if (putOff && registration?.waiting === putOff) return;
      setStatus({ needRefresh: true });
    },
    onOfflineReady: () => setStatus({ offlineReady: true }),
    onRegisteredSW(_url, registered) {
      registration = registered;
      // Waiting already when this page started: the update was found during the last session.
      if (registered?.waiting && navigator.serviceWorker.controller && mayApplyAtStart()) void applyUpdate();
    },
  });
}

/** Activate the waiting version; the page reloads when it takes control. */
export function applyUpdate(): Promise<void> {
  return updateServiceWorker?.(true) ?? Promise.resolve();
}

export function dismissStatus(): void {
  if (status.needRefresh) putOff = registration?.waiting ?? null;
  setStatus({ needRefresh: false, offlineReady: false });
}
