import { describe, expect, it } from 'vitest';
import { deferAppScripts, placeStandIns } from './stand-in-page';

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
    expect(html).toContain(
      '<meta name="hsa-app-modules" content="./assets/main-A.js ./assets/vendor-B.js ./assets/store-C.js" />',
    );
    expect(html).not.toMatch(/<script type="module"|modulepreload/);
    expect(html).toContain('<link rel="stylesheet" crossorigin href="./assets/main-D.css">');
  });

  it('refuses a page without a module script (the app would never start)', () => {
    expect(() => deferAppScripts('<head><title>t</title></head>')).toThrow(/no module script/);
  });
});

describe('placeStandIns', () => {
  const body = '<head><title>t</title></head><body><div id="root"></div></body>';
  const standIns = [
    { key: 'overview', markup: '<main>overview</main>' },
    { key: 'explore', markup: '<main>explore</main>' },
  ];
  const map = { '': 'overview', 'view=explore': 'explore' };

  it("puts the bare URL's stand-in in the document and every other one in a template named by its key", () => {
    const html = placeStandIns(body, standIns, map, true, '<p>failed</p>');
    expect(html).toContain('<div id="prerendered" inert><main>overview</main></div>');
    expect(html).toContain('<template data-stand-in="explore"><main>explore</main></template>');
    expect(html.indexOf('id="prerendered"')).toBeLessThan(html.indexOf('<div id="root">'));
    expect(html.indexOf('<div id="root">')).toBeLessThan(html.indexOf('<template'));
    expect(html).toContain(
      '<template data-start-failure><main class="screen-center error-screen"><p>failed</p></main></template>',
    );
  });

  it('maps each hash to its stand-in in the head, for the boot script that runs before the body is parsed', () => {
    const html = placeStandIns(body, standIns, map, true, '<p>failed</p>');
    const meta = /<meta name="hsa-stand-ins" content="([^"]*)" data-remembered \/>/.exec(html);
    expect(JSON.parse((meta?.[1] ?? '').replace(/&quot;/g, '"'))).toEqual(map);
    expect(html.indexOf('hsa-stand-ins')).toBeLessThan(html.indexOf('</head>'));
    expect(placeStandIns(body, standIns, map, false, '<p>failed</p>')).not.toContain('data-remembered');
  });

  it("refuses a page without the app's root", () => {
    expect(() => placeStandIns('<head><title>t</title></head>', standIns, map, true, '<p>failed</p>')).toThrow(
      /no <div id="root">/,
    );
  });
});
