// One generated sentence per year, from the figures of the tables and the document's own
// statement of the change, put together by i18n interpolation in either language.
import { useTranslation } from 'react-i18next';
import { codeName } from '../../i18n';
import { formatMoney, formatPercent } from '../../domain/money-format';
import { useMoney } from '../../components/use-money';
import { useStatedMoney } from '../../components/use-stated-money';
import { summarySentenceKey, type SummaryFacts } from './summary-facts';
import '../../i18n/ns/overview';

function useSummarySentence(): (facts: SummaryFacts) => string | null {
  const { t, i18n } = useTranslation('overview');
  const { lang, options: money } = useMoney();
  const stated = useStatedMoney();
  return (facts) => {
    // Without lines or spending there is nothing to sum up; the cards show the zeros.
    if (!facts.largest || facts.projectShare === null) return null;
    return t(summarySentenceKey(facts), {
      year: facts.year,
      total: formatMoney(facts.total, money),
      previousYear: facts.change?.previousYear,
      change: facts.change ? stated(facts.change.amount, facts.change.precision) : undefined,
      projectShare: formatPercent(facts.projectShare, lang),
      largest: codeName(i18n, 'function', facts.largest.code, facts.largest.name),
      largestAmount: formatMoney(facts.largest.amount, money),
    });
  };
}

export function SummarySentences({ allFacts }: { allFacts: SummaryFacts[] }) {
  const { t } = useTranslation('overview');
  const sentence = useSummarySentence();
  return (
    <section className="overview-section" aria-labelledby="summary-heading">
      <h2 id="summary-heading">{t('summary.heading')}</h2>
      <ul className="summary-sentences">
        {allFacts.map((facts) => {
          const text = sentence(facts);
          return text ? (
            <li key={facts.year} data-testid={`summary-${facts.year}`}>
              {text}
            </li>
          ) : null;
        })}
      </ul>
      <p className="overview-note">{t('summary.note')}</p>
    </section>
  );
}
