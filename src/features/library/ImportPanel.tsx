// Reading a budget file: a drop zone with a real button that opens the file picker, what it
// accepts and that the file stays on this computer; while reading, the progress and Cancel; then
// the report of what came of it, whose heading takes the focus.
import { useEffect, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useDataStore } from '../../state/data-store';
import { carriesFiles, firstFile } from './drag-files';
import { ImportReport } from './ImportReport';
import { offerFile } from './pending-file';
import { ReadingProgress } from './ReadingProgress';
import { useImport, type Announcement } from './use-import';
import { MAX_MB, useOutcomeLines } from './use-outcome-lines';
import '../../i18n/ns/library';

const ACCEPT = '.pdf,.txt,application/pdf,text/plain';

export function ImportPanel() {
  const { t } = useTranslation('library');
  const { state, announcement, start, cancel } = useImport();
  const prepareImport = useDataStore((s) => s.prepareImport);
  const [over, setOver] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const reading = state.status === 'reading';
  const outcome = state.status === 'done' ? state.outcome : null;
  const outcomeLines = useOutcomeLines(outcome);
  const doneAt = state.status === 'done' ? state.at : null;

  useEffect(() => {
    if (reading) cancelButton.current?.focus();
  }, [reading]);
  useEffect(() => {
    if (doneAt !== null) resultHeading.current?.focus();
  }, [doneAt]);

  const onDragOver = (event: DragEvent<HTMLDivElement>) => {
    if (!carriesFiles(event.dataTransfer)) return; // text dragged within the page: not ours
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setOver(true);
    prepareImport();
  };
  const onDragLeave = (event: DragEvent<HTMLDivElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOver(false);
  };
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    if (!carriesFiles(event.dataTransfer)) return;
    event.preventDefault();
    event.stopPropagation(); // the page-wide drop target (DropOverlay) must not take it again
    setOver(false);
    const file = firstFile(event.dataTransfer);
    if (!file) return;
    if (reading)
      offerFile(file); // read next, once this one is done
    else void start(file);
  };

  return (
    <div className="import-panel">
      <div
        className={`drop-zone${over ? ' is-over' : ''}${reading ? ' is-reading' : ''}`}
        data-testid="drop-zone"
        onDragEnter={onDragOver}
        onDragOver={onDragOver}
        onDragLeave={onDragLeave}
        onDrop={onDrop}
      >
        {state.status === 'reading' ? (
          <ReadingProgress
            fileName={state.fileName}
            progress={state.progress}
            onCancel={cancel}
            cancelRef={cancelButton}
          />
        ) : (
          <div className="drop-zone-call">
            <p className="drop-zone-title">{t('import.zone')}</p>
            <p className="drop-zone-or">
              <span>{t('import.or')}</span>{' '}
              <button
                type="button"
                className="button primary"
                // pointing at it or focusing it: the reader (pdf.js) starts loading, ahead of the file
                onPointerEnter={prepareImport}
                onFocus={prepareImport}
                onClick={() => input.current?.click()}
              >
                {t('import.choose')}
              </button>
            </p>
          </div>
        )}
        <p className="drop-zone-accepts">{t('import.accepts', { max: MAX_MB })}</p>
        <p className="drop-zone-private">{t('import.private')}</p>
        <input
          ref={input}
          type="file"
          accept={ACCEPT}
          hidden
          data-testid="import-file-input"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = ''; // the same file can be chosen again
            if (file) void start(file);
          }}
        />
      </div>
      <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {outcome ? outcomeLines.join(' ') : announcement ? announce(t, announcement) : ''}
      </p>
      {outcome && <ImportReport outcome={outcome} headingRef={resultHeading} />}
    </div>
  );
}

function announce(t: (key: string, options?: Record<string, unknown>) => string, said: Announcement): string {
  switch (said.key) {
    case 'started':
      return t('progress.announce.started', { file: said.file });
    case 'readingStarted':
      return t('progress.announce.readingStarted', { count: said.count });
    case 'page':
      return t('progress.announce.page', { page: said.page, pages: said.pages });
    default:
      return t(`progress.announce.${said.key}`);
  }
}
