import { useTranslation } from 'react-i18next';
import type { CopyStatus } from './use-copy';
import '../../i18n/ns/share';

/** Says whether a copy worked; a live region so a screen reader hears it too. */
export function CopyStatusLine({ status }: { status: CopyStatus }) {
  const { t } = useTranslation('share');
  return (
    <p className="share-status" role="status">
      {status === 'done' ? t('copy.done') : status === 'failed' ? t('copy.failed') : ''}
    </p>
  );
}
