// Whether a drag carries files (from the desktop or a file manager) rather than text or a link
// dragged within the page: only a file drag opens the drop target, so dragging a selection into a
// search box works as ever.
type TypesOf = Pick<DataTransfer, 'types'> | null | undefined;

export function carriesFiles(transfer: TypesOf): boolean {
  return !!transfer && Array.from(transfer.types).includes('Files');
}

/** The first file of a drop, or null (a drop of text, or of a folder's name only). */
export function firstFile(transfer: Pick<DataTransfer, 'files'> | null | undefined): File | null {
  return transfer?.files?.[0] ?? null;
}
