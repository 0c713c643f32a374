// The PDF text layer as plain data (structured-clone safe, so a web worker can post it): pages of
// visual rows, each row a list of cells with their horizontal extent, so the reader can later put a
// figure under the header word above it. Coordinates are PDF user-space units (1/72 inch) of the
// page as displayed: x from the left edge, y from the top edge (rotation and crop box applied).

/** A run of text that stands apart from its neighbours on the row (one table cell, one label). */
export interface PdfCell {
  text: string;
  /** Left edge of the first glyph. */
  x: number;
  /** Right edge of the last glyph. */
  right: number;
}

export interface PdfRow {
  /** Baseline of the row's first (topmost) run, from the top of the page. */
  y: number;
  /** Left to right; never empty. */
  cells: PdfCell[];
}

export interface PdfPage {
  /** 1-based page number in the file. */
  number: number;
  width: number;
  height: number;
  /** Top to bottom; a page without text has none. */
  rows: PdfRow[];
}

export interface ExtractOptions {
  /** Called after each page is read; pages are 1-based. */
  onPage?: (page: number, pages: number) => void;
  /** Checked before opening and between pages; when aborted, extraction ends with a `cancelled` refusal. */
  signal?: AbortSignal;
}

export interface PdfExtraction {
  pages: PdfPage[];
}

/**
 * One text item of pdf.js `getTextContent()` placed on the displayed page: pdf.js's item
 * transform combined with the page viewport, reduced to what row building needs.
 */
export interface TextRun {
  text: string;
  x: number;
  right: number;
  /** Baseline, from the top of the page. */
  y: number;
  /** Font size in user-space units (the glyph height pdf.js reports). */
  size: number;
}
