// The department picker wired to the library: it lists the catalogue (data/index.json) with this
// user's imports, and choosing opens the department at its latest year, as a link would. Neither
// the catalogue nor the picker's code is part of the first screen: a stand-in that looks the same
// is drawn first, and the first time it is pointed at or focused the picker's code and the
// catalogue load and the picker takes its place, focus and text included.
import { useCallback, useMemo, useRef, useState, type ChangeEvent, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { librarySummaries } from '../../domain/library';
import { useDataStore } from '../../state/data-store';
import { useViewState } from '../../state/use-view-state';
import { stateForDepartment } from '../../state/selectors';
import { useDepartment } from '../use-department';
import './department-picker.css';
import '../../i18n/ns/picker';

type Picker = ComponentType<import('./DepartmentPicker').DepartmentPickerProps>;

interface Props {
  id?: string;
  compact?: boolean;
}

export function LibraryPicker({ id, compact = false }: Props) {
  const [state, navigate] = useViewState();
  const catalogue = useDataStore((s) => s.catalogue);
  const index = useDataStore((s) => s.index);
  const imported = useDataStore((s) => s.imported);
  const shown = useDataStore((s) => s.dept);
  const loadCatalogue = useDataStore((s) => s.loadCatalogue);
  const deptOf = useDataStore((s) => s.deptOfImported);
  const [takeOver, setTakeOver] = useState<{ query: string; open?: boolean } | null>(null);
  // The picker's component once its code is here; until then the stand-in stays, focus and all
  // (a Suspense fallback would be a new element, and the reader's focus and keys would be lost).
  const [Picker, setPicker] = useState<Picker | null>(null);
  const loading = useRef(false);
  const departments = useMemo(
    () =>
      librarySummaries(
        (catalogue ?? index)?.documents ?? [],
        imported.map((record) => ({ dept: deptOf(record), document: record.document })),
      ),
    [catalogue, index, imported, deptOf],
  );
  const onChoose = useCallback((dept: string) => navigate(stateForDepartment(state, dept)), [navigate, state]);
  const wake = () => {
    void loadCatalogue();
    if (loading.current) return;
    loading.current = true;
    import('./DepartmentPicker').then(
      (module) => setPicker(() => module.DepartmentPicker),
      () => (loading.current = false), // offline and not cached: the next point or focus tries again
    );
  };
  if (!Picker)
    return (
      <PickerStandIn
        id={id}
        compact={compact}
        onWake={wake}
        onType={(query, open) => setTakeOver({ query, open })}
        onLeave={() => setTakeOver(null)}
      />
    );
  return (
    <Picker
      departments={departments}
      current={shown}
      onChoose={onChoose}
      id={id}
      compact={compact}
      takeOver={takeOver}
    />
  );
}

/** The picker as it looks closed: its label, an input and the toggle, with none of its code. */
function PickerStandIn({
  id,
  compact,
  onWake,
  onType,
  onLeave,
}: Props & { onWake: () => void; onType: (query: string, open?: boolean) => void; onLeave: () => void }) {
  const { t } = useTranslation('picker');
  const department = useDepartment();
  const inputId = id ?? 'department-picker';
  return (
    <div className={compact ? 'dept-picker dept-picker-compact' : 'dept-picker'}>
      <label htmlFor={inputId} className="dept-picker-label">
        <span className="dept-picker-caption">{t('label')}</span>
        <span className="dept-picker-current">{department.name}</span>
      </label>
      <div className="dept-picker-field" onPointerEnter={onWake}>
        <input
          id={inputId}
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={false}
          placeholder={t('placeholder')}
          defaultValue=""
          onFocus={(event) => {
            onWake();
            onType(event.target.value); // the picker takes the focus over when it is drawn
          }}
          onChange={(event: ChangeEvent<HTMLInputElement>) => onType(event.target.value)}
          onBlur={onLeave} // gone on before the picker arrived: it must not take the focus back
          // the arrow keys open the list: remembered for the picker, which may still be loading
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown' || event.key === 'ArrowUp') onType(event.currentTarget.value, true);
          }}
        />
        <button type="button" className="dept-picker-toggle" tabIndex={-1} aria-label={t('toggle')} onClick={onWake} />
      </div>
    </div>
  );
}
