// The match table of projects that continue one another across budget documents
// (data/project-links.json, documented in docs/DATA.md "Project continuity links").
//
// It is reviewed product data, not ingest output: a person read both project descriptions and
// wrote down why a project of one year continues one of another year. A link names each side by
// document id, project id AND the project title as printed, so that a re-ingest that renumbers
// the projects cannot silently attach a reason to a different project: a link whose title no
// longer matches is reported as stale and not applied.
import { z } from './zod';

const PROJECT_LINKS_VERSION = 1;

export const ProjectRef = z.object({
  document: z.string().check(z.regex(/^[a-z0-9-]+$/)), // BudgetDocument.id
  project: z.string().check(z.regex(/^[a-z0-9-]{1,40}$/)), // Project.id within that document
  name: z.string().check(z.minLength(1)), // Project.name as printed; must still match for the link to apply
});

export const LinkReason = z.object({
  'zh-CN': z.string().check(z.minLength(1)),
  en: z.string().check(z.minLength(1)),
});

export const ProjectLink = z.object({
  from: ProjectRef, // the earlier document's project
  to: ProjectRef, // the later document's project that continues it
  reason: LinkReason, // why, in both languages, citing what the two texts say
});

const refKey = (ref: z.infer<typeof ProjectRef>) => `${ref.document}/${ref.project}`;

export const ProjectLinks = z
  .object({
    version: z.literal(PROJECT_LINKS_VERSION),
    links: z.array(ProjectLink),
  })
  .check(
    z.superRefine((value, ctx) => {
      // One project continues at most one project per other document, and is continued by at most one:
      // a second link for the same side and document pair would make the match ambiguous.
      const seen = new Set<string>();
      value.links.forEach((link, i) => {
        if (link.from.document === link.to.document) {
          ctx.addIssue({ code: 'custom', path: ['links', i], message: 'a link must join two different documents' });
        }
        for (const [side, ref, other] of [
          ['from', link.from, link.to.document],
          ['to', link.to, link.from.document],
        ] as const) {
          const key = `${side}:${refKey(ref)}->${other}`;
          if (seen.has(key))
            ctx.addIssue({
              code: 'custom',
              path: ['links', i, side],
              message: `${refKey(ref)} is linked twice to ${other}`,
            });
          seen.add(key);
        }
      });
    }),
  );

export type ProjectRef = z.infer<typeof ProjectRef>;
export type LinkReason = z.infer<typeof LinkReason>;
export type ProjectLink = z.infer<typeof ProjectLink>;
export type ProjectLinks = z.infer<typeof ProjectLinks>;

/** Validates the match table; throws an error naming the first problems, never returns half a table. */
export function parseProjectLinks(json: unknown): ProjectLinks {
  const result = ProjectLinks.safeParse(json);
  if (!result.success) {
    const issues = result.error.issues
      .slice(0, 3)
      .map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`)
      .join('; ');
    throw new Error(`data/project-links.json: ${issues}`);
  }
  return result.data;
}
