// A drop target as large as the page, mounted once by the app shell: dragging a file over any
// view shows "Drop the budget file to read it here"; dropping it opens the library, whose import
// panel reads it (handed over by pending-file.ts). Only drags that carry files open it: text or a
// link dragged within the page is left alone. It hides when the drag leaves the window, on Escape,
// and when no drag has been seen for a moment (a drag cancelled outside the page).
//
// It is in the app's first load, so its texts (the library namespace) are fetched with the first
// file drag, not with the page: the frame shows at once, its words a moment later.
import { useEffect, useState } from 'react';
import { useDataStore } from '../../state/data-store';
import { useTranslation } from 'react-i18next';
import { useViewState } from '../../state/use-view-state';
import { carriesFiles, firstFile } from './drag-files';
import { offerFile } from './pending-file';
import './drop-overlay.css';

let texts: Promise<unknown> | null = null;
const loadTexts = () =>
  (texts ??= import('../../i18n/ns/library').catch((error: unknown) => {
    texts = null; // tried again at the next drag
    throw error;
  }));

const QUIET_MS = 1000; // dragover fires every few tens of ms while a drag is over the page

export function DropOverlay() {
  const { t } = useTranslation('library');
  const [, navigate] = useViewState();
  const [shown, setShown] = useState(false);
  const [worded, setWorded] = useState(false);

  useEffect(() => {
    let quiet: ReturnType<typeof setTimeout> | undefined;
    const hide = () => {
      clearTimeout(quiet);
      setShown(false);
    };
    const onDragOver = (event: DragEvent) => {
      if (!carriesFiles(event.dataTransfer)) return;
      event.preventDefault(); // lets the drop happen (and keeps the browser from opening the file)
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
      setShown(true);
      useDataStore.getState().prepareImport(); // the reader loads while the file is carried over
      loadTexts().then(
        () => setWorded(true),
        () => undefined, // no words this time (a chunk that failed to load): the frame still shows
      );
      clearTimeout(quiet);
      quiet = setTimeout(hide, QUIET_MS);
    };
    const onDragLeave = (event: DragEvent) => {
      if (event.relatedTarget === null) hide(); // left the window
    };
    const onDrop = (event: DragEvent) => {
      if (!carriesFiles(event.dataTransfer)) return;
      hide();
      if (event.defaultPrevented) return; // a drop zone of the page took it
      event.preventDefault();
      const file = firstFile(event.dataTransfer);
      if (!file) return;
      offerFile(file);
      navigate({ view: 'library' });
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') hide();
    };
    window.addEventListener('dragenter', onDragOver);
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('dragleave', onDragLeave);
    window.addEventListener('drop', onDrop);
    window.addEventListener('keydown', onKeyDown);
    return () => {
      clearTimeout(quiet);
      window.removeEventListener('dragenter', onDragOver);
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('dragleave', onDragLeave);
      window.removeEventListener('drop', onDrop);
      window.removeEventListener('keydown', onKeyDown);
    };
  }, [navigate]);

  if (!shown) return null;
  return (
    <div className="drop-overlay" data-testid="drop-overlay">
      <div className="drop-overlay-box">
        {worded && (
          <>
            <p className="drop-overlay-title">{t('overlay.drop')}</p>
            <p>{t('overlay.private')}</p>
          </>
        )}
      </div>
    </div>
  );
}
