// About the department: main functions and glossary of the chosen year, and the budget units of
// every year side by side (the 2021 document lists four units, the 2026 one three).
import { useTranslation } from 'react-i18next';
import { useDataStore } from '../../state/data-store';
import { documentForYear, yearsOf } from '../../state/selectors';
import { useViewState } from '../../state/use-view-state';
import { YearPicker } from '../../components/YearPicker';
import { useLang } from '../../components/use-money';
import { BudgetUnitsSection, FunctionsSection, GlossarySection } from './AboutSections';
import './about.css';
import '../../i18n/ns/about';

export default function AboutView() {
  const { t } = useTranslation('about');
  const lang = useLang();
  const [state, navigate] = useViewState();
  const documents = useDataStore((s) => s.documents);
  const doc = documentForYear(documents, state.year);
  if (!doc) return null;
  return (
    <section className="view about" aria-labelledby="about-title">
      <h1 id="about-title">{t('title')}</h1>
      <p className="about-intro">{t('intro')}</p>
      {lang !== 'zh-CN' && (
        <p className="about-language-note" role="note">
          {t('chineseOnly')}
        </p>
      )}
      <YearPicker
        years={yearsOf(documents)}
        value={doc.year}
        label={t('year')}
        yearLabel={(year) => t('yearOption', { year })}
        onChange={(year) => navigate({ year })}
      />
      <div className="about-grid">
        <FunctionsSection doc={doc} />
        <div className="about-side">
          <GlossarySection doc={doc} />
        </div>
      </div>
      <BudgetUnitsSection documents={[...documents].reverse()} />
    </section>
  );
}
