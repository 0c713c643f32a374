import { describe, expect, it } from 'vitest';
import { makeDocument, project } from '../../domain/document-fixture';
import { filterProjects, projectMatches } from './project-filter';

const { projects } = makeDocument();

describe('filterProjects', () => {
  it('keeps every project for an empty query', () => {
    expect(filterProjects(projects, '  ')).toHaveLength(projects.length);
  });
  it('finds a project by a word of its description', () => {
    expect(filterProjects(projects, '12393').map((p) => p.id)).toEqual(['p01']);
  });
  it('finds by name, implementer and function code', () => {
    expect(filterProjects(projects, '辅助人员').map((p) => p.id)).toEqual(['p02']);
    expect(filterProjects(projects, '事业管理中心').map((p) => p.id)).toEqual(['p01', 'p02']);
    expect(filterProjects(projects, '2101504').map((p) => p.id)).toEqual(['p03']);
  });
  it('needs every word, in any order', () => {
    expect(filterProjects(projects, '热线 12393').map((p) => p.id)).toEqual(['p01']);
    expect(filterProjects(projects, '热线 辅助')).toEqual([]);
    expect(projectMatches(project({ id: 'x', name: '信息化运维' }), '信息化 运维')).toBe(true);
  });
  it('is case-insensitive and ignores quotes', () => {
    expect(projectMatches(project({ id: 'x', name: '“一网通办”AI平台' }), 'ai 一网通办')).toBe(true);
  });
});

describe('filterProjects with English names', () => {
  const translations: Record<string, string> = {
    热线服务保障经费: 'Hotline service funding',
    信息化建设: 'Information systems development',
  };
  const english = (name: string) => translations[name];
  it('finds a project by its English name, in any case and word order', () => {
    expect(filterProjects(projects, 'hotline', english).map((p) => p.id)).toEqual(['p01']);
    expect(filterProjects(projects, 'HOTLINE', english).map((p) => p.id)).toEqual(['p01']);
    expect(filterProjects(projects, 'development information', english).map((p) => p.id)).toEqual(['p03']);
  });
  it('mixes English and Chinese words', () => {
    expect(filterProjects(projects, 'hotline 12393', english).map((p) => p.id)).toEqual(['p01']);
    expect(filterProjects(projects, 'hotline 辅助', english)).toEqual([]);
  });
  it('finds nothing by English without the translations', () => {
    expect(filterProjects(projects, 'hotline')).toEqual([]);
  });
});
