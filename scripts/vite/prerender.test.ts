import { describe, expect, it } from 'vitest';
import { deferAppScripts } from './prerender';

const page = `<head>
    <title>t</title>
    <script type="module" crossorigin src="./assets/main-A.js"></script>
    <link rel="modulepreload" crossorigin href="./assets/vendor-B.js">
    <link rel="modulepreload" crossorigin href="./assets/store-C.js">
    <link rel="stylesheet" crossorigin href="./assets/main-D.css">
</head>`;

describe('deferAppScripts', () => {
  it('lists the entry first, then the preloads, and leaves the stylesheets in place', () => {
    const html = deferAppScripts(page);
    expect(html).toContain('<meta name="hsa-app-modules" content="./assets/main-A.js ./assets/vendor-B.js ./assets/store-C.js" />');
    expect(html).not.toMatch(/<script type="module"|modulepreload/);
    expect(html).toContain('<link rel="stylesheet" crossorigin href="./assets/main-D.css">');
  });

  it('refuses a page without a module script (the app would never start)', () => {
    expect(() => deferAppScripts('<head><title>t</title></head>')).toThrow(/no module script/);
  });
});
