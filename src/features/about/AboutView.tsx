// Placeholder until this view is built; it says so instead of showing nothing.
import { useTranslation } from 'react-i18next';

export default function AboutView() {
  const { t } = useTranslation('common');
  return (
    <section className="view">
      <h1>{t('nav.about')}</h1>
    </section>
  );
}
