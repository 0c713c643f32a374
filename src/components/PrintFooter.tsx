// What a printout of any view carries at its end: the source line (department, year, table),
// the data version, the link that reopens exactly this view, and the date. Shown only in print
// (print.css); on screen the view itself says all of this. The date is written only while
// printing: the first date format of a page builds the locale's calendar data, a long task on a
// slow phone that every view would otherwise pay on its first render.
import { useTranslation } from 'react-i18next';
import { useCitation } from './share/use-citation';
import { usePrinting } from './use-printing';
import './print.css';
import '../i18n/ns/share';

export function PrintFooter() {
  const { t } = useTranslation('share');
  const citation = useCitation();
  const printing = usePrinting();
  return (
    <footer className="print-footer">
      {citation.sourceLine ? <p className="print-source">{citation.sourceLine}</p> : null}
      <p>
        {citation.versionLine}
        {printing ? ` · ${citation.printedLine}` : null}
      </p>
      <p className="print-link">{t('cite.link', { url: citation.link })}</p>
    </footer>
  );
}
