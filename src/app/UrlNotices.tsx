// A link with a value we do not understand still opens; this says what was ignored.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUrlNotices, useViewState } from '../state/use-view-state';
import { useDataStore } from '../state/data-store';
import { dataNotices } from '../state/selectors';

export function UrlNotices() {
  const { t } = useTranslation('common');
  const parseNotices = useUrlNotices();
  const [state] = useViewState();
  const documents = useDataStore((s) => s.documents);
  const notices = [...parseNotices, ...dataNotices(state, documents)];
  const [dismissed, setDismissed] = useState<string>('');
  const signature = notices.map((n) => `${n.param}=${n.value}`).join('&');
  if (notices.length === 0 || dismissed === signature) return null;
  return (
    <div className="notice" role="status">
      <p>{t('urlNotice.message', { count: notices.length })}</p>
      <ul>
        {notices.map((notice) => (
          <li key={notice.param + notice.value}>
            <code>{notice.param}</code>: <code>{notice.value.slice(0, 60)}</code>
          </li>
        ))}
      </ul>
      <button type="button" className="button" onClick={() => setDismissed(signature)}>
        {t('urlNotice.dismiss')}
      </button>
    </div>
  );
}
