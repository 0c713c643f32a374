// The repairs the reader made (a misprint mended from the document's own evidence) and the
// document's own inconsistencies (a failed check: both figures, exact, as the app formats money).
// Rows, tables and reasons are the document's and the reader's words; the table is named by its
// number in the reader's language.
import { useTranslation } from 'react-i18next';
import { formatMoneyExact } from '../../domain/money-format';
import type { ReadFailure, Repair } from '../../reader/api';
import { useLang } from '../../components/use-money';
import { difference, rowLabel, tableOf, textLang } from './report-model';
import '../../i18n/ns/library';

function useWhere() {
  const { t } = useTranslation('library');
  const lang = useLang();
  const table = (printed: string) => {
    const known = tableOf(printed);
    return known ? t('report.tableLabel', { n: known.number, name: t(`report.tableNames.${known.kind}`) }) : printed;
  };
  const page = (p: number | null) => (p === null ? t('report.noPage') : t('report.page', { page: p }));
  return { table, page, lang };
}

function Where({ table, page, row }: { table: string; page: number | null; row: string }) {
  const where = useWhere();
  const label = rowLabel(row);
  const tableName = where.table(table);
  const other = (text: string) => (textLang(text) === where.lang ? undefined : textLang(text));
  return (
    <p className="issue-where">
      <strong lang={other(label)}>{label}</strong>
      <span lang={other(tableName)}>{tableName}</span>
      <span>{where.page(page)}</span>
    </p>
  );
}

export function ReportRepairs({ repairs }: { repairs: readonly Repair[] }) {
  const { t } = useTranslation('library');
  return (
    <>
      <h4>{t('report.repairs.heading')}</h4>
      {repairs.length === 0 ? (
        <p>{t('report.repairs.none')}</p>
      ) : (
        <>
          <p>{t('report.repairs.intro')}</p>
          <ul className="import-issues" data-testid="import-repairs">
            {repairs.map((repair, i) => (
              <li key={`${repair.table}-${repair.row}-${i}`}>
                <Where table={repair.table} page={repair.page} row={repair.row} />
                <dl className="issue-figures">
                  <Figure label={t('report.repairs.printed')} value={repair.printed} />
                  <Figure label={t('report.repairs.repaired')} value={repair.repaired} />
                  <div className="issue-reason">
                    <dt>{t('report.repairs.reason')}</dt>
                    <dd lang={textLang(repair.reason)}>{repair.reason}</dd>
                  </div>
                </dl>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

export function ReportFailures({ failures, printsFen }: { failures: readonly ReadFailure[]; printsFen: boolean }) {
  const { t } = useTranslation('library');
  const lang = useLang();
  const money = (fen: number | null, signed = false) =>
    fen === null ? t('report.failures.missing') : formatMoneyExact(fen, lang, { printsFen, signed });
  return (
    <>
      <h4>{t('report.failures.heading')}</h4>
      {failures.length === 0 ? (
        <p>{t('report.failures.none')}</p>
      ) : (
        <>
          <p>{t('report.failures.intro')}</p>
          <ul className="import-issues" data-testid="import-failures">
            {failures.map((failure, i) => {
              const diff = difference(failure.printed, failure.expected);
              return (
                <li key={`${failure.table}-${failure.row}-${i}`}>
                  <Where table={failure.table} page={failure.page} row={failure.row} />
                  <dl className="issue-figures">
                    <Figure label={t('report.failures.printed')} value={money(failure.printed)} />
                    <Figure label={t('report.failures.expected')} value={money(failure.expected)} />
                    {diff !== null && <Figure label={t('report.failures.difference')} value={money(diff, true)} />}
                    <div className="issue-reason">
                      <dt>{t('report.failures.check')}</dt>
                      <dd lang={textLang(failure.check)}>{failure.check}</dd>
                    </div>
                  </dl>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </>
  );
}

/** One figure of a repair or a failure: its label and the number as shown. */
function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd className="num">{value}</dd>
    </div>
  );
}
