// The link to this exact view (everything the view shows is in its hash).
import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyStatusLine } from './CopyStatusLine';
import { useCopy } from './use-copy';

export function LinkSection({ link }: { link: string }) {
  const { t } = useTranslation('share');
  const id = useId();
  const field = useRef<HTMLInputElement>(null);
  const [status, copy] = useCopy();
  return (
    <section className="share-section" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('link.heading')}</h3>
      <label htmlFor={`${id}-f`} className="share-label">
        {t('link.label')}
      </label>
      <div className="share-row">
        <input id={`${id}-f`} ref={field} type="text" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
        <button type="button" className="button" onClick={() => copy(link, field.current)}>
          {t('link.copy')}
        </button>
      </div>
      <CopyStatusLine status={status} />
    </section>
  );
}
