// The largest 项 lines of each year by total, each a link into the explore view at that line.
import { useTranslation } from 'react-i18next';
import { codeName } from '../../i18n';
import { codePath } from '../../domain/code-path';
import { topItems } from '../../domain/hierarchy';
import { formatPercent } from '../../domain/money-format';
import type { BudgetDocument } from '../../domain/schema';
import { Money } from '../../components/Money';
import { useLang } from '../../components/use-money';
import { ViewLink } from '../../components/ViewLink';
import './top-items.css';
import '../../i18n/ns/overview';

const COUNT = 5;

export function TopItems({ documents }: { documents: BudgetDocument[] }) {
  const { t, i18n } = useTranslation('overview');
  const lang = useLang();
  return (
    <section className="overview-section" aria-labelledby="top-heading">
      <h2 id="top-heading">{t('top.heading')}</h2>
      <div className="top-columns">
        {documents.map((doc) => {
          const total = doc.tableTotals.expenditureByFunction.total;
          return (
            <div key={doc.year} className="top-year">
              <h3 id={`top-${doc.year}`} className="overview-subheading">
                {t('top.yearHeading', { year: doc.year })}
              </h3>
              <ol className="top-list" aria-labelledby={`top-${doc.year}`} data-testid={`top-${doc.year}`}>
                {topItems(doc.tables.expenditureByFunction, 'total', COUNT, 'leaf').map(({ node, value }) => (
                  <li key={node.code}>
                    <div className="top-item">
                      <ViewLink to={{ view: 'explore', year: doc.year, cls: 'function', path: codePath(node.code) }}>
                        {codeName(i18n, 'function', node.code, node.name)}
                      </ViewLink>
                      <span className="top-code">{node.code}</span>
                      <span className="top-amount">
                        <Money fen={value} />
                        {total !== 0 && (
                          <span className="top-share">
                            {t('top.share', { share: formatPercent(value / total, lang) })}
                          </span>
                        )}
                      </span>
                    </div>
                  </li>
                ))}
              </ol>
            </div>
          );
        })}
      </div>
      <p className="overview-note">{t('top.note')}</p>
    </section>
  );
}
