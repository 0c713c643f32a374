// The link to this exact view (everything the view shows is in its hash), in the colour theme of
// whoever opens it unless the sharer picks one.
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Theme } from '../../state/link/values';
import { CopyStatusLine } from './CopyStatusLine';
import { ThemeChoice } from './ThemeChoice';
import { useCopy } from './use-copy';
import '../../i18n/ns/share';

export function LinkSection({ linkFor }: { linkFor: (theme: Theme) => string }) {
  const { t } = useTranslation('share');
  const id = useId();
  const field = useRef<HTMLInputElement>(null);
  const [status, copy] = useCopy();
  const [theme, setTheme] = useState<Theme>('auto');
  const link = linkFor(theme);
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
      {/* An option, after the link: most links need none (the field and Copy follow the choice). */}
      <ThemeChoice label={t('link.theme')} value={theme} onChange={setTheme} />
    </section>
  );
}
