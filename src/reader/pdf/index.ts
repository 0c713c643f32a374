// Reading published PDFs: text rows with positions, through the pdf.js the host passes in.
export { extractPdf } from './extract.ts';
export { pagesToText } from './text.ts';
export type { PdfPage } from './types.ts';
