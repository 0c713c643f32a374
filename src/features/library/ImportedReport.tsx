// The reading report of a document just read: what it is (department, year, level, kind, pages),
// its nine tables, the checks, the repairs and the document's own inconsistencies; then where to
// go with it: its overview, and its years compared when its department has two or more.
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportedRecord } from '../../data/imports/types';
import { districtEn } from '../../domain/districts';
import { formatNumber } from '../../domain/money-format';
import { useLang } from '../../components/use-money';
import { ViewLink } from '../../components/ViewLink';
import { checkTotals } from './report-model';
import { ReportFailures, ReportRepairs } from './ReportIssues';
import { ReportTables } from './ReportTables';
import { useFileSize } from './use-file-size';
import { useLibraryData } from './use-library-data';
import '../../i18n/ns/library';

interface Props {
  record: ImportedRecord;
  headingRef: Ref<HTMLHeadingElement>;
}

export function ImportedReport({ record, headingRef }: Props) {
  const { t } = useTranslation('library');
  const lang = useLang();
  const { deptOf, nameOf, yearsOf } = useLibraryData();
  const size = useFileSize();
  const { document: doc, report } = record;
  const dept = deptOf(record);
  const name = nameOf(record, lang);
  const totals = checkTotals(report.checks);
  const district = doc.district && lang === 'en' ? (districtEn(doc.district) ?? doc.district) : doc.district;
  const level =
    doc.level === 'municipal'
      ? t('report.levels.municipal')
      : district
        ? t('report.levels.district', { district })
        : t('report.levels.districtUnnamed');

  return (
    <section className="import-result is-imported" aria-labelledby="import-result-title" data-outcome="imported">
      <h3 id="import-result-title" className="import-result-title" tabIndex={-1} ref={headingRef}>
        {t('report.heading', { department: name.text, year: doc.year })}
      </h3>
      <p>{t('report.stored')}</p>
      <p className="import-actions">
        <ViewLink className="button primary" to={{ view: 'overview', dept, year: doc.year, path: [] }}>
          {t('report.explore')}
        </ViewLink>
        {yearsOf(dept).length >= 2 && (
          <ViewLink className="button" to={{ view: 'compare', dept, from: null, to: null, path: [] }}>
            {t('report.compare')}
          </ViewLink>
        )}
      </p>

      <h4>{t('report.factsLabel')}</h4>
      <dl className="import-facts">
        <div>
          <dt>{t('report.department')}</dt>
          <dd lang={name.lang === lang ? undefined : name.lang}>{name.text}</dd>
        </div>
        <div>
          <dt>{t('report.year')}</dt>
          <dd>{doc.year}</dd>
        </div>
        <div>
          <dt>{t('report.level')}</dt>
          <dd>{level}</dd>
        </div>
        <div>
          <dt>{t('report.kind')}</dt>
          <dd>{t(`report.kinds.${doc.kind}`)}</dd>
        </div>
        <div>
          <dt>{t('report.pages')}</dt>
          <dd>{report.pages === null ? t('report.notStated') : formatNumber(report.pages, lang)}</dd>
        </div>
        <div>
          <dt>{t('report.file')}</dt>
          <dd className="import-file-name">
            {t('report.fileWithSize', { file: record.fileName, size: size(record.fileBytes) })}
          </dd>
        </div>
      </dl>

      <ReportTables tables={report.tables} />

      <h4>{t('report.checks.heading')}</h4>
      <p data-testid="import-checks">
        {t('report.checks.summary', { count: totals.run, passed: totals.passed })}{' '}
        {totals.failed === 0 ? t('report.checks.allPassed') : t('report.checks.failed', { count: totals.failed })}
      </p>

      <ReportRepairs repairs={report.repairs} />
      <ReportFailures failures={report.failures} printsFen={doc.printsFen} />
    </section>
  );
}
