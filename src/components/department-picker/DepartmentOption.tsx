// One department in the picker's list: its name (English where we have one), the years it has,
// and what sets it apart: a unit budget (单位预算) rather than a department budget, a document the
// user imported, no English name yet. All of it is the option's accessible name, so a screen
// reader hears the same as the eye sees. Its texts come from the picker (use-option-texts.ts).
import { memo } from 'react';
import { displayName } from '../../domain/department-search';
import type { Lang } from '../../domain/lang';
import type { DepartmentSummary } from '../../domain/library';

export interface OptionTexts {
  years: (years: readonly number[]) => string;
  unit: string;
  imported: string;
  noEnglish: string;
  current: string;
}

interface DepartmentOptionProps {
  id: string;
  dept: DepartmentSummary;
  lang: Lang;
  texts: OptionTexts;
  active: boolean;
  current: boolean;
  onPick: (dept: string) => void;
}

export const DepartmentOption = memo(function DepartmentOption(props: DepartmentOptionProps) {
  const { id, dept, lang, texts, active, current, onPick } = props;
  const untranslated = lang === 'en' && dept.nameEn === null;
  return (
    <div
      id={id}
      role="option"
      aria-selected={active}
      className="dept-option"
      data-current={current || undefined}
      onClick={() => onPick(dept.dept)}
    >
      <span className="dept-option-name" lang={untranslated ? 'zh-CN' : undefined}>
        {displayName(dept, lang)}
      </span>
      {current && <span className="visually-hidden">{texts.current}</span>}
      <span className="dept-option-meta">
        <span className="dept-option-years">{texts.years(dept.years)}</span>
        {dept.kind === 'unit' && <span className="dept-option-tag">{texts.unit}</span>}
        {dept.imported && <span className="dept-option-tag dept-option-imported">{texts.imported}</span>}
        {untranslated && <span className="dept-option-note">{texts.noEnglish}</span>}
      </span>
    </div>
  );
});
