// Placeholder until this view is built; it says so instead of showing nothing.
import { useTranslation } from 'react-i18next';

export default function ProjectsView() {
  const { t } = useTranslation('common');
  return (
    <section className="view">
      <h1>{t('nav.projects')}</h1>
    </section>
  );
}
