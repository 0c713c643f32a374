// The parts of the About view. Text from the documents is Chinese as published (lang="zh-CN");
// what surrounds it is translated.
import { useTranslation } from 'react-i18next';
import { glossaryKeyOf } from '../../domain/glossary';
import type { BudgetDocument } from '../../domain/schema';
import { useLang } from '../../components/use-money';
import '../../i18n/ns/about';
import '../../i18n/ns/glossary';

export function FunctionsSection({ doc }: { doc: BudgetDocument }) {
  const { t } = useTranslation('about');
  return (
    <section className="about-section" aria-labelledby="about-functions">
      <h2 id="about-functions">{t('functions.heading', { year: doc.year })}</h2>
      <div lang="zh-CN">
        {doc.functions.paragraphs.map((paragraph, i) => (
          <p key={i}>{paragraph}</p>
        ))}
        <ol className="about-functions">
          {doc.functions.items.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ol>
      </div>
    </section>
  );
}

export function BudgetUnitsSection({ documents }: { documents: BudgetDocument[] }) {
  const { t } = useTranslation('about');
  return (
    <section className="about-section" aria-labelledby="about-units">
      <h2 id="about-units">{t('units.heading')}</h2>
      <p className="about-note">{t('units.intro')}</p>
      <div className="about-units">
        {documents.map((doc) => (
          <section
            key={doc.year}
            className="about-units-year"
            aria-labelledby={`about-units-${doc.year}`}
            data-testid={`units-${doc.year}`}
          >
            <h3 id={`about-units-${doc.year}`}>
              {t('units.yearHeading', { year: doc.year })}{' '}
              <span className="about-count">{t('units.count', { count: doc.budgetUnits.units.length })}</span>
            </h3>
            {doc.budgetUnits.paragraphs.map((paragraph, i) => (
              <p key={i} lang="zh-CN" className="about-note">
                {paragraph}
              </p>
            ))}
            {doc.budgetUnits.units.length === 0 ? (
              <p>{t('units.none')}</p>
            ) : (
              <ol lang="zh-CN">
                {doc.budgetUnits.units.map((unit) => (
                  <li key={unit}>{unit}</li>
                ))}
              </ol>
            )}
          </section>
        ))}
      </div>
    </section>
  );
}

export function GlossarySection({ doc }: { doc: BudgetDocument }) {
  const { t } = useTranslation('about');
  const { t: tg } = useTranslation('glossary');
  const lang = useLang();
  return (
    <section className="about-section" aria-labelledby="about-glossary">
      <h2 id="about-glossary">{t('glossary.heading', { year: doc.year })}</h2>
      {doc.glossary.length === 0 ? (
        <p>{t('glossary.none')}</p>
      ) : (
        <dl className="about-glossary" data-testid={`glossary-${doc.year}`}>
          {doc.glossary.map((entry) => {
            const key = glossaryKeyOf(entry.term);
            return (
              <div key={entry.term} className="about-glossary-entry">
                <dt>
                  <span lang="zh-CN">{entry.term}</span>
                  {lang !== 'zh-CN' && key && (
                    <span className="about-term-en">{t('glossary.termEn', { term: tg(`terms.${key}`) })}</span>
                  )}
                </dt>
                <dd lang="zh-CN">{entry.definition}</dd>
                {lang !== 'zh-CN' && key && (
                  <dd className="about-translation">
                    <span className="visually-hidden">{t('glossary.translation')}</span>
                    {tg(`definitions.${key}`)}
                  </dd>
                )}
              </div>
            );
          })}
        </dl>
      )}
    </section>
  );
}
