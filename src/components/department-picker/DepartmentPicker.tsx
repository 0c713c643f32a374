// The department picker: a searchable list of every department of the library, by its Chinese or
// English name or its district's, grouped municipal first and then district by district. The
// WAI-ARIA 1.2 combobox pattern: the input owns a listbox of groups of options; the active option
// is aria-activedescendant, so focus never leaves the input (picker-state.ts: the keys). The
// current department stays in the label, which is also the input's accessible name.
import {
  useCallback,
  useDeferredValue,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react';
import { useTranslation } from 'react-i18next';
import { displayName, groupDepartments, searchDepartments, type DepartmentGroup } from '../../domain/department-search';
import type { Lang } from '../../domain/lang';
import type { DepartmentSummary } from '../../domain/library';
import { formatNumber } from '../../domain/money-format';
import { DepartmentOption } from './DepartmentOption';
import { CLOSED, pickerKey, typed, visibleList } from './picker-state';
import { scrollIntoList } from './scroll-into-list';
import { useOptionTexts } from './use-option-texts';
import './department-picker.css';
import '../../i18n/ns/picker';

export interface DepartmentPickerProps {
  departments: DepartmentSummary[];
  current: string | null; // the dept key shown, e.g. shanghai-hsa
  onChoose: (dept: string) => void;
  id?: string; // the input's id (for an outside <label> or a test); the rest are derived from it
  compact?: boolean; // the header variant: one line, the current name cut short
  /** taking over from the stand-in the reader was typing into (LibraryPicker): focus, and the text so far */
  takeOver?: { query: string; open?: boolean } | null;
}

export function DepartmentPicker({
  departments,
  current,
  onChoose,
  id,
  compact = false,
  takeOver = null,
}: DepartmentPickerProps) {
  const { t, i18n } = useTranslation('picker');
  const lang: Lang = i18n.language === 'en' ? 'en' : 'zh-CN';
  const generated = useId();
  const inputId = id ?? `${generated}dept`;
  const listId = `${inputId}-list`;
  const optionId = (index: number) => `${inputId}-option-${index}`;
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const [state, setState] = useState(() =>
    takeOver?.query ? typed(takeOver.query) : takeOver?.open ? { ...CLOSED, open: true } : CLOSED,
  );
  // In the same frame as the stand-in goes, so that no key pressed meanwhile lands elsewhere.
  useLayoutEffect(() => {
    if (takeOver) inputRef.current?.focus();
  }, [takeOver]);

  // Sorted once per list and language; a keystroke only filters (searchDepartments keeps no order).
  const groups = useMemo(() => groupDepartments(departments, lang), [departments, lang]);
  // The list follows the text a moment later when drawing it takes long: typing never waits for it.
  // The keys act on the list as drawn, the one the user sees.
  const query = useDeferredValue(state.query.trim());
  const matches = useMemo(() => (query ? new Set(searchDepartments(departments, query)) : null), [departments, query]);
  const list = useMemo(() => visibleList(groups, matches), [groups, matches]);
  const chosen = departments.find((dept) => dept.dept === current) ?? null;
  const start = list.options.findIndex((dept) => dept.dept === current);
  const count = list.options.length;

  // Stable across keystrokes, so that moving the active option redraws two options, not a hundred.
  const pick = useCallback(
    (dept: string) => {
      setState(CLOSED);
      onChoose(dept);
    },
    [onChoose],
  );
  const texts = useOptionTexts();

  // Keep the active option in sight, or on opening the current department, inside the list only
  // (scrollIntoView would also scroll the page under a sticky header).
  const shown = state.open ? (state.active >= 0 ? state.active : start) : -1;
  const shownId = shown >= 0 ? optionId(shown) : null;
  useEffect(() => {
    const item = shownId ? document.getElementById(shownId) : null;
    if (item && listRef.current) scrollIntoList(listRef.current, item);
  }, [shownId]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing) return; // an IME's Enter or Escape belongs to the IME
    const outcome = pickerKey(state, event.key, count, start);
    if (outcome.handled) event.preventDefault();
    // Enter right after typing can come before the list has caught up: take the first match of the text typed.
    const stale = outcome.choose !== null && state.active < 0 && query !== state.query.trim();
    const options = stale
      ? visibleList(groups, new Set(searchDepartments(departments, state.query)), 1).options
      : list.options;
    const chosenDept = outcome.choose === null ? undefined : options[outcome.choose];
    if (chosenDept) pick(chosenDept.dept);
    else if (outcome.choose === null) setState(outcome.state);
  };

  const total = list.total;
  const status = !state.open
    ? ''
    : total > 0
      ? t('count', { count: total, n: formatNumber(total, lang) })
      : t('noResults', { q: query });

  return (
    <div className={compact ? 'dept-picker dept-picker-compact' : 'dept-picker'}>
      <label htmlFor={inputId} className="dept-picker-label">
        <span className="dept-picker-caption">{t('label')}</span>
        <span
          className="dept-picker-current"
          lang={chosen && lang === 'en' && !chosen.nameEn ? 'zh-CN' : undefined}
          title={compact && chosen ? displayName(chosen, lang) : undefined} // cut short in the header
        >
          {chosen ? displayName(chosen, lang) : t('noCurrent')}
        </span>
      </label>
      <div className="dept-picker-field">
        <input
          ref={inputRef}
          id={inputId}
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={state.open}
          aria-controls={listId}
          aria-activedescendant={state.open && state.active >= 0 ? optionId(state.active) : undefined}
          placeholder={t('placeholder')}
          value={state.query}
          onChange={(event) => setState(typed(event.target.value))}
          onClick={() => setState((s) => (s.open ? s : { ...s, open: true }))}
          onBlur={() => setState((s) => ({ ...s, open: false, active: -1 }))}
          onKeyDown={onKeyDown}
        />
        <button
          type="button"
          className="dept-picker-toggle"
          tabIndex={-1}
          aria-label={t('toggle')}
          aria-expanded={state.open}
          aria-controls={listId}
          // mousedown would move focus off the input (closing the list) before the click lands
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => {
            inputRef.current?.focus();
            setState((s) => ({ ...s, open: !s.open, active: -1 }));
          }}
        />
      </div>
      <div className="dept-picker-popup" hidden={!state.open} onMouseDown={(event) => event.preventDefault()}>
        <div
          ref={listRef}
          id={listId}
          role="listbox"
          aria-label={t('list')}
          className="dept-picker-list"
          hidden={count === 0}
        >
          {list.groups.map(({ group, options }, g) => (
            <div key={group.key} role="group" aria-labelledby={`${inputId}-group-${g}`} className="dept-group">
              <GroupLabel id={`${inputId}-group-${g}`} group={group} lang={lang} />
              {options.map(({ dept, index }) => (
                <DepartmentOption
                  key={dept.dept}
                  id={optionId(index)}
                  dept={dept}
                  lang={lang}
                  texts={texts}
                  active={index === state.active}
                  current={dept.dept === current}
                  onPick={pick}
                />
              ))}
            </div>
          ))}
        </div>
        {total === 0 && <p className="dept-picker-note">{status}</p>}
        {list.hidden > 0 && (
          <p className="dept-picker-note">{t('more', { count: list.hidden, n: formatNumber(list.hidden, lang) })}</p>
        )}
      </div>
      <div role="status" className="visually-hidden">
        {status}
      </div>
    </div>
  );
}

// A group's heading: 市级 / Municipal, or the district (in English where we know its name).
function GroupLabel({ id, group, lang }: { id: string; group: DepartmentGroup; lang: Lang }) {
  const { t } = useTranslation('picker');
  const published = lang === 'en' && group.districtName !== null && group.districtName === group.district;
  return (
    <div role="presentation" id={id} className="dept-group-label" lang={published ? 'zh-CN' : undefined}>
      {group.level === 'municipal'
        ? t('group.municipal')
        : group.districtName
          ? t('group.district', { name: group.districtName })
          : t('group.districtUnknown')}
    </div>
  );
}
