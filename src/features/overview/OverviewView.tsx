// First screen: the department and, for each year, the total, basic and project spending.
import { useTranslation } from 'react-i18next';
import { useDataStore } from '../../state/data-store';
import { Money } from '../../components/Money';

export default function OverviewView() {
  const { t } = useTranslation('overview');
  const documents = useDataStore((s) => s.documents);
  const department = documents[documents.length - 1]?.department ?? '';
  return (
    <section aria-labelledby="overview-title" className="view">
      <h1 id="overview-title">{t('title', { department: t('common:department', { defaultValue: department }) })}</h1>
      <div className="year-cards">
        {documents.map((doc) => {
          const totals = doc.tableTotals.expenditureByFunction;
          return (
            <article key={doc.id} className="card year-card" aria-labelledby={`year-${doc.year}`}>
              <h2 id={`year-${doc.year}`}>{t('yearHeading', { year: doc.year })}</h2>
              <dl className="figures">
                <div className="figure figure-main">
                  <dt>{t('total')}</dt>
                  <dd data-testid={`total-${doc.year}`}>
                    <Money yuan={totals.total} />
                  </dd>
                </div>
                <div className="figure">
                  <dt>{t('basic')}</dt>
                  <dd data-testid={`basic-${doc.year}`}>
                    <Money yuan={totals.basic} />
                  </dd>
                </div>
                <div className="figure">
                  <dt>{t('project')}</dt>
                  <dd data-testid={`project-${doc.year}`}>
                    <Money yuan={totals.project} />
                  </dd>
                </div>
              </dl>
            </article>
          );
        })}
      </div>
    </section>
  );
}
