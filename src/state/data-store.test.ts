// The store against a fake static host: it fetches only the department on screen, keeps what it
// loaded, names a department that is not in the library, and merges the years a user imported.
import { createHash } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { makeDocument } from '../domain/document-fixture';
import type { BudgetDocument } from '../domain/schema';
import type { FetchText } from '../data/load-documents';
import { useDataStore } from './data-store';

const BASE = 'http://127.0.0.1/app/';

function publish(docs: BudgetDocument[]): Record<string, string> {
  const files: Record<string, string> = {};
  const entries = docs.map((doc) => {
    const text = JSON.stringify(doc);
    files[`data/${doc.id}.json`] = text;
    const dept = doc.id.replace(/-\d{4}$/, '');
    const hash = createHash('sha256').update(text).digest('hex').slice(0, 16);
    return {
      id: doc.id,
      year: doc.year,
      dept,
      department: doc.department,
      level: doc.level,
      district: doc.district,
      kind: doc.kind,
      file: `${doc.id}.json`,
      hash,
      bytes: text.length,
    };
  });
  for (const dept of new Set(entries.map((e) => e.dept)))
    files[`data/departments/${dept}.json`] = JSON.stringify({
      schemaVersion: 2,
      documents: entries.filter((e) => e.dept === dept),
    });
  files['data/index.json'] = JSON.stringify({ schemaVersion: 2, documents: entries });
  return files;
}

const hsa2021 = makeDocument({ id: 'shanghai-hsa-2021', year: 2021 });
const hsa2026 = makeDocument({ id: 'shanghai-hsa-2026', year: 2026 });
const justice = makeDocument({
  id: 'putuo-justice-2026',
  year: 2026,
  department: '上海市普陀区司法局',
  level: 'district',
  district: '普陀区',
});
const finance = makeDocument({
  id: 'putuo-finance-2025',
  year: 2025,
  department: '上海市普陀区财政局',
  level: 'district',
  district: '普陀区',
});
const served = publish([hsa2021, hsa2026, justice, finance]);

/** A host that serves `files` (an SPA fallback page for anything else, as many static hosts do), and counts requests. */
function host(files: Record<string, string>, requested: string[]): FetchText {
  return async (url) => {
    const file = url.replace(BASE, '');
    requested.push(file);
    const body = files[file] ?? '<!doctype html><title>app</title>';
    return { ok: true, status: 200, text: async () => body };
  };
}

const store = () => useDataStore.getState();
const until = async (ready: () => boolean) => {
  for (let i = 0; i < 100 && !ready(); i++) await new Promise((r) => setTimeout(r, 5));
};

beforeEach(() => {
  useDataStore.setState({ ...useDataStore.getInitialState() });
});

describe('the data store', () => {
  it('fetches the featured department only, not the catalogue or other departments', async () => {
    const requested: string[] = [];
    await store().load({ fetcher: host(served, requested), baseUrl: BASE });
    expect(store().status).toBe('ready');
    expect(store().dept).toBe('shanghai-hsa');
    expect(store().documents.map((d) => d.id)).toEqual(['shanghai-hsa-2021', 'shanghai-hsa-2026']);
    expect(requested.sort()).toEqual([
      'data/departments/shanghai-hsa.json',
      'data/shanghai-hsa-2021.json',
      'data/shanghai-hsa-2026.json',
    ]);
  });

  it('switches department, and back without fetching the documents again', async () => {
    const requested: string[] = [];
    await store().load({ fetcher: host(served, requested), baseUrl: BASE });
    await store().showDepartment('putuo-justice');
    expect(store().dept).toBe('putuo-justice');
    expect(store().documents.map((d) => d.id)).toEqual(['putuo-justice-2026']);
    requested.length = 0;
    await store().showDepartment('shanghai-hsa');
    expect(store().documents).toHaveLength(2);
    expect(requested).toEqual(['data/departments/shanghai-hsa.json']);
  });

  it('names a department the library does not have and shows the featured one', async () => {
    await store().load({ fetcher: host(served, []), baseUrl: BASE, dept: 'nope' });
    expect(store().status).toBe('ready');
    expect(store().dept).toBe('shanghai-hsa');
    expect(store().missingDept).toBe('nope');
  });

  it('keeps the department on screen when another asked for is missing', async () => {
    await store().load({ fetcher: host(served, []), baseUrl: BASE, dept: 'putuo-justice' });
    await store().showDepartment('nope');
    expect(store().dept).toBe('putuo-justice');
    expect(store().missingDept).toBe('nope');
  });

  it('shows the error screen when a listed department’s file is broken', async () => {
    const broken = { ...served, 'data/departments/putuo-justice.json': '{"schemaVersion":2,' };
    await store().load({ fetcher: host(broken, []), baseUrl: BASE, dept: 'putuo-justice' });
    expect(store().status).toBe('error');
    expect(store().error?.file).toBe('data/departments/putuo-justice.json');
  });

  it('shows the error screen when the featured department cannot be loaded', async () => {
    const { ['data/departments/shanghai-hsa.json']: _gone, ...rest } = served;
    await store().load({ fetcher: host(rest, []), baseUrl: BASE });
    expect(store().status).toBe('error');
  });

  it('lets a later department request win over an earlier one still loading', async () => {
    await store().load({ fetcher: host(served, []), baseUrl: BASE });
    const first = store().showDepartment('putuo-justice');
    const second = store().showDepartment('shanghai-hsa');
    await Promise.all([first, second]);
    await until(() => store().dept === 'shanghai-hsa');
    expect(store().dept).toBe('shanghai-hsa');
  });
});

describe('a retry', () => {
  it('asks again for the department of the link, not the featured one', async () => {
    const flaky: Record<string, string> = { ...served };
    delete flaky['data/putuo-finance-2025.json']; // (a department no earlier test loaded: none of it is cached)
    await store().load({ fetcher: host(flaky, []), baseUrl: BASE, dept: 'putuo-finance' });
    expect(store().status).toBe('error');
    expect(store().error?.file).toBe('data/putuo-finance-2025.json');
    await store().load({ fetcher: host(served, []), baseUrl: BASE });
    expect(store().status).toBe('ready');
    expect(store().dept).toBe('putuo-finance');
  });
});

describe('switching and strict loading', () => {
  it('keeps the department on screen when a switch fails on the network, and says so', async () => {
    let down = false;
    const flaky: FetchText = (url) => (down ? Promise.reject(new TypeError('Failed to fetch')) : host(served, [])(url));
    await store().load({ fetcher: flaky, baseUrl: BASE, dept: 'putuo-justice' });
    down = true;
    await store().showDepartment('putuo-finance');
    expect(store().status).toBe('ready');
    expect(store().dept).toBe('putuo-justice');
    expect(store().switchError?.file).toBe('data/departments/putuo-finance.json');
    down = false; // back online: asking again works
    await store().showDepartment('putuo-finance');
    expect(store().dept).toBe('putuo-finance');
    expect(store().switchError).toBeNull();
  });

  it('an embed (strict) shows an error for a department the site does not have, never the featured one', async () => {
    await store().load({ fetcher: host(served, []), baseUrl: BASE, dept: 'nope', strict: true });
    expect(store().status).toBe('error');
    expect(store().documents).toEqual([]);
    await store().load({ fetcher: host(served, []), baseUrl: BASE, dept: 'shanghai-hsa', strict: false });
  });
});
