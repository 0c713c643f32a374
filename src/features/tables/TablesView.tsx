// Placeholder until this view is built; it says so instead of showing nothing.
import { useTranslation } from 'react-i18next';

export default function TablesView() {
  const { t } = useTranslation('common');
  return (
    <section className="view">
      <h1>{t('nav.tables')}</h1>
    </section>
  );
}
