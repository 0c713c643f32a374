// The library's import: a budget file dropped or picked is read in this browser, reported, stored
// in IndexedDB and shown like a published document; a file the library already has is recognised;
// a file that is not a budget of the template is refused with what was expected; imports survive
// a reload and can be removed; it works offline; axe on the drop zone and the report.
//
// The four Putuo PDFs are published with the dashboard, so the files themselves are recognised as
// known. To read one as an import, the test makes a copy with a comment after its %%EOF: other
// bytes (another sha256), the same document.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { HELVETICA, onePagePdf } from '../src/reader/pdf/tiny-pdf.ts';
import { openApp, watchConsole } from './helpers/app';
import { waitForServiceWorkerControl } from './helpers/kiosk';
import { download } from './helpers/share';

const SOURCES = join(import.meta.dirname, '..', 'data', 'sources');
const source = (file: string): Buffer => readFileSync(join(SOURCES, file));
/** The same document in a file of other bytes: not recognised as the published one, so it is read. */
const copyOf = (file: string, note = 'a copy'): Buffer => Buffer.concat([source(file), Buffer.from(`\n% ${note}\n`)]);

const PUTUO = [
  {
    file: 'putuo-finance-2025-dept-budget.pdf',
    department: '上海市普陀区财政局',
    year: 2025,
    total: '3,121.42万元',
    top: '一般公共服务支出',
    child: '财政事务',
  },
  {
    file: 'putuo-wanli-street-2024-budget.pdf',
    department: '上海市普陀区人民政府万里街道办事处',
    year: 2024,
    total: '15,621.11万元',
    top: '城乡社区支出',
    child: '城乡社区管理事务',
  },
  {
    file: 'putuo-commerce-2025-unit-budget.pdf',
    department: '上海市普陀区商务委员会',
    year: 2025,
    total: '37,151.47万元',
    top: '资源勘探工业信息等支出',
    child: '支持中小企业发展和管理支出',
  },
  {
    file: 'putuo-justice-2026-dept-budget.pdf',
    department: '上海市普陀区司法局',
    year: 2026,
    total: '9,628.22万元',
    top: '公共安全支出',
    child: '司法',
  },
];
const HSA_2026 = 'shanghai-hsa-2026-budget.txt';
const HSA_2021 = 'shanghai-hsa-2021-budget.txt';
const HSA_EN = 'Shanghai Healthcare Security Administration';

const fileInput = (page: Page) => page.getByTestId('import-file-input');
const resultHeading = (page: Page) => page.locator('#import-result-title');
const myDocuments = (page: Page) => page.getByRole('region', { name: /^(我的文件|My documents)$/ });
const tile = (page: Page, name: string) =>
  page.getByRole('group', { name: /^(树图|Treemap)/ }).getByRole('button', { name: new RegExp(`^${name}[，,]`) });
const READ_TIMEOUT = { timeout: 60_000 }; // a PDF of 25 pages on a slow machine

async function choose(page: Page, name: string, buffer: Buffer): Promise<void> {
  const mimeType = name.endsWith('.pdf') ? 'application/pdf' : 'text/plain';
  await fileInput(page).setInputFiles({ name, mimeType, buffer });
}

/** A minimal valid PDF whose only text is "Hello": a PDF, but no budget. */
const helloPdf = () =>
  Buffer.from(onePagePdf('BT /F1 24 Tf 72 720 Td (Hello) Tj ET', '<< /Font << /F1 5 0 R >> >>', [HELVETICA]));
/** The first 30% of a real budget PDF: a download cut off. */
const truncatedPdf = () => {
  const whole = source('putuo-wanli-street-2024-budget.pdf');
  return whole.subarray(0, Math.floor(whole.length * 0.3));
};

/** Drops a file on an element with a real DataTransfer, as a drag from the desktop would. */
async function dropOn(
  page: Page,
  selector: string,
  name: string,
  buffer: Buffer,
  events = ['dragenter', 'dragover', 'drop'],
) {
  await page.locator(selector).evaluate(
    (target, { name, base64, events }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], name, { type: name.endsWith('.pdf') ? 'application/pdf' : 'text/plain' }));
      for (const type of events) {
        target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }));
      }
    },
    { name, base64: buffer.toString('base64'), events },
  );
}

for (const doc of PUTUO) {
  test(`${doc.file}: a copy is read, reported and explored; the file itself is the published one`, async ({ page }) => {
    test.setTimeout(150_000);
    const console = watchConsole(page);
    await openApp(page, 'view=library&lang=zh-CN');
    await expect(page.getByText('文件始终留在本机：在此浏览器中读取，绝不上传。')).toBeVisible();

    await choose(page, `copy-${doc.file}`, copyOf(doc.file));
    await expect(resultHeading(page)).toHaveText(`已读取：${doc.department}，${doc.year}年`, READ_TIMEOUT);
    await expect(resultHeading(page)).toBeFocused();
    const report = page.locator('[data-outcome="imported"]');
    await expect(report.locator('.import-table tbody tr')).toHaveCount(9);
    await expect(report.getByTestId('import-checks')).toContainText(/共核对 [\d,]+ 项，通过 [\d,]+ 项。/);
    await expect(report).toContainText(doc.file.includes('unit') ? '单位预算' : '部门预算');
    await expect(report).toContainText('区级：普陀区');
    await expect(myDocuments(page).getByTestId('my-document')).toHaveCount(1);

    await report.getByRole('link', { name: '查看这份预算' }).click();
    await expect(page).toHaveURL(/dept=imported-/);
    await expect(page.getByTestId(`total-${doc.year}`)).toHaveText(doc.total);
    await page.getByRole('navigation', { name: '视图' }).getByRole('link', { name: '探索' }).click();
    await tile(page, doc.top).click();
    await expect(tile(page, doc.child)).toBeVisible();

    // The published file itself: recognised by its fingerprint, not read again, nothing stored.
    await page.getByRole('navigation', { name: '视图' }).getByRole('link', { name: '预算库' }).click();
    await choose(page, doc.file, source(doc.file));
    await expect(resultHeading(page)).toHaveText('此文件已在这里', READ_TIMEOUT);
    await expect(page.locator('[data-outcome="known"]')).toContainText(
      `${doc.department}，${doc.year}年：随看板发布。`,
    );
    await expect(myDocuments(page).getByTestId('my-document')).toHaveCount(1);
    await page
      .locator('[data-outcome="known"]')
      .getByRole('link', { name: `打开 ${doc.department}，${doc.year}年` })
      .click();
    await expect(page).toHaveURL(new RegExp(`dept=${doc.file.replace(/-\d{4}-.*$/, '')}`));
    await expect(page.getByTestId(`total-${doc.year}`)).toHaveText(doc.total);
    expect(console.errors).toEqual([]);
  });
}

test('the document’s own inconsistencies are listed with both figures', async ({ page }) => {
  test.setTimeout(120_000);
  await openApp(page, 'view=library&lang=zh-CN');
  await choose(page, 'finance.pdf', copyOf('putuo-finance-2025-dept-budget.pdf'));
  await expect(resultHeading(page)).toHaveText('已读取：上海市普陀区财政局，2025年', READ_TIMEOUT);
  const failures = page.getByTestId('import-failures').getByRole('listitem');
  await expect(failures).toHaveCount(1);
  await expect(failures.first()).toContainText('第 7 页');
  await expect(failures.first()).toContainText('8,873,600.00元');
  await expect(failures.first()).toContainText('873,617.00元');
});

/**
 * The page-by-page progress bar shows ("Reading page 7 of 23"). Checked at every frame: with the
 * reader loaded ahead (a drag over the zone starts it), the pages can take less than a second.
 */
async function pageProgressShown(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      /Reading page \d+ of \d+/.test(document.querySelector('.drop-zone')?.textContent ?? '') &&
      document.querySelector('.drop-zone progress') !== null,
    null,
    { polling: 'raf', ...READ_TIMEOUT },
  );
}

test('a file dropped on the zone is read, with its progress and Cancel', async ({ page }) => {
  test.setTimeout(150_000);
  await openApp(page, 'view=library&lang=en');
  await dropOn(page, '[data-testid="drop-zone"]', 'dropped.pdf', copyOf('putuo-justice-2026-dept-budget.pdf', 'one'));
  await pageProgressShown(page);
  await expect(resultHeading(page)).toHaveText('Read: Putuo District Justice Bureau, 2026', READ_TIMEOUT);

  // Another file, cancelled while it is read: nothing stored.
  await choose(page, 'cancelled.pdf', copyOf('putuo-justice-2026-dept-budget.pdf', 'two'));
  const cancel = page.getByRole('button', { name: 'Cancel' });
  await expect(cancel).toBeFocused();
  await pageProgressShown(page);
  await cancel.click();
  await expect(resultHeading(page)).toHaveText('Import cancelled; nothing stored.');
  await expect(resultHeading(page)).toBeFocused();
  await expect(myDocuments(page).getByTestId('my-document')).toHaveCount(1);
});

test('the HSA budget text is recognised as the document published with the dashboard', async ({ page }) => {
  const console = watchConsole(page);
  await openApp(page, 'view=library&lang=en');
  await choose(page, HSA_2026, source(HSA_2026));
  await expect(resultHeading(page)).toHaveText('This file is already here');
  await expect(page.locator('[data-outcome="known"]')).toContainText(`${HSA_EN}, 2026: published with the dashboard.`);
  await expect(page.locator('[data-outcome="known"]')).toContainText('Nothing new was stored.');
  await page.getByRole('link', { name: `Open ${HSA_EN}, 2026` }).click();
  await expect(page.getByTestId('total-2026')).toHaveText('CNY 300.17 million');
  expect(console.errors).toEqual([]);
});

test('imports stay after a reload, are recognised again, and one can be removed', async ({ page }) => {
  await openApp(page, 'view=library&lang=en');
  await expect(myDocuments(page)).toContainText('No file read yet.');
  await choose(page, 'hsa-2021-copy.txt', copyOf(HSA_2021));
  await expect(resultHeading(page)).toHaveText(`Read: ${HSA_EN}, 2021`);
  await choose(page, 'hsa-2026-copy.txt', copyOf(HSA_2026));
  await expect(resultHeading(page)).toHaveText(`Read: ${HSA_EN}, 2026`);
  // Its department now has two years of this user's: they can be compared.
  await expect(page.getByRole('link', { name: 'Compare its years' })).toBeVisible();

  await page.reload();
  const items = myDocuments(page).getByTestId('my-document');
  await expect(items).toHaveCount(2);
  await expect(items.first()).toContainText('hsa-2026-copy.txt');
  await expect(items.first()).toContainText('Imported by you');

  // The same file again: already here, imported by you.
  await choose(page, 'again.txt', copyOf(HSA_2026));
  await expect(resultHeading(page)).toHaveText('This file is already here');
  await expect(page.locator('[data-outcome="known"]')).toContainText(`${HSA_EN}, 2026: imported by you on`);

  await myDocuments(page)
    .getByRole('button', { name: `Remove ${HSA_EN}, 2021` })
    .click();
  const confirm = myDocuments(page).getByRole('group', { name: /^Remove .*, 2021 from this browser\?/ });
  await expect(confirm.getByRole('button', { name: 'Keep it' })).toBeFocused();
  await confirm.getByRole('button', { name: 'Yes, remove' }).click();
  await expect(items).toHaveCount(1);
  await expect(myDocuments(page).getByRole('status')).toHaveText(`${HSA_EN}, 2021 removed from this browser.`);
  await page.reload();
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText('2026');
});

test('a PDF that is no budget and a truncated PDF are refused, saying what was expected', async ({ page }) => {
  await openApp(page, 'view=library&lang=en');
  await choose(page, 'hello.pdf', helloPdf());
  await expect(resultHeading(page)).toHaveText('This file was not read', READ_TIMEOUT);
  const refused = page.locator('[data-outcome="refused"]');
  await expect(refused).toContainText('This is not a budget of the Shanghai template.');
  await expect(refused).toContainText('Nothing was stored.');
  await refused.getByText('What the reader found').click();
  await expect(refused.locator('details')).toContainText('预算');

  await choose(page, 'cut-off.pdf', truncatedPdf());
  await expect(refused).toContainText('This PDF is damaged or truncated', READ_TIMEOUT);
  await expect(resultHeading(page)).toBeFocused();
  await expect(myDocuments(page).getByTestId('my-document')).toHaveCount(0);

  await page.getByRole('button', { name: '中文' }).click();
  await expect(refused).toContainText('此 PDF 已损坏或不完整');
  await expect(refused).toContainText('未保存任何内容。');
});

test('a file dragged over any view opens the page-wide drop target; text drags do not', async ({ page }) => {
  await openApp(page, 'lang=en');
  const overlay = page.getByTestId('drop-overlay');
  await page.evaluate(() => {
    const transfer = new DataTransfer();
    transfer.setData('text/plain', 'a selection dragged in the page');
    for (const type of ['dragenter', 'dragover']) {
      document.body.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }));
    }
  });
  await expect(overlay).toHaveCount(0);

  await dropOn(page, 'body', HSA_2026, source(HSA_2026), ['dragenter', 'dragover']);
  await expect(overlay).toContainText('Drop the budget file to read it here');
  await page.keyboard.press('Escape');
  await expect(overlay).toHaveCount(0);

  await dropOn(page, 'body', HSA_2026, source(HSA_2026), ['dragenter', 'dragover']);
  await dropOn(page, '[data-testid="drop-overlay"]', HSA_2026, source(HSA_2026), ['drop']);
  await expect(overlay).toHaveCount(0);
  await expect(page).toHaveURL(/view=library/);
  await expect(resultHeading(page)).toHaveText('This file is already here');
});

test('reads a file with the network off, once the app and its reader have been loaded', async ({ page, context }) => {
  test.setTimeout(180_000);
  await openApp(page, 'view=library&lang=en');
  await waitForServiceWorkerControl(page);
  // Once more with the service worker in charge, so that the library's catalogue (data/index.json,
  // cached when opened) is kept too: offline it still names the departments and knows their files.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  await choose(page, 'online.pdf', copyOf('putuo-finance-2025-dept-budget.pdf'));
  await expect(resultHeading(page)).toHaveText('Read: Putuo District Finance Bureau, 2025', READ_TIMEOUT);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  await choose(page, 'offline.pdf', copyOf('putuo-commerce-2025-unit-budget.pdf'));
  await expect(resultHeading(page)).toHaveText('Read: Putuo District Commerce Commission, 2025', READ_TIMEOUT);
  await expect(myDocuments(page).getByTestId('my-document')).toHaveCount(2);
  // and a published file is still recognised
  await choose(page, HSA_2026, source(HSA_2026));
  await expect(resultHeading(page)).toHaveText('This file is already here');
});

for (const [lang, theme] of [
  ['zh-CN', 'light'],
  ['en', 'dark'],
] as const) {
  test(`axe: the drop zone, a report and a refusal (${lang}, ${theme})`, async ({ page }) => {
    test.setTimeout(150_000);
    const axe = async (what: string) => {
      const results = await new AxeBuilder({ page }).include('.library').analyze();
      const summary = results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')}`);
      expect(summary, `${what} (${lang}, ${theme})`).toEqual([]);
    };
    await openApp(page, `view=library&lang=${lang}&theme=${theme}`);
    await axe('drop zone');
    await choose(page, 'finance.pdf', copyOf('putuo-finance-2025-dept-budget.pdf'));
    await expect(page.locator('[data-outcome="imported"]')).toBeVisible(READ_TIMEOUT);
    await axe('report');
    await choose(page, 'hello.pdf', helloPdf());
    await expect(page.locator('[data-outcome="refused"]')).toBeVisible(READ_TIMEOUT);
    await page.locator('[data-outcome="refused"] summary').click();
    await axe('refusal');
  });
}

test('the kiosk tours an imported document, and its citation names the file and its hash', async ({ page }) => {
  test.setTimeout(150_000);
  const doc = PUTUO.find((d) => d.file.startsWith('putuo-justice'))!;
  await openApp(page, 'view=library&lang=en');
  await choose(page, 'my-justice.pdf', copyOf(doc.file, 'kiosk'));
  await expect(resultHeading(page)).toHaveText(/^Read: /, READ_TIMEOUT);
  await page.locator('[data-outcome="imported"]').getByRole('link', { name: 'Explore it' }).click();
  const dept = new URL(page.url()).hash.match(/dept=(imported-[0-9a-f]+)/)![1]!;

  // Shared as a table: the image's source line names the user's file and the file's SHA-256.
  await page.goto(`./#dept=${dept}&view=tables&lang=en`);
  await page
    .getByRole('button', { name: /^Share/ })
    .first()
    .click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByTestId('embed-imported')).toContainText('data/sources');
  const svg = (await download(page, dialog.getByRole('button', { name: 'SVG vector image' }))).bytes.toString('utf8');
  expect(svg).toContain('my-justice.pdf');
  expect(svg).toMatch(/SHA-256 [0-9a-f]{64}/);
  await page.keyboard.press('Escape');

  await page.goto(`./#kiosk&dept=${dept}&lang=zh-CN&interval=30`);
  await expect(page.getByTestId('kiosk-position')).toContainText('1 / ');
  await expect(page.locator('.kiosk-slide').first()).toContainText(doc.total);
});
