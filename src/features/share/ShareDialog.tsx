// The share dialog (a native modal <dialog>: focus moves in, Escape closes, focus returns to
// the share button). Loaded on first use by ShareMenu.
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ShareMenuProps } from '../../components/share-slot/ShareSlot';
import { useCitation } from './use-citation';
import { LinkSection } from './LinkSection';
import { EmbedSection, EmbedUnavailable } from './EmbedSection';
import { DownloadSection } from './DownloadSection';
import { isImportedDocument } from '../../state/department-documents';
import '../../i18n/ns/share';

export default function ShareDialog(props: ShareMenuProps & { onClose: () => void }) {
  const { t } = useTranslation('share');
  const dialog = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const citation = useCitation(props.source, props.linkState);
  const { onClose } = props;
  // An embed loads the site's published data: a document imported in this browser is not there.
  const imported = citation.documents.some(isImportedDocument);

  useEffect(() => {
    const node = dialog.current;
    if (node && !node.open) node.showModal();
    return () => node?.close();
  }, []);

  return (
    // Keys pressed in the dialog are the dialog's: they must not reach the view's own shortcuts
    // (Explore goes up a level on Escape and would cancel the dialog's native Escape).
    <dialog
      ref={dialog}
      className="share-dialog"
      aria-labelledby={headingId}
      onClose={onClose}
      onKeyDown={(event) => event.stopPropagation()}
    >
      <div className="share-dialog-head">
        <div>
          <h2 id={headingId}>{t('dialog.title')}</h2>
          <p className="share-dialog-subject">{props.title}</p>
        </div>
        <button type="button" className="button" onClick={() => dialog.current?.close()}>
          {t('dialog.close')}
        </button>
      </div>
      <LinkSection linkFor={citation.linkFor} />
      {imported ? (
        <EmbedUnavailable imported />
      ) : props.embedChart ? (
        <EmbedSection
          chart={props.embedChart}
          title={props.title}
          versions={citation.versions}
          years={citation.years}
        />
      ) : (
        <EmbedUnavailable />
      )}
      <DownloadSection {...props} citation={citation} />
    </dialog>
  );
}
