// Which documents a department shows: its bundled ones, and the years this user imported into it.
// Pure, so the store's merging is tested without IndexedDB.
import type { BudgetDocument } from '../domain/schema';
import type { ImportedRecord } from '../data/imports/types';

/** Keys of departments that only imports have (library.ts importedDeptKey). */
export const isImportedDept = (dept: string): boolean => dept.startsWith('imported-');

/** Whether a document was imported by this user (its id; the reader gives imports `imported-<hash>`). */
export const isImportedDocument = (doc: Pick<BudgetDocument, 'id'>): boolean => doc.id.startsWith('imported-');

/**
 * The documents of a department sorted by year: the bundled ones, then each imported record of
 * that department for a year the bundled ones do not have (of two imports of one year, the later).
 */
export function documentsOfDepartment(
  dept: string,
  bundled: readonly BudgetDocument[],
  imported: readonly ImportedRecord[],
): BudgetDocument[] {
  const byYear = new Map<number, BudgetDocument>();
  for (const record of imported) if (record.dept === dept) byYear.set(record.document.year, record.document);
  for (const doc of bundled) byYear.set(doc.year, doc);
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}
