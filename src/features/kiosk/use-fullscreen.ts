// Full screen needs a user gesture, so the kiosk asks for it at the first tap, click or key after
// it starts (once: a presenter who leaves with Esc is not pulled back), and on the control button
// or the F key. A browser started in kiosk mode (`chromium --kiosk URL`) is full screen already.
import { useCallback, useEffect, useSyncExternalStore } from 'react';

function subscribe(listener: () => void) {
  document.addEventListener('fullscreenchange', listener);
  return () => document.removeEventListener('fullscreenchange', listener);
}

const isFullscreen = () => document.fullscreenElement !== null;

function enter(): void {
  if (!document.fullscreenEnabled || isFullscreen()) return;
  document.documentElement.requestFullscreen({ navigationUI: 'hide' }).catch(() => undefined);
}

export function useFullscreen(): { fullscreen: boolean; toggle: () => void } {
  const fullscreen = useSyncExternalStore(subscribe, isFullscreen, () => false);

  useEffect(() => {
    const once = () => {
      remove();
      enter();
    };
    const remove = () => {
      window.removeEventListener('pointerup', once);
      window.removeEventListener('keyup', once);
    };
    // pointerup / keyup: the gesture is complete there, and Chromium grants the request.
    window.addEventListener('pointerup', once);
    window.addEventListener('keyup', once);
    return remove;
  }, []);

  const toggle = useCallback(() => {
    if (isFullscreen()) void document.exitFullscreen().catch(() => undefined);
    else enter();
  }, []);
  return { fullscreen, toggle };
}
