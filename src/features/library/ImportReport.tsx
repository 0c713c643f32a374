// What came of an import: the reading report of a document read, a file already here, a file
// refused (what was expected, the reader's own words, nothing stored), or a cancel. Its heading
// takes the focus when it appears (ImportPanel), so a keyboard or screen reader user lands on it.
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportOutcome } from '../../data/imports/types';
import { useLang } from '../../components/use-money';
import { ViewLink } from '../../components/ViewLink';
import { ImportedReport } from './ImportedReport';
import { knownDocument } from './library-names';
import { textLang } from './report-model';
import { useLibraryData } from './use-library-data';
import { useOutcomeLines } from './use-outcome-lines';
import '../../i18n/ns/library';

interface Props {
  outcome: ImportOutcome;
  headingRef: Ref<HTMLHeadingElement>;
}

export function ImportReport({ outcome, headingRef }: Props) {
  const { t } = useTranslation('library');
  const lang = useLang();
  const { entries, imported } = useLibraryData();
  const [heading, ...lines] = useOutcomeLines(outcome);
  if (outcome.kind === 'imported') return <ImportedReport record={outcome.record} headingRef={headingRef} />;

  const title = (
    <h3 id="import-result-title" className="import-result-title" tabIndex={-1} ref={headingRef}>
      {heading}
    </h3>
  );
  if (outcome.kind === 'known') {
    const known = knownDocument(outcome, entries, imported, lang);
    return (
      <section className="import-result is-known" aria-labelledby="import-result-title" data-outcome="known">
        {title}
        <p>{lines[0]}</p>
        <p>{t('known.nothingStored')}</p>
        <ViewLink className="button primary" to={{ view: 'overview', dept: outcome.dept, year: known.year, path: [] }}>
          {t('known.open', { department: known.name.text, year: known.year ?? '' })}
        </ViewLink>
      </section>
    );
  }
  if (outcome.kind === 'refused') {
    const readerSaid = outcome.report?.refusal;
    return (
      <section className="import-result is-refused" aria-labelledby="import-result-title" data-outcome="refused">
        {title}
        <p className="import-refusal" data-refusal={outcome.refusal}>
          {lines[0]}
        </p>
        <p className="import-nothing-stored">
          <strong>{lines[1]}</strong>
        </p>
        <details className="import-refusal-detail">
          <summary>{t('refused.detail')}</summary>
          <p lang={textLang(outcome.detail)}>{outcome.detail}</p>
          {readerSaid && readerSaid !== outcome.detail && <p lang={textLang(readerSaid)}>{readerSaid}</p>}
        </details>
      </section>
    );
  }
  return (
    <section className="import-result is-cancelled" aria-labelledby="import-result-title" data-outcome="cancelled">
      {title}
    </section>
  );
}
