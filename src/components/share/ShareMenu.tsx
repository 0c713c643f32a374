// The share menu of a chart or a table: one button that opens a dialog with the link to this
// exact view, the embed code, and downloads (PNG, SVG, CSV, JSON) that carry their source.
// Views render it beside what they show and say what that is:
//   <ShareMenu title={…} subtitle={(unit) => …} getSvg={() => ref.current?.querySelector('svg') ?? null}
//              rows={() => ({ columns, rows })} embedChart="treemap-function" />
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitParam, ViewState } from '../../state/url-state';
import type { ChartId } from './embed-options';
import type { ShareTable } from './share-data';
import type { ViewSource } from './source-of-view';
import './share.css';
import '../../i18n/ns/share';

export interface ShareMenuProps {
  title: string;
  /**
   * A function when the subtitle names the money unit: pictures show the money in the reader's
   * unit, data files (CSV, JSON) in yuan, and each must say so.
   */
  subtitle?: string | ((unit: UnitParam) => string);
  /** the chart's live <svg>, for PNG and SVG; without it a table is drawn from `rows` */
  getSvg?: () => SVGElement | null;
  /** exactly the rows shown: money in fen (kind 'money'; the files say yuan), codes, names in the current language */
  rows?: () => ShareTable;
  /** the embed chart that shows this view; no embed code without it */
  embedChart?: ChartId;
  /**
   * An ASCII id of the chart for the names of its downloads, when `embedChart` does not name it
   * (a view with several charts, e.g. compare-waterfall-category): see file-name.ts.
   */
  exportId?: string;
  /** what is cited, when it is not what the view state says (see source-of-view.ts) */
  source?: ViewSource;
  /** view-state values the link adds to the view's own (e.g. the compared years, which the URL may leave to defaults) */
  linkState?: Partial<ViewState>;
}

// The dialog and the export code load on first use: they are not needed to read the page.
const ShareDialog = lazy(() => import('./ShareDialog'));

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
