import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  kind: string;
  file: string;
  detail: string;
  onRetry: () => void;
}

/** A clear, translated error that names the file and the fault, with a retry. */
export function ErrorScreen({ kind, file, detail, onRetry }: Props) {
  const { t } = useTranslation('common');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <main className="screen-center error-screen">
      <div role="alert" className="error-card">
        <h1 ref={heading} tabIndex={-1}>
          {t('error.title')}
        </h1>
        <p>{t(`error.kind.${kind}`, { file, defaultValue: t('error.kind.unknown', { file }) })}</p>
        <dl className="error-details">
          <dt>{t('error.file')}</dt>
          <dd>
            <code>{file}</code>
          </dd>
          <dt>{t('error.detail')}</dt>
          <dd>
            <code>{detail}</code>
          </dd>
        </dl>
        <p>{t('error.nothingLost')}</p>
        <button type="button" className="button primary" onClick={onRetry}>
          {t('error.retry')}
        </button>
      </div>
    </main>
  );
}
