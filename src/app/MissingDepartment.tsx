// A link named a department that is not here, or could not be loaded: one of the library that does not exist (a mistyped
// or outdated link), or one that someone imported into their own browser. Says which, what is
// shown instead, and offers the way on: the library, or importing the file.
import { useTranslation } from 'react-i18next';
import { useDataStore } from '../state/data-store';
import { isImportedDept } from '../state/department-documents';
import { useViewState } from '../state/use-view-state';
import { useDepartment } from '../components/use-department';

export function MissingDepartment() {
  const { t } = useTranslation('common');
  const missing = useDataStore((s) => s.missingDept);
  const switchError = useDataStore((s) => s.switchError);
  const showDepartment = useDataStore((s) => s.showDepartment);
  const [state, navigate] = useViewState();
  const shown = useDepartment().name;
  if (switchError && !missing)
    return (
      <div className="notice" role="status" data-testid="switch-failed">
        <p>{t('missingDept.failed', { file: switchError.file, detail: switchError.detail.slice(0, 200), shown })}</p>
        <button type="button" className="button" onClick={() => void showDepartment(state.dept)}>
          {t('missingDept.retry')}
        </button>
      </div>
    );
  if (!missing || state.dept !== missing) return null;
  const imported = isImportedDept(missing);
  return (
    <div className="notice" role="status" data-testid="missing-department">
      <p>
        {imported
          ? t('missingDept.imported', { shown })
          : t('missingDept.unknown', { dept: missing.slice(0, 60), shown })}
      </p>
      <button
        type="button"
        className="button"
        onClick={() =>
          navigate({ ...state, view: 'library', dept: missing, path: [], year: null, from: null, to: null })
        }
      >
        {imported ? t('missingDept.import') : t('missingDept.choose')}
      </button>
    </div>
  );
}
