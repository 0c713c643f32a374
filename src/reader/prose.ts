// Paragraphs of the prose sections. In the TAB text a paragraph is one line. In the PDF text a
// paragraph wraps onto the next line mid-sentence; a line is a wrapped one when it runs (nearly)
// to the page's full width and the next line does not start a numbered item or heading.
import type { Line } from './types.ts';

export const NUMBERED = /^(\d{1,2}[.．、](?!\d)\s?|[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、)/;

/** Display width: CJK and full-width characters count 2, others 1 (as the PDF lays them out). */
function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text)
    w +=
      /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u201C\u201D]/.test(
        ch,
      )
        ? 2
        : 1;
  return w;
}

/** The page width of the PDF text: the widest prose line. Lines within `slack` of it are wrapped. */
export function wrapWidth(lines: Line[]): number {
  return lines.reduce((m, l) => Math.max(m, displayWidth(l.text.trim())), 0);
}

export interface ProseOptions {
  wrapAt: number | null; // null: the TAB text, where every line is a paragraph
}

const SLACK = 12;
const CONTINUES = /^(万元|元|[。，、；：）)”])/;

const clean = (text: string): string => text.trim().replace(/^- /, ''); // "- " is a list mark of the text export

export function paragraphs(lines: Line[], opts: ProseOptions): string[] {
  const out: string[] = [];
  let joining = false;
  for (const line of lines) {
    const t = clean(line.text);
    if (t === '') {
      joining = false;
      continue;
    }
    // A line that cannot begin a sentence ("万元。", "，其中") continues the one before, whatever its width.
    if ((joining && !NUMBERED.test(t)) || (out.length > 0 && opts.wrapAt !== null && CONTINUES.test(t)))
      out[out.length - 1] += t;
    else out.push(t);
    // Wrapped: the line runs to the page width, or most of it and stops mid-sentence (pages of
    // one PDF differ in width; a line ending in 。 or ： ends its paragraph).
    const width = displayWidth(line.text.trim());
    joining =
      opts.wrapAt !== null &&
      (width >= opts.wrapAt - SLACK || (width >= opts.wrapAt * 0.75 && !/[。：:；;！？]$/.test(t)));
  }
  return out;
}

/** Split a paragraph into sentences ending in 。 (the 。 kept). */
export function sentences(text: string): string[] {
  return text.match(/[^。]+(。|$)/g)?.filter((s) => s !== '') ?? [];
}

/** Strip the numbering of a list item: "1." "1、" "（一）" "一、". */
export function stripNumber(text: string): string {
  return text.replace(NUMBERED, '').trim();
}
