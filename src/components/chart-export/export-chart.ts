// Export of a chart (or a table drawn as one) with its citation, as SVG text or a 2x PNG.
// Browser-only glue around the pure compose-svg and table-svg.
import { composeExportSvg, type ChartMarkup, type ExportMeta, type ExportStyle } from './compose-svg';
import { inlineSvg } from './inline-svg';
import { canvasMeasure, svgToPng } from './rasterize';
import { tableSvg, type TableSvgColumn, type TableSvgStyle } from './table-svg';

export interface ExportContent {
  /** the chart's live <svg>; when absent or not found, the table is drawn instead */
  getSvg?: () => SVGElement | null;
  /** the rows shown, formatted for reading (money in the reader's unit) */
  table?: { columns: TableSvgColumn[]; rows: string[][] };
}

/** Colours and fonts of the page as it looks now (the current theme), read from its CSS. */
function readExportStyle(root: Element = document.documentElement): ExportStyle & TableSvgStyle {
  const css = getComputedStyle(root);
  const read = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  return {
    fontFamily: read('--font', 'system-ui, sans-serif'),
    background: read('--surface', '#ffffff'),
    text: read('--text', '#1b1d1f'),
    muted: read('--text-muted', '#50565c'),
    border: read('--border', '#d5d8dc'),
    stripe: read('--surface-2', '#f0f1ef'),
  };
}

function chartMarkup(
  content: ExportContent,
  style: TableSvgStyle,
  measure: ReturnType<typeof canvasMeasure>,
): ChartMarkup {
  const svg = content.getSvg?.();
  if (svg instanceof SVGSVGElement) return inlineSvg(svg);
  if (content.table) return tableSvg(content.table.columns, content.table.rows, style, measure);
  throw new Error('nothing to export: no chart and no table');
}

export function buildExportSvg(content: ExportContent, meta: ExportMeta): ChartMarkup {
  const style = readExportStyle();
  const measure = canvasMeasure(style.fontFamily);
  return composeExportSvg(chartMarkup(content, style, measure), meta, style, measure);
}

export function buildExportPng(svg: ChartMarkup): Promise<Blob> {
  return svgToPng(svg.markup, svg.width, svg.height);
}
