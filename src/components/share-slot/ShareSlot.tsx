// Where a view offers its share menu. The menu itself is the share feature (src/features/share),
// which reads the store and the URL and builds links, embeds and downloads; a view is another
// feature and may not import it. So a view renders <ShareSlot> with what it shows, and the shell
// that wants share menus provides the component: the app does; the embed and the kiosk do not,
// so no share button is ever drawn there.
import { createContext, useContext, type ComponentType } from 'react';
import type { ShareTable } from '../../domain/share-table';
import type { ViewState } from '../../state/link/app-link';
import type { ChartId } from '../../state/link/charts';
import type { UnitParam } from '../../state/link/values';
import type { ViewSource } from '../../state/source-of-view';

/** What a view says about the chart or table it offers to share. */
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

const ShareMenuContext = createContext<ComponentType<ShareMenuProps> | null>(null);

export const ShareSlotProvider = ShareMenuContext.Provider;

export function ShareSlot(props: ShareMenuProps) {
  const Menu = useContext(ShareMenuContext);
  return Menu ? <Menu {...props} /> : null;
}
