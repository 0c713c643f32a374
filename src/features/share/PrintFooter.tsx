// What a printout of any view carries at its end: the source line (department, year, table),
// the data version, the link that reopens exactly this view, and the date. Shown only in print
// (print.css); on screen the view itself says all of this. Its lines are written only while
// printing (use-printing.ts commits them before the page is laid out for paper): every view would
// otherwise pay for them on its first render, the date format most (the locale's calendar data,
// a long task on a slow phone).
import { useTranslation } from 'react-i18next';
import { useCitation } from './use-citation';
import { usePrinting } from '../../components/use-printing';
import '../../components/print.css';
import '../../i18n/ns/share';

export function PrintFooter() {
  return usePrinting() ? <PrintedFooter /> : <footer className="print-footer" />;
}

function PrintedFooter() {
  const { t } = useTranslation('share');
  const citation = useCitation();
  return (
    <footer className="print-footer">
      {citation.sourceLine ? <p className="print-source">{citation.sourceLine}</p> : null}
      <p>
        {citation.versionLine} · {citation.printedLine}
      </p>
      <p className="print-link">{t('cite.link', { url: citation.link })}</p>
    </footer>
  );
}
