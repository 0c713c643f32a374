// The department picker's logic, apart from React so it is tested as plain functions: which
// options are drawn (the groups flattened into one list of at most OPTION_LIMIT options, the
// rest counted) and how the keys of the WAI-ARIA 1.2 combobox pattern move the active option.
import type { DepartmentGroup } from '../../domain/department-search';
import type { DepartmentSummary } from '../../domain/library';

/** Options drawn at once: enough to browse, few enough that 2,000 departments never lag a keystroke. */
export const OPTION_LIMIT = 100;

interface VisibleGroup {
  group: DepartmentGroup;
  options: { dept: DepartmentSummary; index: number }[]; // index: the option's place in the whole list
}

export interface VisibleList {
  groups: VisibleGroup[]; // only groups with an option drawn
  options: DepartmentSummary[]; // the options drawn, in order: what the active index points into
  total: number; // every department that matched
  hidden: number; // matched but not drawn ("Type to narrow: N more")
}

/** The first `limit` matching departments, in group order; `matches` null keeps every department. */
export function visibleList(
  groups: readonly DepartmentGroup[],
  matches: ReadonlySet<DepartmentSummary> | null,
  limit = OPTION_LIMIT,
): VisibleList {
  const visible: VisibleGroup[] = [];
  const options: DepartmentSummary[] = [];
  let total = 0;
  for (const group of groups) {
    const drawn: VisibleGroup['options'] = [];
    for (const dept of group.departments) {
      if (matches && !matches.has(dept)) continue;
      total += 1;
      if (options.length < limit) {
        drawn.push({ dept, index: options.length });
        options.push(dept);
      }
    }
    if (drawn.length > 0) visible.push({ group, options: drawn });
  }
  return { groups: visible, options, total, hidden: total - options.length };
}

export interface PickerState {
  open: boolean;
  active: number; // index into the drawn options; -1: none (the caret is in the text)
  query: string;
}

export const CLOSED: PickerState = { open: false, active: -1, query: '' };

export interface KeyOutcome {
  state: PickerState;
  choose: number | null; // the option chosen (Enter), if any
  handled: boolean; // the key was the picker's: prevent the browser's default for it
}

/**
 * What a key does in the input. `count` is the number of options drawn; `start` the index of the
 * current department among them (-1 when it is not drawn), where opening with an arrow lands.
 */
export function pickerKey(state: PickerState, key: string, count: number, start: number): KeyOutcome {
  const keep = (next: PickerState, handled = true): KeyOutcome => ({ state: next, choose: null, handled });
  const last = count - 1;
  switch (key) {
    case 'ArrowDown':
      if (!state.open) return keep({ ...state, open: true, active: start >= 0 ? start : Math.min(0, last) });
      return keep({ ...state, active: count === 0 ? -1 : state.active >= last ? 0 : state.active + 1 });
    case 'ArrowUp':
      if (!state.open) return keep({ ...state, open: true, active: start >= 0 ? start : last });
      return keep({ ...state, active: count === 0 ? -1 : state.active <= 0 ? last : state.active - 1 });
    // Home and End move in the list only while an option is active; otherwise they move the caret.
    case 'Home':
    case 'End':
      if (!state.open || state.active < 0 || count === 0) return keep(state, false);
      return keep({ ...state, active: key === 'Home' ? 0 : last });
    case 'Enter': {
      if (!state.open) return keep(state, false);
      // With a query typed and no option active, Enter takes the first match.
      const chosen =
        state.active >= 0 && state.active < count ? state.active : state.query.trim() && count > 0 ? 0 : -1;
      if (chosen < 0) return keep(state);
      return { state: CLOSED, choose: chosen, handled: true };
    }
    case 'Escape':
      // First Escape closes, the second clears; a third is not ours (it may close a dialog around us).
      if (state.open) return keep({ ...state, open: false, active: -1 });
      if (state.query) return keep({ ...state, query: '' });
      return keep(state, false);
    case 'Tab':
      return keep({ ...state, open: false, active: -1 }, false);
    default:
      return keep(state, false);
  }
}

/** Typing opens the list with no option active, so Enter takes the first match. */
export function typed(query: string): PickerState {
  return { open: true, active: -1, query };
}
