// The hand-over of a file dropped anywhere on the page (DropOverlay) to the import panel of the
// library view, which may not be mounted yet: the file waits here until the panel takes it. One
// file at a time: a later drop replaces one not yet taken. No store: nothing else needs to see it.
let pending: File | null = null;
const listeners = new Set<() => void>();

/** Leaves a file for the import panel and tells a mounted panel at once. */
export function offerFile(file: File): void {
  pending = file;
  for (const listener of listeners) listener();
}

/** The file waiting to be read, taken (so it is read once), or null. */
export function takePendingFile(): File | null {
  const file = pending;
  pending = null;
  return file;
}

/** Calls `listener` each time a file is offered; returns the unsubscribe. */
export function onFileOffered(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
