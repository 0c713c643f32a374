// Saves a file the page made (no server round trip): a temporary blob: link with `download`.
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers start reading the blob only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name that says what is in the file: hsa-budget-treemap-function-2026-210.png */
export function exportFileName(parts: readonly (string | number | null | undefined)[], extension: string): string {
  const slug = ['hsa-budget', ...parts]
    .filter((part) => part !== null && part !== undefined && String(part) !== '')
    .map((part) => String(part).replace(/[^A-Za-z0-9.-]+/g, '-'))
    .join('-')
    .replace(/-+/g, '-');
  return `${slug}.${extension}`;
}
