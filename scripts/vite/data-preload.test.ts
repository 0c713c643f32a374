import { describe, expect, it } from 'vitest';
import { dataMeta } from './data-preload';

describe('dataMeta', () => {
  it('lists the department index and latest documents, and every archived version by hash', () => {
    const meta = dataMeta(
      'a',
      { documents: [{ file: 'a-2026.json', hash: 'bbbb' }] },
      {
        documents: [
          { file: 'a-2021.json', hash: 'aaaa' },
          { file: 'a-2026.json', hash: 'bbbb' },
        ],
      },
    );
    expect(meta).toContain('<meta name="hsa-data-latest" content="data/departments/a.json data/a-2026.json" />');
    expect(meta).toContain('<meta name="hsa-data-dept" content="a" />');
    expect(meta).toContain('<meta name="hsa-data-pinned" content="aaaa:a-2021.json bbbb:a-2026.json" />');
  });

  it('lists no archived versions for a page that never pins (the app)', () => {
    const meta = dataMeta('a', { documents: [{ file: 'a-2026.json', hash: 'bbbb' }] }, null);
    expect(meta).not.toContain('hsa-data-pinned');
  });
});
