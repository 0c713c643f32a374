// What the library view reads from the store, in one place: the catalogue of bundled documents
// (for names and years; the shown department's index until the catalogue is loaded), this user's
// imports, and the department an import is shown under.
import { useCallback, useEffect } from 'react';
import type { ImportedRecord } from '../../data/imports/types';
import type { IndexEntry } from '../../domain/library';
import type { Lang } from '../../domain/lang';
import { useDataStore } from '../../state/data-store';
import { departmentName, yearsOfDept, type NameInLang } from './library-names';

const NO_ENTRIES: readonly IndexEntry[] = [];

export function useLibraryData() {
  const entries = useDataStore((s) => (s.catalogue ?? s.index)?.documents ?? NO_ENTRIES);
  const imported = useDataStore((s) => s.imported);
  const deptOf = useDataStore((s) => s.deptOfImported);
  const nameOf = useCallback(
    (record: ImportedRecord, lang: Lang): NameInLang =>
      departmentName(deptOf(record), record.document.department, entries, lang),
    [deptOf, entries],
  );
  const yearsOf = useCallback(
    (dept: string) => yearsOfDept(dept, entries, imported, deptOf),
    [entries, imported, deptOf],
  );
  return { entries, imported, deptOf, nameOf, yearsOf };
}

/** Loads what the library lists, once the view is up: the catalogue and this browser's imports. */
export function useLoadLibrary(): void {
  const loadCatalogue = useDataStore((s) => s.loadCatalogue);
  const loadImported = useDataStore((s) => s.loadImported);
  useEffect(() => {
    void loadCatalogue();
    void loadImported();
  }, [loadCatalogue, loadImported]);
}
