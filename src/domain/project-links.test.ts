import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProjectLinks } from './project-links';

const link = (fromProject: string, toProject: string, toDocument = 'doc-b') => ({
  from: { document: 'doc-a', project: fromProject, name: `A ${fromProject}` },
  to: { document: toDocument, project: toProject, name: `B ${toProject}` },
  reason: { 'zh-CN': '同一项目', en: 'The same project' },
});

describe('parseProjectLinks', () => {
  it('accepts the committed match table', () => {
    const json: unknown = JSON.parse(readFileSync(join(import.meta.dirname, '../../data/project-links.json'), 'utf8'));
    const table = parseProjectLinks(json);
    expect(table.links.length).toBeGreaterThan(0);
    for (const l of table.links) {
      expect(l.reason['zh-CN'].length).toBeGreaterThan(10);
      expect(l.reason.en.length).toBeGreaterThan(10);
    }
  });

  it('accepts one-to-one links, also to a third document', () => {
    const table = parseProjectLinks({
      version: 1,
      links: [link('p01', 'p02'), link('p02', 'p01'), link('p01', 'p01', 'doc-c')],
    });
    expect(table.links).toHaveLength(3);
  });

  it('rejects a project linked twice to the same document', () => {
    expect(() => parseProjectLinks({ version: 1, links: [link('p01', 'p01'), link('p01', 'p02')] })).toThrow(
      /doc-a\/p01 is linked twice to doc-b/,
    );
    expect(() => parseProjectLinks({ version: 1, links: [link('p01', 'p03'), link('p02', 'p03')] })).toThrow(
      /doc-b\/p03 is linked twice/,
    );
  });

  it('rejects a link within one document, a missing reason and an unknown version', () => {
    const self = { ...link('p01', 'p02'), to: { document: 'doc-a', project: 'p02', name: 'x' } };
    expect(() => parseProjectLinks({ version: 1, links: [self] })).toThrow(/two different documents/);
    const noEnglish = { ...link('p01', 'p02'), reason: { 'zh-CN': '同一项目' } };
    expect(() => parseProjectLinks({ version: 1, links: [noEnglish] })).toThrow(/reason\.en/);
    expect(() => parseProjectLinks({ version: 2, links: [] })).toThrow(/version/);
  });
});
