// A table drawn as SVG, so a table view can be exported as a picture like a chart: the same
// rows as its CSV, the figures already formatted in the reader's unit. Pure.
import { escapeXml, type ChartMarkup, type MeasureText } from './compose-svg';

export interface TableSvgColumn {
  label: string;
  align: 'start' | 'end';
}

export interface TableSvgStyle {
  fontFamily: string;
  text: string;
  muted: string;
  border: string;
  stripe: string;
}

const FONT = 12;
const ROW = 22;
const CELL_PAD = 8;
const MAX_TEXT_COLUMN = 360;

/** Cuts a text to a width with an ellipsis; a picture cannot wrap a table cell readably. */
function fit(text: string, width: number, measure: MeasureText, bold = false): string {
  if (measure(text, FONT, bold) <= width) return text;
  let cut = text.length;
  while (cut > 1 && measure(`${text.slice(0, cut)}…`, FONT, bold) > width) cut -= 1;
  return `${text.slice(0, cut)}…`;
}

export function tableSvg(
  columns: readonly TableSvgColumn[],
  rows: readonly (readonly string[])[],
  style: TableSvgStyle,
  measure: MeasureText,
): ChartMarkup {
  const widths = columns.map((column, c) => {
    const widest = Math.max(measure(column.label, FONT, true), ...rows.map((row) => measure(row[c] ?? '', FONT)));
    const capped = column.align === 'start' ? Math.min(widest, MAX_TEXT_COLUMN) : widest;
    return Math.ceil(capped) + 2 * CELL_PAD;
  });
  const width = widths.reduce((a, b) => a + b, 0);
  const height = ROW * (rows.length + 1);
  const lefts = widths.map((_, c) => widths.slice(0, c).reduce((a, b) => a + b, 0));
  const font = `font-family="${escapeXml(style.fontFamily)}" font-size="${FONT}"`;

  const cell = (text: string, c: number, r: number, bold: boolean, color: string) => {
    const column = columns[c]!;
    const inner = widths[c]! - 2 * CELL_PAD;
    const x = column.align === 'end' ? lefts[c]! + widths[c]! - CELL_PAD : lefts[c]! + CELL_PAD;
    const y = r * ROW + ROW / 2 + FONT * 0.35;
    const anchor = column.align === 'end' ? ' text-anchor="end"' : '';
    return `<text x="${x}" y="${y.toFixed(1)}" ${font}${anchor}${bold ? ' font-weight="700"' : ''} fill="${escapeXml(color)}">${escapeXml(
      fit(text, inner, measure, bold),
    )}</text>`;
  };

  const parts: string[] = [];
  rows.forEach((_, r) => {
    if (r % 2 === 1)
      parts.push(
        `<rect x="0" y="${(r + 1) * ROW}" width="${width}" height="${ROW}" fill="${escapeXml(style.stripe)}"/>`,
      );
  });
  parts.push(`<line x1="0" x2="${width}" y1="${ROW}" y2="${ROW}" stroke="${escapeXml(style.border)}"/>`);
  columns.forEach((column, c) => parts.push(cell(column.label, c, 0, true, style.muted)));
  rows.forEach((row, r) => row.forEach((text, c) => parts.push(cell(text, c, r + 1, false, style.text))));
  const markup = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${parts.join('')}</svg>`;
  return { markup, width, height };
}
