// The citation of what a view shows, in the current language: source line, data version, date
// and link. Used by the share menu and its exports, the print footer and the embed frame.
import { useTranslation } from 'react-i18next';
import type { BudgetDocument } from '../../domain/schema';
import type { TFunction } from 'i18next';
import { useDataStore } from '../../state/data-store';
import { useViewState } from '../../state/use-view-state';
import { serializeViewState, type ViewState } from '../../state/link/app-link';
import type { Theme } from '../../state/link/values';
import { sharedViewState } from './shared-view';
import { useUnit } from '../../components/use-money';
import { appUrl } from './links';
import { dataVersionsOf, sourceOfView, type ViewSource } from '../../state/source-of-view';
import { useDepartment } from '../../components/use-department';
import { isImportedDocument } from '../../state/department-documents';
import '../../i18n/ns/share';

export interface Citation {
  /** years of the documents cited */
  years: number[];
  /** the documents cited */
  documents: readonly BudgetDocument[];
  sourceLine: string;
  versions: string[];
  versionLine: string;
  dateLine: string;
  printedLine: string;
  /** the view in the full app, in the reader's own colour theme (see shared-view.ts) */
  link: string;
  /** the same link asking for a colour theme, when the sharer picks one */
  linkFor: (theme: Theme) => string;
}

/** department: as the reader's language names it (use-department.ts) */
export function citeSource(t: TFunction, source: ViewSource, department: string): string {
  const first = source.documents[0];
  if (!first) return '';
  const years = source.documents.map((doc) => t('cite.year', { year: doc.year })).join(t('cite.yearsJoin'));
  const names = source.tables.map((table) => t(`tables.${table}`)).join(t('cite.tablesJoin'));
  const kind = t(`cite.kind.${first.kind}`);
  const line = t('cite.source', { department, years, kind, tables: names ? t('cite.tables', { names }) : '' });
  // A document the reader imported is not one we publish: name their file and its hash instead.
  const imported = source.documents.filter(isImportedDocument);
  const files = imported.map((doc) => t('cite.importedFile', { file: doc.source.file, hash: doc.source.sha256 }));
  return files.length > 0 ? `${line} ${t('cite.imported', { files: files.join(t('cite.tablesJoin')) })}` : line;
}

// Building an Intl.DateTimeFormat is costly (tens of ms while the page loads) and the print
// footer asks on every render: keep one per language.
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function formatDate(date: Date, lang: string): string {
  let format = dateFormats.get(lang);
  if (!format) dateFormats.set(lang, (format = new Intl.DateTimeFormat(lang, { dateStyle: 'long' })));
  return format.format(date);
}

export function useCitation(override?: ViewSource, linkState?: Partial<ViewState>): Citation {
  const { t, i18n } = useTranslation('share');
  const [state] = useViewState();
  const unit = useUnit();
  const documents = useDataStore((s) => s.documents);
  const index = useDataStore((s) => s.index);
  const department = useDepartment();
  const shownDept = useDataStore((s) => s.dept);
  const source = override ?? sourceOfView(state, documents);
  const lang = i18n.language;
  const versions = dataVersionsOf(index, source.documents);
  // Dated when read (getters below), not on every render: see formatDate.
  const date = () => formatDate(new Date(), lang);
  // The link names the language the reader sees, so it opens the same for whoever follows it.
  const linkFor = (theme: Theme) =>
    appUrl(
      serializeViewState(
        sharedViewState(
          { ...state, ...linkState },
          { lang: lang === 'en' ? 'en' : 'zh-CN', unit, theme, dept: shownDept },
        ),
      ),
      globalThis.location?.href ?? 'http://localhost/',
    );
  return {
    years: source.documents.map((doc) => doc.year),
    documents: source.documents,
    sourceLine: citeSource(t, source, department.name),
    versions,
    versionLine: versions.length > 0 ? t('cite.version', { versions: versions.join(', ') }) : t('cite.versionNone'),
    get dateLine() {
      return t('cite.date', { date: date() });
    },
    get printedLine() {
      return t('cite.printed', { date: date() });
    },
    link: linkFor('auto'),
    linkFor,
  };
}
