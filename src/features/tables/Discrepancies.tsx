// Beside a table: the inconsistencies the document itself prints in it, as recorded by the
// ingest from the reviewed errata. Figures are the exact amounts in 元 (to the fen where the
// document prints fen), since a discrepancy is often a few yuan, or fen, that any rounded unit
// would hide. The page, where the reader knows it, points to the printed table.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoneyExact } from '../../domain/money-format';
import type { BudgetDocument } from '../../domain/schema';
import { codeName } from '../../i18n';
import { useLang } from '../../components/use-money';
import type { TableId } from '../../state/link/values';
import { discrepanciesOf, parseRow, replaceTerms } from './discrepancy-labels';
import '../../i18n/ns/tables';

// Phrases the ingest writes in its check formulas, and their keys under discrepancies.phrases.
const PHRASES: Record<string, string> = {
  'sum of children': 'sumOfChildren',
  'sum of 类 rows': 'sumOfTopLines',
  'sum of revenue lines': 'sumOfRevenueLines',
  'sum of expenditure lines': 'sumOfExpenditureLines',
  'sum of its funds': 'sumOfFunds',
  'sum of lines': 'sumOfLines',
};
const TERM_GROUPS = ['columns', 'lines', 'threePublic'] as const;

export function Discrepancies({ doc, table }: { doc: BudgetDocument; table: TableId }) {
  const { t, i18n } = useTranslation('tables');
  const lang = useLang();
  const list = discrepanciesOf(doc.discrepancies, table);
  const exact = (fen: number, signed = false) => formatMoneyExact(fen, lang, { printsFen: doc.printsFen, signed });
  // Printed (Chinese) column and line labels -> the reader's language, plus the ingest's phrases.
  const terms = useMemo(() => {
    const map = new Map<string, string>();
    const zh = i18n.getFixedT('zh-CN', 'tables');
    for (const group of TERM_GROUPS) {
      const keys = Object.keys(
        (i18n.getResourceBundle('zh-CN', 'tables') as Record<string, Record<string, string>>)[group] ?? {},
      );
      for (const key of keys) map.set(zh(`${group}.${key}`), t(`${group}.${key}`));
    }
    for (const [phrase, key] of Object.entries(PHRASES)) map.set(phrase, t(`discrepancies.phrases.${key}`));
    return map;
  }, [i18n, t]);
  if (list.length === 0) return null;

  const rowLabel = (row: string) => {
    const parsed = parseRow(row);
    if (parsed.kind === 'label') return replaceTerms(parsed.label, terms);
    const cls = table === 'basicByEconomic' ? 'economic' : 'function';
    return `${parsed.code} ${codeName(i18n, cls, parsed.code, parsed.printed)}`;
  };

  return (
    <section className="discrepancies" aria-labelledby={`discrepancies-${table}`}>
      <h3 id={`discrepancies-${table}`}>{t('discrepancies.heading')}</h3>
      <p>{t('discrepancies.intro')}</p>
      <ul>
        {list.map((d, i) => (
          <li key={`${d.row}-${d.check}-${i}`}>
            <p className="discrepancy-what">
              <strong>{rowLabel(d.row)}</strong>
              <span className="discrepancy-check">{replaceTerms(d.check, terms)}</span>
              {d.page !== null && <span className="discrepancy-page">{t('discrepancies.page', { page: d.page })}</span>}
            </p>
            <dl className="discrepancy-figures">
              <div>
                <dt>{t('discrepancies.printed')}</dt>
                <dd className="num">{exact(d.printed)}</dd>
              </div>
              <div>
                <dt>{t('discrepancies.expected')}</dt>
                <dd className="num">{exact(d.expected)}</dd>
              </div>
              <div>
                <dt>{t('discrepancies.difference')}</dt>
                <dd className="num">{exact(d.printed - d.expected, true)}</dd>
              </div>
            </dl>
            <p className="discrepancy-note">
              {t('discrepancies.note')}{' '}
              <span lang={/[\u4e00-\u9fff]/.test(d.note) ? 'zh-CN' : undefined}>{d.note}</span>
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
