import { describe, expect, it } from 'vitest';
import { createEmbeddedFetcher } from './embedded-fetcher';
import { LoadError, loadDocuments } from './load-documents';

describe('embedded data fetcher', () => {
  const fetcher = createEmbeddedFetcher({ 'data/index.json': '{"a":1}', 'data/x-2026.json': '年' });

  it('serves a file by its path below wherever the page was opened', async () => {
    const response = await fetcher('file:///media/usb/kiosk/data/index.json');
    expect(response).toMatchObject({ ok: true, status: 200 });
    expect(await response.text()).toBe('{"a":1}');
    expect(await (await fetcher('file:///C:/Users/me/kiosk/data/x-2026.json')).text()).toBe('年');
  });

  it('answers 404 for a file it does not have, and does not match on a partial name', async () => {
    expect(await fetcher('file:///kiosk/data/other.json')).toMatchObject({ ok: false, status: 404 });
    expect((await fetcher('file:///kiosk/mydata/index.json')).ok).toBe(false);
  });

  it('goes through the same checks as fetched data: a broken index is a LoadError naming the file', async () => {
    const broken = createEmbeddedFetcher({ 'data/index.json': '{"schemaVersion":1,' });
    await expect(loadDocuments(broken, 'file:///kiosk/kiosk.html')).rejects.toThrow(LoadError);
    await expect(loadDocuments(broken, 'file:///kiosk/kiosk.html')).rejects.toMatchObject({ kind: 'json', file: 'data/index.json' });
  });
});
