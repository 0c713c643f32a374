// The department picker wired to the library: it lists the catalogue (data/index.json, fetched the
// first time the picker is pointed at or focused, so the first screen never pays for it) with this
// user's imports, and choosing opens the department at its latest year, as a link would.
import { useCallback, useMemo } from 'react';
import { librarySummaries } from '../../domain/library';
import { useDataStore } from '../../state/data-store';
import { useViewState } from '../../state/use-view-state';
import { stateForDepartment } from '../../state/selectors';
import { DepartmentPicker } from './DepartmentPicker';

export function LibraryPicker({ id, compact = false }: { id?: string; compact?: boolean }) {
  const [state, navigate] = useViewState();
  const catalogue = useDataStore((s) => s.catalogue);
  const index = useDataStore((s) => s.index);
  const imported = useDataStore((s) => s.imported);
  const shown = useDataStore((s) => s.dept);
  const loadCatalogue = useDataStore((s) => s.loadCatalogue);
  const deptOf = useDataStore((s) => s.deptOfImported);
  const departments = useMemo(
    () =>
      librarySummaries(
        (catalogue ?? index)?.documents ?? [],
        imported.map((record) => ({ dept: deptOf(record), document: record.document })),
      ),
    [catalogue, index, imported, deptOf],
  );
  const onChoose = useCallback((dept: string) => navigate(stateForDepartment(state, dept)), [navigate, state]);
  const wake = () => void loadCatalogue();
  return (
    <div className="library-picker" onFocusCapture={wake} onPointerEnter={wake}>
      <DepartmentPicker departments={departments} current={shown} onChoose={onChoose} id={id} compact={compact} />
    </div>
  );
}
