// Reading published PDFs: text rows with positions, through the pdf.js the host passes in.
export { extractPdf } from './extract.ts';
export { pagesToText } from './text.ts';
export { PdfRefusal, type PdfRefusalReason } from './refusal.ts';
export type { ExtractOptions, PdfCell, PdfExtraction, PdfPage, PdfRow } from './types.ts';
