// Which projects of one document continue which of another. Two sources, in this order:
// 1. data/project-links.json: reviewed links with their reason. A link applies when both its
//    projects exist under the stated ids with the stated titles; otherwise it is "stale" and
//    reported, never attached to whatever now has that id. Links read in either direction, so
//    comparing 2026 with 2021 shows the same matches.
// 2. The same title in both documents (a project carried on unchanged, e.g. a re-ingested or
//    later year): matched when the title is unique among the remaining projects on both sides,
//    or else when title and implementing unit together are. Anything still ambiguous stays
//    unmatched rather than guessed.
// Projects left over are "ended" (from-year only) or "new" (to-year only).
import type { LinkReason, ProjectLink, ProjectLinks, ProjectRef } from '../../../domain/project-links';
import type { BudgetDocument, Project } from '../../../domain/schema';

type MatchBasis = 'link' | 'sameTitle';

export interface ProjectMatch {
  from: Project;
  to: Project;
  basis: MatchBasis;
  /** The reviewed reason for a link; null for a same-title match (the view says "same title"). */
  reason: LinkReason | null;
}

export interface ProjectComparison {
  matched: ProjectMatch[];
  ended: Project[];
  added: Project[];
  stale: ProjectLink[];
}

function resolve(doc: BudgetDocument, ref: ProjectRef): Project | undefined {
  const project = doc.projects.find((p) => p.id === ref.project);
  return project && project.name === ref.name ? project : undefined;
}

/** Links between these two documents, oriented from → to; the rest ignored, unresolvable ones stale. */
function linkedPairs(from: BudgetDocument, to: BudgetDocument, links: ProjectLinks) {
  const pairs: ProjectMatch[] = [];
  const stale: ProjectLink[] = [];
  for (const link of links.links) {
    const forward = link.from.document === from.id && link.to.document === to.id;
    const backward = link.from.document === to.id && link.to.document === from.id;
    if (!forward && !backward) continue;
    const [fromRef, toRef] = forward ? [link.from, link.to] : [link.to, link.from];
    const a = resolve(from, fromRef);
    const b = resolve(to, toRef);
    if (a && b) pairs.push({ from: a, to: b, basis: 'link', reason: link.reason });
    else stale.push(link);
  }
  return { pairs, stale };
}

const norm = (text: string) => text.replace(/\s+/g, '');

function uniqueBy(projects: readonly Project[], key: (p: Project) => string): Map<string, Project> {
  const counts = new Map<string, number>();
  for (const p of projects) counts.set(key(p), (counts.get(key(p)) ?? 0) + 1);
  return new Map(projects.filter((p) => counts.get(key(p)) === 1).map((p) => [key(p), p]));
}

function sameTitlePairs(fromLeft: readonly Project[], toLeft: readonly Project[]): ProjectMatch[] {
  const pairs: ProjectMatch[] = [];
  const taken = new Set<Project>();
  for (const key of [(p: Project) => norm(p.name), (p: Project) => `${norm(p.name)}|${norm(p.implementer)}`]) {
    const a = uniqueBy(
      fromLeft.filter((p) => !taken.has(p)),
      key,
    );
    const b = uniqueBy(
      toLeft.filter((p) => !taken.has(p)),
      key,
    );
    for (const [k, fromProject] of a) {
      const toProject = b.get(k);
      if (!toProject) continue;
      pairs.push({ from: fromProject, to: toProject, basis: 'sameTitle', reason: null });
      taken.add(fromProject).add(toProject);
    }
  }
  return pairs;
}

export function matchProjects(from: BudgetDocument, to: BudgetDocument, links: ProjectLinks): ProjectComparison {
  const { pairs, stale } = linkedPairs(from, to, links);
  const linkedFrom = new Set(pairs.map((p) => p.from));
  const linkedTo = new Set(pairs.map((p) => p.to));
  const titled = sameTitlePairs(
    from.projects.filter((p) => !linkedFrom.has(p)),
    to.projects.filter((p) => !linkedTo.has(p)),
  );
  const all = [...pairs, ...titled];
  const usedFrom = new Set(all.map((m) => m.from));
  const usedTo = new Set(all.map((m) => m.to));
  const order = new Map(to.projects.map((p, i) => [p, i]));
  return {
    matched: all.sort((a, b) => (order.get(a.to) ?? 0) - (order.get(b.to) ?? 0)),
    ended: from.projects.filter((p) => !usedFrom.has(p)),
    added: to.projects.filter((p) => !usedTo.has(p)),
    stale,
  };
}
