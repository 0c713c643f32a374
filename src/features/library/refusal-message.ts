// Which message a refused file gets. The importer's refusal says what went wrong; the reader's own
// kind, when it has one, can say it more precisely (a cut-off text, a garbled encoding).
import type { ImportRefusal } from '../../data/imports/types';
import type { RefusalKind } from '../../reader/api';

export type RefusalMessage =
  | 'tooLarge'
  | 'notPdfOrText'
  | 'notTemplate'
  | 'brokenEncoding'
  | 'finalAccounts'
  | 'scanned'
  | 'damaged'
  | 'incomplete'
  | 'encrypted'
  | 'storage'
  | 'failed';

const BY_REFUSAL: Record<ImportRefusal, RefusalMessage> = {
  'too-large': 'tooLarge',
  'not-pdf-or-text': 'notPdfOrText',
  'not-template': 'notTemplate',
  'final-accounts': 'finalAccounts',
  scanned: 'scanned',
  damaged: 'damaged',
  encrypted: 'encrypted',
  storage: 'storage',
  failed: 'failed',
};

const BY_KIND: Partial<Record<RefusalKind, RefusalMessage>> = {
  'not-pdf': 'notPdfOrText',
  encrypted: 'encrypted',
  truncated: 'damaged',
  'no-text': 'scanned',
  'final-account': 'finalAccounts',
  'not-template': 'notTemplate',
  incomplete: 'incomplete',
  'broken-encoding': 'brokenEncoding',
};

export function refusalMessage(refusal: ImportRefusal, kind: RefusalKind | null | undefined): RefusalMessage {
  const fromKind = kind ? BY_KIND[kind] : undefined;
  // The reader's kind refines a reading refusal; a refusal of the file itself (size, type,
  // storage) is the importer's own and stands.
  if (fromKind && (refusal === 'failed' || refusal === 'not-template' || refusal === 'damaged')) return fromKind;
  return BY_REFUSAL[refusal];
}
