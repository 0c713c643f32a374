// Draws the app icons (public/icons/*.png) from one SVG with the machine's Chromium, so no image
// tool is needed: a small treemap, the dashboard's own picture of a budget, on the accent colour.
// The maskable icon fills its square and keeps the drawing inside the safe zone (the central
// circle of 80% diameter) that launchers may crop to.
//
//   npx tsx scripts/make-icons.ts        (commit the PNGs it writes)
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { findChromium } from '../e2e/helpers/find-chromium';

const ACCENT = '#0b5cad';
// Category colours of the light theme (--cat-*), lightened to read on the accent background.
const TILES = ['#ffffff', '#9cc8f5', '#f5c15c', '#6fd6b2'];

/** The drawing in a 512 x 512 box: `scale` shrinks it around the centre (maskable safe zone). */
function iconSvg(size: number, { maskable }: { maskable: boolean }): string {
  const scale = maskable ? 0.56 : 0.72; // 0.56: the corners stay inside the safe circle (r = 0.4)
  const box = 512 * scale;
  const offset = (512 - box) / 2;
  const gap = 18 * scale;
  const r = 16 * scale;
  const left = box * 0.56;
  const right = box - left - gap;
  const top = box * 0.58;
  const bottom = box - top - gap;
  const half = (right - gap) / 2;
  const tiles = [
    [0, 0, left, box],
    [left + gap, 0, right, top],
    [left + gap, top + gap, half, bottom],
    [left + gap + half + gap, top + gap, half, bottom],
  ];
  const rects = tiles
    .map(
      ([x, y, w, h], i) =>
        `<rect x="${offset + x!}" y="${offset + y!}" width="${w}" height="${h}" rx="${r}" fill="${TILES[i]}"/>`,
    )
    .join('');
  const background = maskable
    ? `<rect width="512" height="512" fill="${ACCENT}"/>`
    : `<rect x="16" y="16" width="480" height="480" rx="96" fill="${ACCENT}"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 512 512">${background}${rects}</svg>`;
}

const ICONS = [
  { file: 'icon-192.png', size: 192, maskable: false },
  { file: 'icon-512.png', size: 512, maskable: false },
  { file: 'icon-maskable-512.png', size: 512, maskable: true },
];

async function main(): Promise<void> {
  const outDir = join(process.cwd(), 'public/icons');
  mkdirSync(outDir, { recursive: true });
  const browser = await chromium.launch({
    executablePath: findChromium({ env: process.env, exists: existsSync }),
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    for (const icon of ICONS) {
      await page.setViewportSize({ width: icon.size, height: icon.size });
      await page.setContent(
        `<!doctype html><html><body style="margin:0;background:transparent">${iconSvg(icon.size, icon)}</body></html>`,
      );
      await page.locator('svg').screenshot({ path: join(outDir, icon.file), omitBackground: true });
      console.log(`wrote public/icons/${icon.file} (${icon.size}x${icon.size})`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
