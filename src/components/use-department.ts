// The department on screen as the reader's language names it: the published Chinese name, or in
// English our translation (index.json departmentEn), or, where there is none yet, the published
// name with `untranslated` set so that the page can say so.
import { useDataStore } from '../state/data-store';
import { isImportedDocument } from '../state/department-documents';
import { useLang } from './use-money';

export interface DepartmentShown {
  /** the name to show in the reader's language */
  name: string;
  /** as published */
  published: string;
  /** English is shown, and the department has no English name yet */
  untranslated: boolean;
  /** the years on screen, ascending, as the reader's language lists them ("2021 and 2026") */
  yearList: string;
  /** every document shown was imported by this user */
  imported: boolean;
}

export function useDepartment(): DepartmentShown {
  const documents = useDataStore((s) => s.documents);
  const index = useDataStore((s) => s.index);
  const catalogue = useDataStore((s) => s.catalogue);
  const lang = useLang();
  const latest = documents[documents.length - 1];
  const published = latest?.department ?? '';
  // An import is named like the library's department of the same published name, if there is one.
  const english =
    index?.documents.find((entry) => entry.departmentEn)?.departmentEn ??
    catalogue?.documents.find((entry) => entry.department === published && entry.departmentEn)?.departmentEn ??
    null;
  const untranslated = lang === 'en' && english === null;
  return {
    name: lang === 'en' && english ? english : published,
    published,
    untranslated,
    yearList: new Intl.ListFormat(lang, { type: 'conjunction' }).format(documents.map((d) => String(d.year))),
    imported: documents.length > 0 && documents.every(isImportedDocument),
  };
}
