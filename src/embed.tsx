// Entry of the embed frame (embed.html): one chart or table in a minimal frame, for an iframe
// in another site's article. Its own small bundle; options come from the hash (see
// src/components/share/embed-options.ts and docs/EMBED.md).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { parseEmbedOptions } from './components/share/embed-options';
import { EmbedApp } from './embed/EmbedApp';
import { prepareNumberFormats } from './domain/money-format';
import { endPrerender, prerenderShown, showStartFailure } from './prerender/handoff';
import './app/styles.css';
import './embed/embed.css';

const root = document.getElementById('root');
// A prerendered chart stays only for a visit that starts on it (see src/prerender/handoff.tsx).
if (!prerenderShown(document)) endPrerender(document);
if (root) {
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
