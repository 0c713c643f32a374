// First screen: the department and, for each year (latest first), the total with the change the
// document states, basic and project spending; below, the one-sentence summaries, the two splits,
// "三公" and 机关运行经费, and the largest items, each linking on into the other views.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useDataStore } from '../../state/data-store';
import { GlossaryTerm } from '../../components/GlossaryTerm';
import { useDepartment } from '../../components/use-department';
import { summaryFacts } from './summary-facts';
import { YearCard } from './YearCard';
import { SummarySentences } from './SummarySentences';
import { SplitBars } from './SplitBars';
import { ThreePublicTable } from './ThreePublicTable';
import { TopItems } from './TopItems';
import './overview.css';
import '../../i18n/ns/overview';

export default function OverviewView() {
  const { t } = useTranslation('overview');
  const documents = useDataStore((s) => s.documents);
  // The store keeps documents by year ascending; the overview reads newest first.
  const newestFirst = useMemo(() => [...documents].reverse(), [documents]);
  const allFacts = useMemo(() => newestFirst.map(summaryFacts), [newestFirst]);
  const department = useDepartment();
  return (
    <section aria-labelledby="overview-title" className="view overview">
      <h1 id="overview-title">{t('title', { department: department.name })}</h1>
      <div className="year-cards">
        {newestFirst.map((doc, i) => (
          <YearCard key={doc.id} doc={doc} facts={allFacts[i]!} />
        ))}
      </div>
      {/* Below the cards, so that on a phone both years' figures fit the first screen. */}
      <p className="overview-intro">{t('intro', { years: department.yearList })}</p>
      <SummarySentences allFacts={allFacts} />
      <div className="overview-splits">
        <SplitBars
          id="basic-project"
          heading={t('split.basicProject.heading')}
          note={t('split.basicProject.note')}
          labels={[
            <GlossaryTerm key="b" term="basic">
              {t('basic')}
            </GlossaryTerm>,
            <GlossaryTerm key="p" term="project">
              {t('project')}
            </GlossaryTerm>,
          ]}
          rows={allFacts.map((f) => ({ year: f.year, values: [f.basic, f.project] }))}
        />
        <SplitBars
          id="personnel-public"
          heading={t('split.personnelPublic.heading')}
          note={t('split.personnelPublic.note')}
          labels={[t('split.personnelPublic.personnel'), t('split.personnelPublic.publicUse')]}
          rows={newestFirst.map((doc) => {
            const totals = doc.tableTotals.basicByEconomic;
            return { year: doc.year, values: [totals.personnel, totals.publicUse] };
          })}
        />
      </div>
      <ThreePublicTable documents={newestFirst} />
      <TopItems documents={newestFirst} />
    </section>
  );
}
