// The documents this user imported, kept in this browser only: each with its department, year,
// file, size and date, and Open and Remove (which asks first, inline). Newest first.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportedRecord } from '../../data/imports/types';
import { useDataStore } from '../../state/data-store';
import { useLang } from '../../components/use-money';
import { ViewLink } from '../../components/ViewLink';
import { formatDate } from './library-names';
import { useFileSize } from './use-file-size';
import { useLibraryData } from './use-library-data';
import '../../i18n/ns/library';

export function MyDocuments() {
  const { t } = useTranslation('library');
  const lang = useLang();
  const { imported, deptOf, nameOf } = useLibraryData();
  const removeImported = useDataStore((s) => s.removeImported);
  const size = useFileSize();
  const [confirming, setConfirming] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const keepButton = useRef<HTMLButtonElement>(null);
  const removeButtons = useRef(new Map<string, HTMLButtonElement>());

  useEffect(() => {
    if (confirming) keepButton.current?.focus();
  }, [confirming]);

  const names = (record: ImportedRecord) => ({ department: nameOf(record, lang).text, year: record.document.year });
  const keep = (sha256: string) => {
    setConfirming(null);
    requestAnimationFrame(() => removeButtons.current.get(sha256)?.focus());
  };
  const remove = async (record: ImportedRecord) => {
    setConfirming(null);
    try {
      await removeImported(record.sha256);
      setStatus(t('documents.removed', names(record)));
      heading.current?.focus();
    } catch (error) {
      setStatus(
        t('documents.removeFailed', {
          ...names(record),
          detail: error instanceof Error ? error.message : String(error),
        }),
      );
    }
  };

  return (
    <section className="my-documents" aria-labelledby="my-documents-title">
      <h2 id="my-documents-title" tabIndex={-1} ref={heading}>
        {t('documents.heading')}
      </h2>
      <p className="my-documents-note">{t('documents.browserOnly')}</p>
      <p className="my-documents-status" role="status">
        {status}
      </p>
      {imported.length === 0 ? (
        <p className="my-documents-empty">{t('documents.empty')}</p>
      ) : (
        <ul className="my-documents-list">
          {[...imported].reverse().map((record) => {
            const name = nameOf(record, lang);
            const label = names(record);
            const questionId = `remove-${record.sha256.slice(0, 12)}`;
            return (
              <li key={record.sha256} className="my-document" data-testid="my-document">
                <h3 className="my-document-title">
                  <span lang={name.lang === lang ? undefined : name.lang}>{t('documents.item', label)}</span>
                  <span className="mine-badge">{t('documents.mine')}</span>
                </h3>
                <dl className="my-document-facts">
                  <div>
                    <dt>{t('documents.file')}</dt>
                    <dd className="my-document-file">{record.fileName}</dd>
                  </div>
                  <div>
                    <dt>{t('documents.size')}</dt>
                    <dd>{size(record.fileBytes)}</dd>
                  </div>
                  <div>
                    <dt>{t('documents.importedOn')}</dt>
                    <dd>
                      <time dateTime={record.importedAt}>{formatDate(record.importedAt, lang)}</time>
                    </dd>
                  </div>
                </dl>
                {confirming === record.sha256 ? (
                  <div className="my-document-confirm" role="group" aria-labelledby={questionId}>
                    <p id={questionId}>{t('documents.confirm', label)}</p>
                    <button type="button" className="button danger" onClick={() => void remove(record)}>
                      {t('documents.confirmYes')}
                    </button>
                    <button ref={keepButton} type="button" className="button" onClick={() => keep(record.sha256)}>
                      {t('documents.keep')}
                    </button>
                  </div>
                ) : (
                  <p className="my-document-actions">
                    <ViewLink
                      className="button primary"
                      to={{ view: 'overview', dept: deptOf(record), year: record.document.year, path: [] }}
                      aria-label={t('documents.openLabel', label)}
                    >
                      {t('documents.open')}
                    </ViewLink>
                    <button
                      ref={(button) => {
                        if (button) removeButtons.current.set(record.sha256, button);
                        else removeButtons.current.delete(record.sha256);
                      }}
                      type="button"
                      className="button"
                      aria-label={t('documents.removeLabel', label)}
                      onClick={() => setConfirming(record.sha256)}
                    >
                      {t('documents.remove')}
                    </button>
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
