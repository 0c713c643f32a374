// The minimal frame around an embedded chart: title and subtitle above; below, the source line
// (department, year, table), the data version (pinned or latest) and the link to the full view,
// which opens in a new tab so the reader does not leave the article.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCitation } from '../features/share/use-citation';
import type { UrlNotice } from '../state/link/link';
import '../i18n/ns/embed';

interface Props {
  title: string;
  subtitle?: string;
  notices: UrlNotice[];
  pinned: boolean;
  children: ReactNode;
}

export function EmbedLayout({ title, subtitle, notices, pinned, children }: Props) {
  const { t } = useTranslation('embed');
  // The embed's unit 'auto' is its default (it never reads a remembered unit), not a choice: the
  // link leaves it out, as links leave out defaults; a chosen unit (unit=yuan) still goes along.
  const citation = useCitation(undefined, { unit: null });
  return (
    <article className="embed-frame" aria-labelledby="embed-title">
      <header className="embed-head">
        <h1 id="embed-title" className="embed-title">
          {title}
        </h1>
        {subtitle ? <p className="embed-subtitle">{subtitle}</p> : null}
      </header>
      {notices.length > 0 ? (
        <p className="embed-notice" role="status">
          {t('notices', { count: notices.length, list: notices.map((n) => `${n.param}=${n.value}`).join(', ') })}
        </p>
      ) : null}
      <div className="embed-chart">{children}</div>
      <footer className="embed-foot">
        <p className="embed-source">{citation.sourceLine}</p>
        <p className="embed-meta">
          <span>{t(pinned ? 'pinned' : 'latest', { version: citation.versionLine })}</span>
          <a href={citation.link} target="_blank" rel="noopener">
            {t('openFull')}
            <span className="visually-hidden"> {t('newTab')}</span>
          </a>
        </p>
      </footer>
    </article>
  );
}
