// pdfjs-dist ships no types for its worker half; the reader worker only hands its handler to pdf.js.
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
