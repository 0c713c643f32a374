// The share menu of a chart or a table: one button that opens a dialog with the link to this
// exact view, the embed code, and downloads (PNG, SVG, CSV, JSON) that carry their source.
// Views render it beside what they show and say what that is:
//   <ShareMenu title={…} subtitle={(unit) => …} getSvg={() => ref.current?.querySelector('svg') ?? null}
//              rows={() => ({ columns, rows })} embedChart="treemap-function" />
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ShareMenuProps } from '../../components/share-slot/ShareSlot';
import './share.css';
import '../../i18n/ns/share';

// The dialog and the export code load on first use: they are not needed to read the page.
const ShareDialog = lazy(() => import('./ShareDialog'));

/** The app's share menu: given to the views through ShareSlotProvider (src/app/App.tsx). */
export function ShareMenu(props: ShareMenuProps) {
  const { t } = useTranslation('share');
  const [open, setOpen] = useState(false);
  return (
    <div className="share-menu">
      <button
        type="button"
        className="button share-button"
        aria-haspopup="dialog"
        aria-label={t('menu.label', { title: props.title })}
        onClick={() => setOpen(true)}
      >
        <svg aria-hidden="true" width="16" height="16" viewBox="0 0 16 16" className="share-icon">
          <path d="M8 1.5v8M4.5 5 8 1.5 11.5 5M3 8.5v5h10v-5" fill="none" stroke="currentColor" strokeWidth="1.6" />
        </svg>
        {t('menu.button')}
      </button>
      {open && (
        <Suspense fallback={null}>
          <ShareDialog {...props} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </div>
  );
}
