import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createHashSource } from './state/view-state-source';
import { isKioskRequested } from './state/link/kiosk-link';
import { handOverWhenReady, showStartFailure } from './prerender/handoff';
import { prepareNumberFormats } from './domain/money-format';
import './shell/styles.css';

const root = document.getElementById('root');
if (root) handOverWhenReady(document, root);
// Kiosk mode (#kiosk…, see README "Kiosk"): the presentation shell, its own chunk, loaded only then.
if (root && isKioskRequested(window.location.hash)) {
  void import('./kiosk-entry/web').then(({ startKiosk }) => startKiosk(root));
} else if (root) {
  window.addEventListener('hashchange', () => {
    if (isKioskRequested(window.location.hash)) window.location.reload();
  });
  createRoot(root, { onUncaughtError: (error) => showStartFailure(document, error) }).render(
    <StrictMode>
      <App source={createHashSource(window)} />
    </StrictMode>,
  );
  // A task of its own while the data load (see prepareNumberFormats): the page's first formatter
  // starts the locale machinery for every language (measured: the next, English, costs < 1 ms).
  setTimeout(() => prepareNumberFormats('zh-CN'), 0);
}
