// "A newer version is available": says so and offers to update now; otherwise the update is used
// at the next start (register.ts). "Ready offline" is said once, then fades by itself.
import { useEffect, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { applyUpdate, dismissStatus, pwaStatus, startPwa } from './register';
import './pwa.css';
import '../i18n/ns/kiosk';

const OFFLINE_NOTE_MS = 8_000;

export function UpdatePrompt() {
  const { t } = useTranslation('kiosk');
  const status = useSyncExternalStore(pwaStatus.subscribe, pwaStatus.get, pwaStatus.get);
  useEffect(() => startPwa(), []);
  useEffect(() => {
    if (!status.offlineReady || status.needRefresh) return;
    const timer = window.setTimeout(dismissStatus, OFFLINE_NOTE_MS);
    return () => window.clearTimeout(timer);
  }, [status.offlineReady, status.needRefresh]);

  if (!status.needRefresh && !status.offlineReady) return null;
  // A landmark of its own (it sits outside the page's main content), with a polite live message.
  return (
    <aside className={`pwa-prompt${status.needRefresh ? '' : ' pwa-prompt-note'}`} aria-label={t('pwa.label')}>
      <p role="status">{status.needRefresh ? t('pwa.needRefresh') : t('pwa.offlineReady')}</p>
      {status.needRefresh && (
        <button type="button" className="button primary" onClick={() => void applyUpdate()}>
          {t('pwa.update')}
        </button>
      )}
      <button type="button" className="button" onClick={dismissStatus}>
        {status.needRefresh ? t('pwa.later') : t('pwa.dismiss')}
      </button>
    </aside>
  );
}
