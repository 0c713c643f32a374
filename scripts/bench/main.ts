// npm run bench: builds the production app and prints one table of measured figures, with the
// machine noted, then writes them to bench-results/latest.json and into docs/PERFORMANCE.md.
// Sizes are deterministic (and also checked by npm test); timings are reported, not tested.
import { execSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { findChromium } from '../../e2e/helpers/find-chromium';
import { gzipSize, measureEntry, measureReachable } from './entry-weight';
import { runInteractions } from './interactions';
import { runLighthouse } from './lighthouse';
import { runContentWeight } from './content-weight';
import { runScaling } from './scaling';
import { runLibrary } from './library';
import { runImportTiming } from './import-timing';
import { runReader } from './reader';
import { renderReader, renderReport, type BenchReport } from './report';

const PORT = 4390;
const BASE = `http://127.0.0.1:${PORT}/`;
const only = new Set(process.argv.slice(2)); // e.g. `npm run bench -- sizes scaling`
const wants = (section: string) => only.size === 0 || only.has(section);

function machine(): string {
  const chromium = (() => {
    try {
      return execSync(`${findChromium({ env: process.env, exists: existsSync })} --version`, {
        stdio: ['ignore', 'pipe', 'ignore'],
      })
        .toString()
        .trim();
    } catch {
      return 'unknown Chromium';
    }
  })();
  return `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${chromium}`;
}

async function withPreview<T>(fn: () => Promise<T>): Promise<T> {
  // Its own process group, so that stopping it also stops the vite process npx starts.
  const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'], {
    stdio: 'ignore',
    detached: true,
  });
  try {
    for (let i = 0; i < 100; i++) {
      try {
        if ((await fetch(BASE)).ok) break;
      } catch {
        await new Promise((r) => setTimeout(r, 200));
      }
    }
    return await fn();
  } finally {
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
  }
}

async function main() {
  const report: BenchReport = {
    machine: machine(),
    date: new Date().toISOString().slice(0, 10),
    sizes: [],
    contentWeight: [],
    data: [],
    lighthouse: [],
    interactions: [],
    scaling: [],
    reader: null,
    soak: null,
    library: [],
    importTiming: [],
  };
  console.log(`bench on ${report.machine}`);
  if (wants('build') || wants('sizes') || wants('lighthouse') || wants('interactions')) {
    execSync('npm run build --silent', { stdio: 'inherit' });
    if (existsSync('package.json') && JSON.parse(readFileSync('package.json', 'utf8')).scripts['build:kiosk']) {
      execSync('npm run build:kiosk --silent', { stdio: 'inherit' });
    }
  } else if (wants('library') || wants('import')) execSync('npm run build --silent', { stdio: 'inherit' });
  if (wants('sizes')) {
    for (const [label, dir, entry] of [
      ['app', 'dist', 'index.html'],
      ['embed', 'dist', 'embed.html'],
      ['kiosk (single file)', 'dist-kiosk', 'kiosk.html'],
    ] as const) {
      if (!existsSync(join(dir, entry))) continue;
      if (dir === 'dist-kiosk') {
        // The single file carries its scripts, styles and data inline: its own size is the load.
        const gzip = gzipSize(readFileSync(join(dir, entry)));
        report.sizes.push({ label, entry, files: [{ file: entry, gzip }], js: gzip, css: 0, total: gzip });
      } else report.sizes.push({ label, ...measureEntry(dir, entry), reachable: measureReachable(dir, entry).total });
    }
    for (const file of readdirSync('public/data')
      .filter((f) => f.endsWith('.json'))
      .sort()) {
      const content = readFileSync(join('public/data', file));
      report.data.push({ file, bytes: content.length, gzip: gzipSize(content) });
    }
  }
  const chrome = findChromium({ env: process.env, exists: existsSync });
  if (wants('sizes') || wants('lighthouse') || wants('interactions')) {
    await withPreview(async () => {
      if (wants('lighthouse')) {
        report.lighthouse = await runLighthouse(
          [
            { name: 'overview', url: BASE },
            { name: 'explore', url: `${BASE}#view=explore` },
            { name: 'compare', url: `${BASE}#view=compare` },
            { name: 'embed', url: `${BASE}embed.html#chart=treemap-function` },
          ],
          chrome,
        );
      }
      if (wants('sizes')) report.contentWeight = await runContentWeight(BASE, 'dist', chrome);
      if (wants('interactions')) report.interactions = await runInteractions(BASE, chrome);
    });
  }
  // Each serves its own copies of dist/ (ports 4391–4394), so that a rebuild meanwhile changes nothing measured.
  if (wants('library')) report.library = await runLibrary('dist', chrome);
  if (wants('import')) report.importTiming = await runImportTiming('dist', chrome);
  if (wants('scaling')) report.scaling = runScaling();
  if (wants('reader')) report.reader = await runReader();
  if (wants('soak') && existsSync('scripts/bench/kiosk-soak.ts')) {
    const soakModule = './kiosk-soak.ts'; // written with the kiosk; resolved at run time
    const { runKioskSoak } = (await import(soakModule)) as { runKioskSoak: () => Promise<BenchReport['soak']> };
    report.soak = await runKioskSoak();
  }
  const text = renderReport(report);
  console.log(text);
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/latest.json', `${JSON.stringify(report, null, 2)}\n`);
  updatePerformanceDoc(report);
}

function updatePerformanceDoc(report: BenchReport) {
  const file = 'docs/PERFORMANCE.md';
  if (!existsSync(file)) return;
  const before = readFileSync(file, 'utf8');
  let doc = before;
  // Partial runs do not overwrite the record, except the reader's own block (its figures stand
  // alone, so `npm run bench -- reader` may rewrite them); the full run rewrites both blocks.
  if (only.size === 0) doc = replaceBlock(doc, 'bench', renderReport({ ...report, reader: null }));
  if (report.reader)
    doc = replaceBlock(
      doc,
      'bench:reader',
      [`machine: ${report.machine}`, `date: ${report.date}`, '', renderReader(report.reader)].join('\n'),
    );
  if (doc !== before) writeFileSync(file, doc);
}

/** The doc with the text between `<!-- name:start -->` and `<!-- name:end -->` replaced (unchanged without the markers). */
function replaceBlock(doc: string, name: string, text: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const i = doc.indexOf(start);
  const j = doc.indexOf(end);
  if (i < 0 || j < i) return doc;
  return `${doc.slice(0, i + start.length)}\n\`\`\`\n${text}\n\`\`\`\n${doc.slice(j)}`;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
