import { describe, expect, it } from 'vitest';
import { deferAppScripts, placeStandIns, STAND_INS } from './prerender';

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

describe('placeStandIns', () => {
  const body = '<head><title>t</title></head><body><div id="root"></div></body>';
  const markups = STAND_INS.map((standIn) => `<main>${standIn.hash || 'overview'}</main>`);

  it('puts the overview in the document and every other view in a template named by its hash', () => {
    const html = placeStandIns(body, markups);
    expect(html).toContain('<div id="prerendered" inert><main>overview</main></div>');
    for (const { hash } of STAND_INS.slice(1)) expect(html).toContain(`<template data-stand-in="${hash}"><main>${hash}</main></template>`);
    expect(html.indexOf('id="prerendered"')).toBeLessThan(html.indexOf('<template'));
    expect(html.indexOf('</template>')).toBeLessThan(html.indexOf('<div id="root">'));
  });

  it('lists the templates for the boot script, which runs before the body is parsed', () => {
    const html = placeStandIns(body, markups);
    const list = /<meta name="hsa-stand-ins" content="([^"]*)" \/>/.exec(html)?.[1];
    expect(list?.split(' ')).toEqual(STAND_INS.slice(1).map((standIn) => standIn.hash));
    expect(html.indexOf('hsa-stand-ins')).toBeLessThan(html.indexOf('</head>'));
  });
});
