// The reviewed match table of continuing projects (data/project-links.json), bundled with the
// compare view and validated once. A faulty table does not take the view down: the projects
// section says the table could not be read and lists every project unmatched.
import json from '../../../data/project-links.json';
import { parseProjectLinks, type ProjectLinks } from '../../domain/project-links';

export type LoadedLinks = { links: ProjectLinks; error: null } | { links: ProjectLinks; error: string };

let cached: LoadedLinks | null = null;

export function projectLinks(): LoadedLinks {
  if (!cached) {
    try {
      cached = { links: parseProjectLinks(json), error: null };
    } catch (error) {
      cached = { links: { version: 1, links: [] }, error: error instanceof Error ? error.message : String(error) };
    }
  }
  return cached;
}
