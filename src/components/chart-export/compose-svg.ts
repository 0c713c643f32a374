// Puts a chart into a self-contained SVG that carries its citation: title and subtitle above,
// the source line, data version, date and the view's link below. Pure: the caller gives the
// chart's markup and a text measurer (a canvas in the browser, an estimate in tests).
//
// All text is SVG <text> in the page's font stack, so Chinese renders with whatever CJK font the
// reader's system has (no web font, no request to another origin), and the PNG made from this
// SVG shows the same glyphs as the page.

export interface ExportMeta {
  title: string;
  subtitle?: string;
  /** e.g. "来源：上海市医疗保障局 2026年部门预算 · 部门支出预算总表" */
  sourceLine: string;
  /** e.g. "数据版本 3f2a…" */
  versionLine: string;
  /** e.g. "生成于 2026年3月1日" */
  dateLine: string;
  link: string;
}

export interface ExportStyle {
  fontFamily: string;
  background: string;
  text: string;
  muted: string;
}

export interface ChartMarkup {
  /** an <svg> element as text, with its styles inlined */
  markup: string;
  width: number;
  height: number;
}

/** Width in px of a text at a font size (the font family is the export's). */
export type MeasureText = (text: string, fontSize: number, bold?: boolean) => number;

const PAD = 16;
const TITLE = 18;
const SUBTITLE = 13;
const FOOT = 11;
const LINE = 1.35;
const MIN_WIDTH = 300;

export function escapeXml(text: string): string {
  return text.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!,
  );
}

/**
 * Splits a text into lines no wider than maxWidth. Breaks at spaces where there are any and
 * anywhere between CJK characters (Chinese has no spaces); a URL or other unbroken run is cut
 * where it must.
 */
export function wrapText(
  text: string,
  maxWidth: number,
  fontSize: number,
  measure: MeasureText,
  bold = false,
): string[] {
  const tokens = text.match(/[\u3000-\u9fff\uff00-\uffef]|[^\s\u3000-\u9fff\uff00-\uffef]+|\s+/g) ?? [];
  const lines: string[] = [];
  let line = '';
  const push = () => {
    if (line.trim() !== '') lines.push(line.trimEnd());
    line = '';
  };
  for (const token of tokens) {
    if (measure(line + token, fontSize, bold) <= maxWidth) {
      line += token;
      continue;
    }
    if (/^\s+$/.test(token)) {
      push();
      continue;
    }
    push();
    // A token wider than a whole line (a long link) is cut character by character.
    let rest = token;
    while (measure(rest, fontSize, bold) > maxWidth && rest.length > 1) {
      let cut = rest.length - 1;
      while (cut > 1 && measure(rest.slice(0, cut), fontSize, bold) > maxWidth) cut -= 1;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    line = rest;
  }
  push();
  return lines;
}

interface Block {
  lines: string[];
  size: number;
  bold: boolean;
  color: string;
}

function blockHeight(block: Block): number {
  return block.lines.length * block.size * LINE;
}

function renderBlock(block: Block, top: number, fontFamily: string): string {
  return block.lines
    .map((line, i) => {
      const baseline = top + block.size + i * block.size * LINE;
      return `<text x="${PAD}" y="${baseline.toFixed(1)}" font-family="${escapeXml(fontFamily)}" font-size="${block.size}"${
        block.bold ? ' font-weight="700"' : ''
      } fill="${escapeXml(block.color)}">${escapeXml(line)}</text>`;
    })
    .join('');
}

/** The whole export as SVG text, with its size in CSS pixels. */
export function composeExportSvg(
  chart: ChartMarkup,
  meta: ExportMeta,
  style: ExportStyle,
  measure: MeasureText,
): ChartMarkup {
  const width = Math.max(MIN_WIDTH, Math.ceil(chart.width) + 2 * PAD);
  const textWidth = width - 2 * PAD;
  const wrap = (text: string, size: number, bold = false) => wrapText(text, textWidth, size, measure, bold);
  const head: Block[] = [{ lines: wrap(meta.title, TITLE, true), size: TITLE, bold: true, color: style.text }];
  if (meta.subtitle)
    head.push({ lines: wrap(meta.subtitle, SUBTITLE), size: SUBTITLE, bold: false, color: style.muted });
  const foot: Block[] = [
    { lines: wrap(meta.sourceLine, FOOT), size: FOOT, bold: false, color: style.text },
    { lines: wrap(`${meta.versionLine} · ${meta.dateLine}`, FOOT), size: FOOT, bold: false, color: style.muted },
    { lines: wrap(meta.link, FOOT), size: FOOT, bold: false, color: style.muted },
  ];

  const parts: string[] = [];
  let y = PAD;
  for (const block of head) {
    parts.push(renderBlock(block, y, style.fontFamily));
    y += blockHeight(block) + 4;
  }
  y += 8;
  const chartX = (width - chart.width) / 2;
  parts.push(`<g transform="translate(${chartX.toFixed(1)} ${y.toFixed(1)})">${chart.markup}</g>`);
  y += chart.height + 12;
  for (const block of foot) {
    parts.push(renderBlock(block, y, style.fontFamily));
    y += blockHeight(block) + 2;
  }
  const height = Math.ceil(y + PAD);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<title>${escapeXml(meta.title)}</title>` +
    `<desc>${escapeXml(`${meta.sourceLine} ${meta.versionLine} ${meta.link}`)}</desc>` +
    `<rect width="100%" height="100%" fill="${escapeXml(style.background)}"/>` +
    parts.join('') +
    `</svg>`;
  return { markup: svg, width, height };
}
