// While a file is read: which phase, the page count on a real <progress>, and Cancel. The bar
// follows every page; the live region (ImportPanel) only announces the milestones.
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportProgress } from '../../data/imports/types';
import { progressDisplay } from './import-progress';
import '../../i18n/ns/library';

interface Props {
  fileName: string;
  progress: ImportProgress | null;
  onCancel: () => void;
  cancelRef: Ref<HTMLButtonElement>;
}

export function ReadingProgress({ fileName, progress, onCancel, cancelRef }: Props) {
  const { t } = useTranslation('library');
  const shown = progressDisplay(progress);
  const step = t(`progress.${shown.key}`, { page: shown.page, pages: shown.pages });
  return (
    <div className="reading-progress" role="group" aria-labelledby="reading-progress-title">
      <p id="reading-progress-title" className="reading-progress-title">
        {t('progress.heading', { file: fileName })}
      </p>
      <progress
        max={shown.max}
        value={shown.value ?? undefined}
        aria-label={t('progress.label')}
        aria-valuetext={step}
      />
      <p className="reading-progress-step" data-phase={shown.key}>
        {step}
      </p>
      <button ref={cancelRef} type="button" className="button" onClick={onCancel}>
        {t('progress.cancel')}
      </button>
    </div>
  );
}
