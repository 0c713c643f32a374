// Errata: a reviewed file beside the sources (data/errata/<id>.json), tied to the document's
// sha256, that acknowledges a discrepancy the real document prints. A failing check matched by an
// erratum becomes a recorded discrepancy; every other failure stops the ingest. An erratum that no
// longer matches a failing check is an error too (it must be removed when the source is fixed).
import { z } from 'zod';
import type { Discrepancy } from '../../src/domain/schema.ts';
import type { Failure } from '../../src/reader/types.ts';

export const ErrataFile = z.object({
  document: z.string(), // the manifest id
  sha256: z.string().regex(/^[0-9a-f]{64}$/), // of the source file the errata were reviewed against
  entries: z.array(
    z.object({
      check: z.string(),
      table: z.string(),
      row: z.string(),
      printed: z.number().int(), // what the document prints, fen
      expected: z.number().int(), // what the other figures imply, fen
      note: z.string().min(1), // why it is accepted
    }),
  ),
});
export type ErrataFile = z.infer<typeof ErrataFile>;

export function applyErrata(
  failures: Failure[],
  errata: ErrataFile | null,
  sha256: string,
  docId: string,
): { discrepancies: Discrepancy[]; errors: string[] } {
  if (errata && errata.sha256 !== sha256) {
    return {
      discrepancies: [],
      errors: [
        `${docId}: data/errata/${docId}.json was reviewed for sha256 ${errata.sha256}, but the source is ${sha256}; review the errata again`,
        ...failures.map((f) => f.message),
      ],
    };
  }
  const entries = errata?.entries ?? [];
  const used = new Set<number>();
  const discrepancies: Discrepancy[] = [];
  const errors: string[] = [];
  for (const f of failures) {
    // A failure without figures (a table that cannot be read) cannot be acknowledged: it is a reading problem.
    const reading =
      f.printed === null ||
      f.expected === null ||
      f.check === 'the table can be read' ||
      f.check === 'the table is present';
    const i = reading
      ? -1
      : entries.findIndex(
          (e, j) =>
            !used.has(j) &&
            e.check === f.check &&
            e.table === f.table &&
            e.row === f.row &&
            e.printed === f.printed &&
            e.expected === f.expected,
        );
    if (i < 0 || reading || f.printed === null || f.expected === null) {
      errors.push(f.message);
      continue;
    }
    used.add(i);
    discrepancies.push({
      check: f.check,
      table: f.table,
      row: f.row,
      page: f.page,
      printed: f.printed,
      expected: f.expected,
      note: entries[i]!.note,
    });
  }
  entries.forEach((e, j) => {
    if (!used.has(j))
      errors.push(`${docId}: erratum “${e.check}” (${e.table}, ${e.row}) matches no failing check; remove it`);
  });
  return { discrepancies, errors };
}
