// The text form of an extraction, as in sources/other-departments/*.txt: a first line
// `[pages: N]`, then for each page a blank line and `=== 第N页 ===`, then one line per visual row
// with a TAB between cells. The rest of the reader (validate-text, layout-pdf) reads this form.
import type { PdfPage } from './types.ts';

export function pagesToText(pages: readonly PdfPage[]): string {
  const lines = [`[pages: ${pages.length}]`];
  for (const page of pages) {
    lines.push('', `=== 第${page.number}页 ===`);
    for (const row of page.rows) lines.push(row.cells.map((c) => c.text).join('\t'));
  }
  return lines.join('\n') + '\n';
}
