// What an import's outcome says in a sentence or two: the live region announces it when the import
// ends, and the report's headings say the same.
import { useTranslation } from 'react-i18next';
import { MAX_IMPORT_BYTES, type ImportOutcome } from '../../data/imports/types';
import { useLang } from '../../components/use-money';
import { formatDate, knownDocument } from './library-names';
import { refusalMessage } from './refusal-message';
import { checkTotals } from './report-model';
import { useLibraryData } from './use-library-data';
import '../../i18n/ns/library';

export const MAX_MB = MAX_IMPORT_BYTES / 1024 / 1024;

/** The heading of the outcome first, then what it means. */
export function useOutcomeLines(outcome: ImportOutcome | null): string[] {
  const { t } = useTranslation('library');
  const lang = useLang();
  const { entries, imported, nameOf } = useLibraryData();
  if (!outcome) return [];
  switch (outcome.kind) {
    case 'imported': {
      const { record } = outcome;
      const totals = checkTotals(record.report.checks);
      return [
        t('report.heading', { department: nameOf(record, lang).text, year: record.document.year }),
        t('report.checks.summary', { count: totals.run, passed: totals.passed }),
      ];
    }
    case 'known': {
      const known = knownDocument(outcome, entries, imported, lang);
      const names = { department: known.name.text, year: known.year ?? '' };
      return [
        t('known.heading'),
        known.importedAt
          ? t('known.imported', { ...names, date: formatDate(known.importedAt, lang) })
          : t('known.bundled', names),
      ];
    }
    case 'refused': {
      const key = refusalMessage(outcome.refusal, outcome.report?.refusalKind);
      return [t('refused.heading'), t(`refused.messages.${key}`, { max: MAX_MB }), t('refused.nothingStored')];
    }
    case 'cancelled':
      return [t('cancelled.heading')];
  }
}
