import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeDocument, project } from '../../../domain/document-fixture';
import { parseProjectLinks, type ProjectLinks } from '../../../domain/project-links';
import type { BudgetDocument } from '../../../domain/schema';
import { matchProjects } from './project-matching';

// 2021's projects in document order, as far as a test needs them.
const doc2021 = makeDocument({
  id: 'shanghai-hsa-2021',
  year: 2021,
  projects: [
    project({ id: 'p01', name: '医保统计和信息专项经费', implementer: '上海市医疗保障局' }),
    project({ id: 'p02', name: '962218服务热线智能咨询平台', implementer: '上海市医疗保险事业管理中心' }),
  ],
});
const doc2026 = makeDocument(); // p01 热线服务保障经费, p02 政府聘用辅助人员经费, p03 信息化建设

const hotline: ProjectLinks = parseProjectLinks({
  version: 1,
  links: [
    {
      from: { document: 'shanghai-hsa-2021', project: 'p02', name: '962218服务热线智能咨询平台' },
      to: { document: 'shanghai-hsa-2026', project: 'p01', name: '热线服务保障经费' },
      reason: { 'zh-CN': '同一热线平台，962218改为12393', en: 'Same hotline platform, 962218 became 12393' },
    },
  ],
});

const ids = (list: { id: string }[]) => list.map((p) => p.id);

describe('matchProjects', () => {
  it('applies a reviewed link with its reason and lists the rest as ended or new', () => {
    const result = matchProjects(doc2021, doc2026, hotline);
    expect(result.matched).toHaveLength(1);
    expect(result.matched[0]).toMatchObject({
      basis: 'link',
      from: { name: '962218服务热线智能咨询平台' },
      to: { name: '热线服务保障经费' },
    });
    expect(result.matched[0]?.reason?.en).toContain('12393');
    expect(ids(result.ended)).toEqual(['p01']);
    expect(ids(result.added)).toEqual(['p02', 'p03']);
    expect(result.stale).toEqual([]);
  });

  it('reads a link backwards when the later year is compared first', () => {
    const result = matchProjects(doc2026, doc2021, hotline);
    expect(result.matched[0]).toMatchObject({ from: { id: 'p01' }, to: { id: 'p02' }, basis: 'link' });
    expect(ids(result.added)).toEqual(['p01']);
  });

  it('does not apply a link whose title no longer matches the id: it is stale', () => {
    const renumbered = makeDocument({
      projects: [project({ id: 'p01', name: '信息化建设' }), project({ id: 'p02', name: '热线服务保障经费' })],
    });
    const result = matchProjects(doc2021, renumbered, hotline);
    expect(result.matched).toEqual([]);
    expect(result.stale).toHaveLength(1);
  });

  it('matches the same title in a later document, using the implementer when titles repeat', () => {
    const twoOps = (id: string, year: number): BudgetDocument =>
      makeDocument({
        id,
        year,
        projects: [
          project({ id: 'p01', name: '信息化运维', implementer: '上海市医疗保险事业管理中心' }),
          project({ id: 'p02', name: '信息化运维', implementer: '上海市医药集中招标采购事务管理所' }),
          project({ id: 'p03', name: '信息化 建设' }),
        ],
      });
    const later = twoOps('shanghai-hsa-2027', 2027);
    later.projects.reverse();
    const result = matchProjects(twoOps('shanghai-hsa-2026', 2026), later, { version: 1, links: [] });
    expect(result.matched.map((m) => [m.from.id, m.to.id, m.basis])).toEqual([
      ['p03', 'p03', 'sameTitle'],
      ['p02', 'p02', 'sameTitle'],
      ['p01', 'p01', 'sameTitle'],
    ]);
    expect(result.ended).toEqual([]);
    expect(result.added).toEqual([]);
  });

  it('leaves truly ambiguous titles unmatched instead of guessing', () => {
    const doc = (id: string, year: number) =>
      makeDocument({
        id,
        year,
        projects: [project({ id: 'p01', name: '运维' }), project({ id: 'p02', name: '运维' })],
      });
    const result = matchProjects(doc('a-2026', 2026), doc('a-2027', 2027), { version: 1, links: [] });
    expect(result.matched).toEqual([]);
    expect(result.ended).toHaveLength(2);
  });

  it('resolves every committed link against the ingested documents, when they exist', () => {
    const dir = join(import.meta.dirname, '../../../../public/data');
    let docs: BudgetDocument[];
    try {
      docs = ['shanghai-hsa-2021', 'shanghai-hsa-2026'].map(
        (id) => JSON.parse(readFileSync(join(dir, `${id}.json`), 'utf8')) as BudgetDocument,
      );
    } catch {
      return; // public/data not ingested yet in this checkout; the e2e journey covers the built app
    }
    const links = parseProjectLinks(
      JSON.parse(readFileSync(join(import.meta.dirname, '../../../../data/project-links.json'), 'utf8')),
    );
    const [d2021, d2026] = docs as [BudgetDocument, BudgetDocument];
    const result = matchProjects(d2021, d2026, links);
    expect(result.stale).toEqual([]);
    expect(result.matched.filter((m) => m.basis === 'link')).toHaveLength(links.links.length);
  });
});
