// One year's key figures: total, the change the document states, basic and project spending,
// and links into the other views for that year. The data-testids are what the first-screen test
// reads; each holds nothing but the figure.
import { useTranslation } from 'react-i18next';
import type { BudgetDocument } from '../../domain/schema';
import { Money } from '../../components/Money';
import { GlossaryTerm } from '../../components/GlossaryTerm';
import { ViewLink } from '../../components/ViewLink';
import { StatedChangeText } from './StatedChangeText';
import type { SummaryFacts } from './summary-facts';
import '../../i18n/ns/overview';

export function YearCard({ doc, facts }: { doc: BudgetDocument; facts: SummaryFacts }) {
  const { t } = useTranslation('overview');
  const headingId = `year-${doc.year}`;
  return (
    <article className="card year-card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('yearHeading', { year: doc.year })}</h2>
      <dl className="figures">
        <div className="figure figure-main">
          <dt>{t('total')}</dt>
          <dd data-testid={`total-${doc.year}`}>
            <Money fen={facts.total} />
          </dd>
          <dd className="year-card-change" data-testid={`change-${doc.year}`}>
            <span className="year-card-change-label">{t('change.label')}</span>
            {facts.change ? (
              <StatedChangeText
                change={facts.change}
                subject={facts.change.subject}
                precision={facts.change.precision}
              />
            ) : (
              t('change.none')
            )}
          </dd>
        </div>
        <div className="figure">
          <dt>
            <GlossaryTerm term="basic">{t('basic')}</GlossaryTerm>
          </dt>
          <dd data-testid={`basic-${doc.year}`}>
            <Money fen={facts.basic} />
          </dd>
        </div>
        <div className="figure">
          <dt>
            <GlossaryTerm term="project">{t('project')}</GlossaryTerm>
          </dt>
          <dd data-testid={`project-${doc.year}`}>
            <Money fen={facts.project} />
          </dd>
        </div>
      </dl>
      <nav className="year-card-links" aria-label={t('links.label', { year: doc.year })}>
        <ViewLink to={{ view: 'explore', year: doc.year, cls: 'function', path: [] }}>{t('links.explore')}</ViewLink>
        <ViewLink to={{ view: 'tables', year: doc.year }}>{t('links.tables')}</ViewLink>
        <ViewLink to={{ view: 'projects', year: doc.year, project: null, q: '' }}>
          {t('links.projects', { count: doc.projects.length })}
        </ViewLink>
      </nav>
    </article>
  );
}
