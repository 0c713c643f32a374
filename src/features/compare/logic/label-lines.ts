// The value labels over the timeline's bars: each on as many lines as it needs to stay within
// its bar's slot, never cut. Parts (the amount, "(derived)") each start a line when they do not
// fit after the previous one; a part breaks at its spaces ("CNY 346.99" / "million"). When one
// word is wider than the slot (a long 元 figure on a phone) the font gets smaller instead.
import { estimateTextWidth } from '../../../components/treemap/label-fit';

export interface LabelLines {
  lines: string[];
  fontSize: number;
}

function wrapParts(parts: readonly string[], width: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const part of parts) {
    const words = part.trim().split(/\s+/).filter(Boolean);
    words.forEach((word, i) => {
      // A new part joins the line without a space when it brings its own (CJK brackets) or with one.
      const joiner = line === '' ? '' : i === 0 && /^[（(]/.test(word) && /[\u3000-\u9fff）]$/.test(line) ? '' : ' ';
      const candidate = `${line}${joiner}${word}`;
      if (line === '' || estimateTextWidth(candidate, fontSize) <= width) line = candidate;
      else {
        lines.push(line);
        line = word;
      }
    });
  }
  if (line) lines.push(line);
  return lines;
}

/** Lines of a label of these parts within `width` px, at `fontSize` or smaller (down to `minFontSize`). */
export function labelLines(parts: readonly string[], width: number, fontSize = 11, minFontSize = 9): LabelLines {
  const words = parts.flatMap((part) => part.trim().split(/\s+/).filter(Boolean));
  let size = fontSize;
  while (size > minFontSize && words.some((word) => estimateTextWidth(word, size) > width)) size -= 1;
  return { lines: wrapParts(parts, width, size), fontSize: size };
}
