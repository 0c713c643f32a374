// The library of departments: a link opens one department and fetches only its files; the picker
// (keyboard, screen reader) switches department; a department that is not here is named, whether
// mistyped or imported in someone else's browser; the kiosk tours any department.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openApp } from './helpers/app';
import { openKiosk } from './helpers/kiosk';

interface Entry {
  id: string;
  dept: string;
  department: string;
  departmentEn: string | null;
  file: string;
}
const DATA = fileURLToPath(new URL('../public/data', import.meta.url));
const index = JSON.parse(readFileSync(join(DATA, 'index.json'), 'utf8')) as { documents: Entry[] };
const entryOf = (dept: string) => index.documents.find((entry) => entry.dept === dept)!;
const justice = entryOf('putuo-justice');
const justiceDoc = JSON.parse(readFileSync(join(DATA, justice.file), 'utf8')) as {
  year: number;
  tables: { financialSummary: { expenditureTotal: number } };
};

/** A fen amount as the page prints it in yuan to the fen: 9628221344 -> "96,282,213.44". */
const yuan = (fen: number) =>
  (fen / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** The data files the page requests, by path below data/. */
function dataRequests(page: Page): string[] {
  const paths: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    const at = path.indexOf('/data/');
    if (at >= 0) paths.push(path.slice(at + '/data/'.length));
  });
  return paths;
}

async function axe(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')}`);
  expect(summary, label).toEqual([]);
}

test('a link to a department opens it, its own files only, with its name and exact total', async ({ page }) => {
  const requested = dataRequests(page);
  await openApp(page, `dept=${justice.dept}&unit=yuan&lang=en`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(justice.departmentEn!);
  await expect(page.locator('.brand-title')).toContainText(justice.departmentEn!);
  await expect(page.locator('main')).toContainText(yuan(justiceDoc.tables.financialSummary.expenditureTotal));
  await expect(page).toHaveTitle(new RegExp(justice.departmentEn!));
  // the department's index and its documents; not the catalogue, not the other departments
  expect(requested.filter((path) => path.endsWith('.json')).sort()).toEqual(
    [`departments/${justice.dept}.json`, justice.file].sort(),
  );
});

test('the department picker by keyboard: search, choose, and back again', async ({ page }) => {
  const requested = dataRequests(page);
  await openApp(page, 'lang=en');
  const picker = page.getByRole('combobox', { name: /Department/ });
  await picker.focus();
  await expect.poll(() => requested.includes('index.json')).toBe(true); // the catalogue, on first focus
  await page.keyboard.type('Justice');
  const listbox = page.getByRole('listbox');
  await expect(listbox.getByRole('option')).toHaveCount(1);
  await expect(listbox.getByRole('option')).toContainText(justice.departmentEn!);
  await expect(page.getByRole('status').filter({ hasText: '1 department' })).toHaveCount(1);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`dept=${justice.dept}`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText(justice.departmentEn!);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(entryOf('shanghai-hsa').departmentEn!);
});

for (const lang of ['zh-CN', 'en'] as const) {
  test(`axe: the department picker open, grouped by level, in ${lang}`, async ({ page }) => {
    await openApp(page, `lang=${lang}`);
    const picker = page.getByRole('combobox').first();
    await picker.focus();
    await page.keyboard.press('ArrowDown');
    const listbox = page.getByRole('listbox');
    await expect(listbox.getByRole('group')).toHaveCount(2); // 市级, then 普陀区
    await expect(listbox.getByRole('option')).toHaveCount(new Set(index.documents.map((d) => d.dept)).size);
    await axe(page, `picker (${lang})`);
  });
}

test('a department the library does not have is named, and the featured one is shown', async ({ page }) => {
  await openApp(page, 'dept=no-such-office&lang=en');
  const notice = page.getByTestId('missing-department');
  await expect(notice).toContainText('no-such-office');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(entryOf('shanghai-hsa').departmentEn!);
  await notice.getByRole('button', { name: 'Choose a department' }).click();
  await expect(page).toHaveURL(/view=library/);
});

test('a link to a document imported in another browser says so and offers the import', async ({ page }) => {
  await openApp(page, 'dept=imported-0a1b2c3d&view=explore&lang=en');
  const notice = page.getByTestId('missing-department');
  await expect(notice).toContainText('imported into their own browser');
  await expect(notice).toContainText('never uploaded');
  await notice.getByRole('button', { name: 'Import the file' }).click();
  await expect(page).toHaveURL(/view=library/);
  await expect(page.locator('input[type="file"]')).toHaveCount(1);
});

test('compare of a department with one year says what it needs', async ({ page }) => {
  await openApp(page, `dept=${justice.dept}&view=compare&lang=en`);
  await expect(page.locator('main')).toContainText('at least two years of one department');
  await page.getByRole('link', { name: 'Open the library' }).click();
  await expect(page).toHaveURL(/view=library/);
});

test('the nav keeps the department', async ({ page }) => {
  await openApp(page, `dept=${justice.dept}&lang=en`);
  const nav = page.getByRole('navigation', { name: 'Views' });
  await expect(nav.getByRole('link', { name: 'Explore' })).toHaveAttribute('href', new RegExp(`dept=${justice.dept}`));
  await nav.getByRole('link', { name: 'Tables' }).click();
  await expect(page).toHaveURL(new RegExp(`dept=${justice.dept}`));
  await expect(page.locator('.brand-title')).toContainText(justice.departmentEn!);
});

test('the kiosk tours the department of its link', async ({ page }) => {
  await openKiosk(page, `dept=${justice.dept}&lang=en&interval=30`);
  await expect(page.locator('.kiosk-slide').first()).toContainText(justice.departmentEn!);
});
