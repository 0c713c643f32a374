// What a shared link or an embed carries of the sharer's view state. The language goes along:
// the names and sentences are in it, and the link should open as the sharer saw it. So does the
// unit the sharer sees, also when it is only remembered on their browser (not in the URL), unless
// it is 'auto' (then the recipient's own remembered unit applies). The colour theme does not go
// along unless the sharer picks one in the share dialog: it is a reading preference (a journalist
// reading in dark mode must not put a dark chart into a light article), and 'auto' lets whoever
// opens the link or reads the article get their own system setting.
import type { Theme, UnitParam } from '../../state/link/values';
import type { ViewState } from '../../state/link/app-link';
import type { Lang } from '../../domain/lang';

interface Shared {
  /** null: the default language (an embed leaves it out; Chinese is its default) */
  lang: Lang | null;
  /** the unit money is shown in now (useUnit) */
  unit: UnitParam;
  /** picked in the share dialog; default 'auto' */
  theme?: Theme;
  /** the department on screen (the store's), which is what is shared even while the link names another */
  dept?: string | null;
}

export function sharedViewState(state: ViewState, { lang, unit, theme = 'auto', dept }: Shared): ViewState {
  return { ...state, dept: dept ?? state.dept, lang, theme, unit: state.unit ?? (unit === 'auto' ? null : unit) };
}
