// The projects view's text filter: a project matches when every word of the query appears in its
// name, its function code or any part of its description. Pure, for the unit test.
import type { Project } from '../../domain/schema';

/** The parts of a project a reader can search, in the order the document prints them. */
export const PROJECT_TEXT_FIELDS = ['name', 'overview', 'basis', 'implementer', 'plan', 'period', 'budget', 'targets'] as const;

function normalize(text: string): string {
  return text.toLowerCase().replace(/[“”"‘’']/g, '');
}

export function projectMatches(project: Project, query: string): boolean {
  const words = normalize(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = normalize([...PROJECT_TEXT_FIELDS.map((field) => project[field]), project.functionCode ?? ''].join('\n'));
  return words.every((word) => haystack.includes(word));
}

export function filterProjects(projects: readonly Project[], query: string): Project[] {
  return projects.filter((project) => projectMatches(project, query));
}
