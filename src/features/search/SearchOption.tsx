// One search result: year, kind, code, name (English name in English where there is one) and
// amount, so two lines of the same name in different years can be told apart before choosing.
// A project's English name is our translation: its published Chinese name stays under it.
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Money } from '../../components/Money';
import type { SearchEntry } from './search-index';
import '../../i18n/ns/search';

export interface SearchOptionProps {
  id: string;
  entry: SearchEntry;
  selected: boolean;
  onMouseDown: (event: MouseEvent) => void;
  onClick: () => void;
}

export function SearchOption({ id, entry, selected, onMouseDown, onClick }: SearchOptionProps) {
  const { t, i18n } = useTranslation('search');
  const english = i18n.language !== 'zh-CN' && entry.englishName;
  return (
    <li
      id={id}
      role="option"
      aria-selected={selected}
      className="search-option"
      onMouseDown={onMouseDown}
      onClick={onClick}
    >
      <span className="search-option-year">{t('year', { year: entry.year })}</span>
      <span className="search-option-kind">{t(`kind.${entry.kind}`)}</span>
      {entry.kind !== 'project' && <span className="search-option-code">{entry.code}</span>}
      <span className="search-option-name" lang={english ? undefined : 'zh-CN'}>
        {english || entry.name}
        {english && entry.kind === 'project' && (
          <span className="search-option-detail" lang="zh-CN">
            {entry.name}
          </span>
        )}
        {entry.detail && (
          <span className="search-option-detail" lang="zh-CN">
            {entry.detail}
          </span>
        )}
      </span>
      <span className="search-option-amount">
        {entry.amount === null ? (
          t('noAmount')
        ) : (
          <Money fen={entry.amount} precision={entry.stated?.precision} printed={entry.stated?.printed} />
        )}
      </span>
    </li>
  );
}
