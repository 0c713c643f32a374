// The header search: one box that finds any line item (function or economic, by name in either
// language or by code) or project (by its printed name, our English name or its text) of any
// year and goes to it. ARIA combobox pattern: the input owns a listbox, arrow keys move the active
// option (aria-activedescendant), Enter goes to it (or to the first result), Escape closes the
// list and, pressed again, clears the box.
import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useDataStore } from '../../state/data-store';
import { useViewState } from '../../state/use-view-state';
import { buildSearchIndex, searchIndex, type SearchEntry } from './search-index';
import { SearchOption } from './SearchOption';
import './search.css';
import '../../i18n/ns/search';
import { englishProjectName } from '../../i18n/ns/projectNames';

const LIMIT = 12;

export function SearchBox() {
  const { t, i18n } = useTranslation('search');
  const [, navigate] = useViewState();
  const documents = useDataStore((s) => s.documents);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const listRef = useRef<HTMLUListElement>(null);
  const id = useId();
  const listId = `${id}-list`;
  const optionId = (i: number) => `${id}-option-${i}`;

  // Built on first use, with the English names so either language finds a line or a project.
  const wanted = query.trim() !== '';
  const index = useMemo(() => {
    if (!wanted) return [];
    return buildSearchIndex(documents, (kind, codeOrName) => {
      if (kind === 'project') return englishProjectName(i18n, codeOrName);
      const key = `codes:${kind}.${codeOrName}`;
      return i18n.exists(key, { lng: 'en' }) ? i18n.t(key, { lng: 'en' }) : undefined;
    });
  }, [documents, i18n, wanted]);
  const results = useMemo(() => searchIndex(index, query, LIMIT), [index, query]);
  const expanded = open && wanted;

  const go = (entry: SearchEntry) => {
    if (entry.kind === 'project') {
      navigate({ view: 'projects', year: entry.year, project: entry.projectId, q: '', sort: null });
    } else {
      navigate({
        view: 'explore',
        year: entry.year,
        cls: entry.kind,
        path: entry.path,
        q: '',
        sort: null,
        project: null,
      });
    }
    setQuery('');
    setOpen(false);
    setActive(-1);
  };

  const move = (next: number) => {
    setOpen(true);
    setActive(next);
    listRef.current?.querySelector(`#${CSS.escape(optionId(next))}`)?.scrollIntoView({ block: 'nearest' });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const count = results.length;
    if (event.key === 'ArrowDown' && count > 0) {
      event.preventDefault();
      move(!expanded || active >= count - 1 ? 0 : active + 1);
    } else if (event.key === 'ArrowUp' && count > 0) {
      event.preventDefault();
      move(!expanded || active <= 0 ? count - 1 : active - 1);
    } else if (event.key === 'Enter' && expanded && count > 0) {
      event.preventDefault();
      go(results[active >= 0 ? active : 0]!);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      if (expanded) setOpen(false);
      else setQuery('');
      setActive(-1);
    }
  };

  return (
    <div className="search-box">
      <label htmlFor={`${id}-input`} className="visually-hidden">
        {t('label')}
      </label>
      <input
        id={`${id}-input`}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        placeholder={t('placeholder')}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <ul
        ref={listRef}
        id={listId}
        role="listbox"
        aria-label={t('results')}
        className="search-results"
        hidden={!expanded || results.length === 0}
      >
        {results.map((entry, i) => (
          <SearchOption
            key={entry.key}
            id={optionId(i)}
            entry={entry}
            selected={i === active}
            // mousedown would blur the input (closing the list) before the click lands
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => go(entry)}
          />
        ))}
      </ul>
      <div role="status" className="visually-hidden">
        {expanded
          ? results.length > 0
            ? t('count', { count: results.length })
            : t('noResults', { q: query.trim() })
          : ''}
      </div>
      {expanded && results.length === 0 && (
        <p className="search-empty" aria-hidden="true">
          {t('noResults', { q: query.trim() })}
        </p>
      )}
    </div>
  );
}
