// Which label lines fit on a treemap tile, decided before drawing so that no text overflows a
// tile. Text width is estimated from character classes instead of measured in the DOM: layout
// stays a pure function (fast, testable, no reflow per tile). The estimates are deliberately a
// little wide for system sans-serif and Noto Sans CJK, so an estimate that fits really fits.

export interface LabelMetrics {
  /** inner padding of the tile on every side, px */
  padding: number;
  titleSize: number;
  textSize: number;
  /** line height as a multiple of the font size */
  lineHeight: number;
}

export const DEFAULT_METRICS: LabelMetrics = { padding: 6, titleSize: 13, textSize: 12, lineHeight: 1.3 };

const ELLIPSIS = '…';

/** Width of one character in em. */
function charEm(char: string): number {
  const cp = char.codePointAt(0) ?? 0;
  // CJK ideographs, CJK punctuation, full-width forms, Hangul: one em each.
  if (
    (cp >= 0x2e80 && cp <= 0x9fff) ||
    (cp >= 0xac00 && cp <= 0xd7af) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xff00 && cp <= 0xffef)
  )
    return 1;
  // The ellipsis is drawn a full em wide by the CJK fonts (and up to that by Latin ones): at 0.62
  // a shortened label ran 2-9 px past its tile and was clipped.
  if (char === ELLIPSIS) return 1;
  if (/[0-9]/.test(char)) return 0.58;
  if (/[.,:;'!|il]/.test(char)) return 0.3;
  if (char === ' ') return 0.3;
  if (/[A-Z]/.test(char)) return 0.7;
  if (/[a-z]/.test(char)) return 0.56;
  return 0.62;
}

export function estimateTextWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const char of text) em += charEm(char);
  return em * fontSize * (bold ? 1.07 : 1);
}

/** The longest start of `text` that fits `width` with an ellipsis; '' when not even one character does. */
export function truncateToWidth(text: string, width: number, fontSize: number, bold = false): string {
  if (estimateTextWidth(text, fontSize, bold) <= width) return text;
  const chars = [...text];
  for (let n = chars.length - 1; n >= 1; n--) {
    const candidate = chars.slice(0, n).join('').trimEnd() + ELLIPSIS;
    if (estimateTextWidth(candidate, fontSize, bold) <= width) return candidate;
  }
  return '';
}

/**
 * Breaks `text` into at most `maxLines` lines of at most `width`: at spaces when the text has
 * them (English), else between any two characters (Chinese). The last line is cut with an
 * ellipsis when text remains.
 */
export function wrapText(text: string, width: number, fontSize: number, maxLines: number, bold = false): string[] {
  if (maxLines <= 0) return [];
  const words = text.includes(' ') ? text.split(/\s+/).filter(Boolean) : [...text];
  const joiner = text.includes(' ') ? ' ' : '';
  const lines: string[] = [];
  let current = '';
  let i = 0;
  while (i < words.length && lines.length < maxLines - 1) {
    const candidate = current ? current + joiner + words[i] : words[i]!;
    if (estimateTextWidth(candidate, fontSize, bold) <= width) {
      current = candidate;
      i++;
    } else if (current) {
      lines.push(current);
      current = '';
    } else {
      break; // a single word wider than the tile: the last line truncates it
    }
  }
  const rest = [current, ...words.slice(i)].filter(Boolean).join(joiner);
  const last = truncateToWidth(rest, width, fontSize, bold);
  if (last) lines.push(last);
  return lines;
}

export interface FittedLabel {
  /** lines of the title (the name), 0 to 2 */
  title: string[];
  /** the other lines that fit, in the order given */
  lines: string[];
}

const NOTHING: FittedLabel = { title: [], lines: [] };

/**
 * What to write on a tile of the given size. Priority when space is short: the first title line,
 * then the first other line (the amount), then a second title line, then the remaining lines.
 * Other lines are never cut: a figure is shown whole or not at all.
 */
export function fitLabel(
  title: string,
  lines: readonly string[],
  width: number,
  height: number,
  m: LabelMetrics = DEFAULT_METRICS,
): FittedLabel {
  const innerWidth = width - 2 * m.padding;
  const titleLine = m.titleSize * m.lineHeight;
  const textLine = m.textSize * m.lineHeight;
  if (innerWidth < m.titleSize * 1.6 || height - 2 * m.padding < titleLine) return NOTHING;
  const fullTitle = wrapText(title, innerWidth, m.titleSize, 2, true);
  if (fullTitle.length === 0) return NOTHING;
  const fitting: string[] = [];
  for (const line of lines) {
    if (estimateTextWidth(line, m.textSize) > innerWidth) break;
    fitting.push(line);
  }
  let room = height - 2 * m.padding - titleLine;
  const shown: string[] = [];
  let titleLines = 1;
  const take = (line: string | undefined) => {
    if (line !== undefined && room >= textLine) {
      shown.push(line);
      room -= textLine;
    }
  };
  take(fitting[0]);
  if (fullTitle.length > 1 && room >= titleLine) {
    titleLines = 2;
    room -= titleLine;
  }
  for (const line of fitting.slice(1)) take(line);
  const titleOut = titleLines === 2 ? fullTitle : [truncateToWidth(title, innerWidth, m.titleSize, true)];
  // "Ho…" says nothing; such a tile is better left blank (the list names it). Two Chinese
  // characters already say something ("住房…"), two Latin letters do not.
  const first = titleOut[0] ?? '';
  if (first !== title && [...first].length - 1 < (/[\u2e80-\u9fff]/.test(first) ? 2 : 4)) return NOTHING;
  return { title: titleOut.filter(Boolean), lines: shown };
}
