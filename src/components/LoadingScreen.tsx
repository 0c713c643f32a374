import { useTranslation } from 'react-i18next';

export function LoadingScreen() {
  const { t } = useTranslation('common');
  return (
    <main className="screen-center" aria-busy="true" data-waiting>
      <div className="spinner" aria-hidden="true" />
      <p role="status">{t('loading.message')}</p>
    </main>
  );
}
