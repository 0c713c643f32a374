// Steps shared by the share and embed journeys: the share dialog, downloads, a host page on
// another origin.
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, type Locator, type Page } from '@playwright/test';

/** Opens the share dialog of the (first) chart or table on the page. */
export async function openShareDialog(page: Page, lang: 'zh-CN' | 'en' = 'zh-CN'): Promise<Locator> {
  await page
    .getByRole('button', { name: lang === 'en' ? /^Share and download/ : /^分享与下载/ })
    .first()
    .click();
  const dialog = page.getByRole('dialog', { name: lang === 'en' ? 'Share and download' : '分享与下载' });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Clicks a download button and gives the file's bytes and suggested name. */
export async function download(page: Page, button: Locator): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

/** The embed code as the share dialog gives it. */
export async function embedCodeFrom(dialog: Locator, lang: 'zh-CN' | 'en' = 'zh-CN'): Promise<string> {
  return dialog.getByLabel(lang === 'en' ? 'Embed code' : '嵌入代码', { exact: true }).inputValue();
}

/** A static page on its own port (so: another origin than the app), serving one HTML text. */
export async function hostPage(html: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((request, response) => {
    if (request.url === '/' || request.url?.startsWith('/article')) {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end(html);
    } else if (request.url === '/favicon.ico') {
      response.writeHead(204);
      response.end();
    } else {
      response.writeHead(404);
      response.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/article`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export function articleHtml(embedCode: string, title = 'Article'): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<style>body{font-family:sans-serif;margin:0 auto;max-width:760px;padding:16px} iframe{display:block}</style></head>
<body><h1>${title}</h1><p>Before the chart.</p>
${embedCode}
<p id="after">After the chart.</p></body></html>`;
}

/** Width and height in the IHDR chunk of a PNG (bytes 16..23), after checking the signature. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  expect([...bytes.subarray(0, 8)]).toEqual(signature);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** A minimal CSV reader for the files the dashboard writes (BOM, CRLF, quoted fields). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && body[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}
