// Entry of the embed frame (embed.html): one chart or table in a minimal frame, for an iframe
// in another site's article. Its own small bundle; options come from the hash (see
// src/state/link/embed-link.ts and docs/EMBED.md).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { parseEmbedOptions } from './state/link/embed-link';
import { EmbedApp } from './embed/EmbedApp';
import { prepareNumberFormats } from './domain/money-format';
import { handOverWhenReady, showStartFailure } from './prerender/handoff';
import './shell/styles.css';
import './embed/embed.css';

const root = document.getElementById('root');
if (root) {
  handOverWhenReady(document, root);
  const { options, notices } = parseEmbedOptions(window.location.hash);
  // A host that changes the iframe's hash gets the new options; a reload is the simplest way
  // to start over with them (it stays inside the iframe, the host page's URL is not touched).
  window.addEventListener('hashchange', () => window.location.reload());
  createRoot(root, { onUncaughtError: (error) => showStartFailure(document, error) }).render(
    <StrictMode>
      <EmbedApp options={options} notices={notices} />
    </StrictMode>,
  );
  // A task of its own while the data load (see prepareNumberFormats).
  setTimeout(() => prepareNumberFormats(options.lang ?? 'zh-CN'), 0);
}
