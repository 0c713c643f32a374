// The projects view's text filter: a project matches when every word of the query appears in its
// name (as printed or in our English translation), its function code or any part of its
// description. Pure, for the unit test.
import type { Project } from '../../domain/schema';

/** The parts of a project a reader can search, in the order the document prints them. */
export const PROJECT_TEXT_FIELDS = [
  'name',
  'overview',
  'basis',
  'implementer',
  'plan',
  'period',
  'budget',
  'targets',
] as const;

/** Our English name of a printed project name, if there is one. */
export type ProjectEnglishName = (printedName: string) => string | undefined;

function normalize(text: string): string {
  return text.toLowerCase().replace(/[“”"‘’']/g, '');
}

/** `englishName`: our translation of the name, searched in either language mode. */
export function projectMatches(project: Project, query: string, englishName = ''): boolean {
  const words = normalize(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const parts = [...PROJECT_TEXT_FIELDS.map((field) => project[field]), englishName, project.functionCode ?? ''];
  const haystack = normalize(parts.join('\n'));
  return words.every((word) => haystack.includes(word));
}

export function filterProjects(
  projects: readonly Project[],
  query: string,
  englishName: ProjectEnglishName = () => undefined,
): Project[] {
  return projects.filter((project) => projectMatches(project, query, englishName(project.name)));
}
