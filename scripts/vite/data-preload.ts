// Lists the data files in the HTML entries for public/data-preload.js, which starts fetching them
// while the app's JavaScript loads: the featured department's index and latest documents
// (public/data/departments/<dept>.json), and, in embed.html only, every archived version a pinned
// embed may ask for (data/versions.json, see data-versions.ts). Nothing here grows with the number
// of departments in the library.
// Both pages' boot script starts it with the app (public/prerender-boot.js).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { DEFAULT_DEPT } from '../../src/state/link/values.ts';

interface Listing {
  documents: { file: string; hash: string }[];
}

/** versions: null for a page that never shows pinned data (the app). */
export function dataMeta(dept: string, latest: Listing, versions: Listing | null): string {
  const latestFiles = [`data/departments/${dept}.json`, ...latest.documents.map((d) => `data/${d.file}`)];
  const tags = [
    `<meta name="hsa-data-dept" content="${dept}" />`,
    `<meta name="hsa-data-latest" content="${latestFiles.join(' ')}" />`,
  ];
  if (versions) {
    const pinned = versions.documents.map((d) => `${d.hash}:${d.file}`);
    tags.push(`<meta name="hsa-data-pinned" content="${pinned.join(' ')}" />`);
  }
  return tags.join('\n    ');
}

export function dataPreload(): Plugin {
  let root = process.cwd();
  return {
    name: 'hsa-data-preload',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const read = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8')) as Listing;
        const latest = read(`public/data/departments/${DEFAULT_DEPT}.json`);
        const pinned = context.filename.endsWith('embed.html') ? read('data/versions.json') : null;
        const meta = dataMeta(DEFAULT_DEPT, latest, pinned);
        return html.replace('</title>', `</title>\n    ${meta}`);
      },
    },
  };
}
