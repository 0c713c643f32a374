// Lists the data files in the HTML entries for public/data-preload.js, which starts fetching them
// while the app's JavaScript loads: the latest documents (public/data/index.json) and every
// archived version a pinned embed may ask for (data/versions.json, see data-versions.ts).
// Both pages' boot script starts it with the app (public/prerender-boot.js).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

interface Listing {
  documents: { file: string; hash: string }[];
}

export function dataMeta(latest: Listing, versions: Listing): string {
  const latestFiles = ['data/index.json', ...latest.documents.map((d) => `data/${d.file}`)];
  const pinned = versions.documents.map((d) => `${d.hash}:${d.file}`);
  return [
    `<meta name="hsa-data-latest" content="${latestFiles.join(' ')}" />`,
    `<meta name="hsa-data-pinned" content="${pinned.join(' ')}" />`,
  ].join('\n    ');
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
      handler(html) {
        const read = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8')) as Listing;
        const meta = dataMeta(read('public/data/index.json'), read('data/versions.json'));
        return html.replace('</title>', `</title>\n    ${meta}`);
      },
    },
  };
}
