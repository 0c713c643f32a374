import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { measureEntry, measureReachable, namedAssets, referencedAssets, staticImports } from './entry-weight';

describe('entry weight', () => {
  it('finds the assets an HTML page names, not remote ones', () => {
    const html =
      '<script type="module" crossorigin src="./assets/main-1.js"></script><link rel="modulepreload" href="./assets/vendor-2.js"><link rel="stylesheet" href="./assets/main-3.css"><script src="https://cdn.example/x.js"></script>';
    expect(referencedAssets(html)).toEqual(['./assets/main-1.js', './assets/vendor-2.js', './assets/main-3.css']);
  });

  it('counts the modules index.html lists for its boot script to start', () => {
    const html =
      '<script src="./boot.js"></script><meta name="hsa-app-modules" content="./assets/main-1.js ./assets/vendor-2.js" />';
    expect(referencedAssets(html)).toEqual(['./boot.js', './assets/main-1.js', './assets/vendor-2.js']);
  });

  it('follows static imports but not dynamic ones', () => {
    const code = 'import{a as b}from"./vendor-2.js";import "./side.js";const c=()=>import("./lazy.js");';
    expect(staticImports(code)).toEqual(['./vendor-2.js', './side.js']);
  });

  it('sums gzip sizes of an entry and what it statically imports', () => {
    const dir = mkdtempSync(join(tmpdir(), 'weight-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(
      join(dir, 'index.html'),
      '<script type="module" src="./assets/main.js"></script><link rel="stylesheet" href="./assets/a.css">',
    );
    writeFileSync(join(dir, 'assets/main.js'), 'import"./dep.js";import("./lazy.js");' + 'x'.repeat(1000));
    writeFileSync(join(dir, 'assets/dep.js'), 'console.log(1)');
    writeFileSync(join(dir, 'assets/lazy.js'), 'y'.repeat(100000));
    writeFileSync(join(dir, 'assets/a.css'), 'body{}');
    const weight = measureEntry(dir, 'index.html');
    expect(weight.files.map((f) => f.file).sort()).toEqual([
      'assets/a.css',
      'assets/dep.js',
      'assets/main.js',
      'index.html',
    ]);
    expect(weight.js).toBeGreaterThan(0);
    expect(weight.total).toBe(weight.js + weight.css);
  });

  it('counts everything an entry can load: dynamic imports and preload lists too', () => {
    expect(namedAssets('const a=()=>import("./lazy-1.js");m.f=["./dep-2.js","./dep-3.css"];x="./not-a-file"')).toEqual([
      './lazy-1.js',
      './dep-2.js',
      './dep-3.css',
    ]);
    const dir = mkdtempSync(join(tmpdir(), 'reach-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<script type="module" src="./assets/main.js"></script>');
    writeFileSync(join(dir, 'assets/main.js'), 'import("./lazy.js");');
    writeFileSync(join(dir, 'assets/lazy.js'), 'm.f=["./deep.css"]');
    writeFileSync(join(dir, 'assets/deep.css'), 'body{}');
    writeFileSync(join(dir, 'assets/unrelated.js'), 'y'.repeat(100));
    expect(
      measureReachable(dir, 'index.html')
        .files.map((f) => f.file)
        .sort(),
    ).toEqual(['assets/deep.css', 'assets/lazy.js', 'assets/main.js']);
  });
});
