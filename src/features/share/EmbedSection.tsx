// The embed code of a chart: pinned to the data version shown (the default, so a published
// chart keeps its figures when the data is updated) or following the latest data; optionally
// static. The code is an iframe of embed.html plus the resize script (see docs/EMBED.md).
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDataStore } from '../../state/data-store';
import { useViewState } from '../../state/use-view-state';
import type { Theme } from '../../state/link/values';
import { useUnit } from '../../components/use-money';
import { CopyStatusLine } from './CopyStatusLine';
import { fallbackHeightOf } from './fallback-height';
import { embedOptionsOfView, serializeEmbedOptions } from '../../state/link/embed-link';
import type { ChartId } from '../../state/link/charts';
import { embedCode, embedUrl, resizeScriptUrl } from './links';
import { sharedViewState } from './shared-view';
import { ThemeChoice } from './ThemeChoice';
import { useCopy } from './use-copy';
import '../../i18n/ns/share';

interface Props {
  chart: ChartId;
  title: string;
  versions: string[];
  /** years of the documents shown */
  years: number[];
}

export function EmbedSection({ chart, title, versions, years }: Props) {
  const { t, i18n } = useTranslation('share');
  const [state] = useViewState();
  const unit = useUnit();
  const shownDept = useDataStore((s) => s.dept);
  const id = useId();
  const field = useRef<HTMLTextAreaElement>(null);
  const [pin, setPin] = useState(true);
  const [isStatic, setStatic] = useState(false);
  // Not the journalist's own theme: the article's readers get their system's unless one is picked.
  const [theme, setTheme] = useState<Theme>('auto');
  const [status, copy] = useCopy();

  // The embed shows the language the journalist sees now (Chinese is its default).
  const lang = i18n.language === 'en' ? 'en' : null;
  const options = embedOptionsOfView(sharedViewState(state, { lang, unit, theme, dept: shownDept }), chart, {
    data: pin ? versions : [],
    static: isStatic,
    shownYears: years,
  });
  const page = globalThis.location?.href ?? 'http://localhost/';
  const height = fallbackHeightOf(chart);
  const code = embedCode(
    embedUrl(serializeEmbedOptions(options), page),
    t('embed.iframeTitle', { title }),
    resizeScriptUrl(page),
    height,
  );

  return (
    <section className="share-section" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('embed.heading')}</h3>
      <fieldset className="share-options">
        <legend>{t('embed.versionChoice')}</legend>
        <label>
          <input
            type="radio"
            name={`${id}-pin`}
            checked={pin}
            disabled={versions.length === 0}
            onChange={() => setPin(true)}
          />
          <span>
            {t('embed.pin')} <code>{versions.join(', ')}</code>
          </span>
        </label>
        <label>
          <input type="radio" name={`${id}-pin`} checked={!pin} onChange={() => setPin(false)} />
          <span>{t('embed.follow')}</span>
        </label>
      </fieldset>
      <label className="share-check">
        <input type="checkbox" checked={isStatic} onChange={(e) => setStatic(e.currentTarget.checked)} />
        <span>{t('embed.static')}</span>
      </label>
      <ThemeChoice label={t('embed.theme')} value={theme} onChange={setTheme} />
      <label htmlFor={`${id}-f`} className="share-label">
        {t('embed.label')}
      </label>
      <textarea
        id={`${id}-f`}
        ref={field}
        readOnly
        rows={5}
        value={code}
        spellCheck={false}
        onFocus={(e) => e.currentTarget.select()}
      />
      <div className="share-row">
        <button type="button" className="button" onClick={() => copy(code, field.current)}>
          {t('embed.copy')}
        </button>
      </div>
      <CopyStatusLine status={status} />
      <p className="share-help">{t('embed.help', { height })}</p>
    </section>
  );
}

/**
 * Said where the embed code would be, for a chart that has no embed: the reader who looks for it
 * learns why it is missing and what to use instead.
 */
/** imported: the view shows a document this user imported, which an embed (loading the site's data) cannot show. */
export function EmbedUnavailable({ imported = false }: { imported?: boolean }) {
  const { t } = useTranslation('share');
  const id = useId();
  return (
    <section className="share-section" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('embed.heading')}</h3>
      <p className="share-help" data-testid={imported ? 'embed-imported' : undefined}>
        {imported ? t('embed.imported') : t('embed.unavailable')}
      </p>
    </section>
  );
}
