// Figures stated in the text ("30,017万元", "比2025年预算增加4,259万元", "与2025年预算持平"),
// converted exactly to yuan with their printed precision.
import type { StatedAmount, StatedChange } from '../domain/schema.ts';
import { parseWan } from './parse-money.ts';
import { sentences } from './prose.ts';
import { IngestError } from './types.ts';

const FIGURE = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)`;
const CHANGE = new RegExp(String.raw`^[，,。]?\s*(?:比|与)(\d{4})年(?:预算)?(?:(增加|减少)${FIGURE}万元|(持平))`);

export function parseChange(after: string): StatedChange | null {
  const m = CHANGE.exec(after);
  if (!m) return null;
  const previousYear = Number(m[1]);
  if (m[4]) return { previousYear, direction: 'unchanged', amount: 0, printed: '持平' };
  return {
    previousYear,
    direction: m[2] === '增加' ? 'increase' : 'decrease',
    amount: parseWan(m[3]!).amount,
    printed: `${m[2]}${m[3]}万元`,
  };
}

function sentenceAt(text: string, index: number): string {
  let start = 0;
  for (const s of sentences(text)) {
    if (index < start + s.length) return s;
    start += s.length;
  }
  return text;
}

/**
 * The first figure in the paragraphs that follows `prefix` directly: "<prefix>193.70万元".
 * A bare "0" without a unit ("政府性基金拨款支出预算为0") is zero in any unit.
 */
export function findStated(paragraphs: string[], prefix: string, opts: { change?: boolean } = {}): StatedAmount | null {
  const re = new RegExp(`${prefix}${FIGURE}(万元)?`);
  for (const p of paragraphs) {
    const m = re.exec(p);
    if (!m) continue;
    const printed = m[1]!;
    if (!m[2] && !/^0(\.0+)?$/.test(printed)) throw new IngestError(`figure "${printed}" without 万元 in "${p}"`);
    const { amount, precision } = m[2] ? parseWan(printed) : { amount: 0, precision: 100 };
    const after = p.slice(m.index + m[0].length);
    const change = opts.change === false ? null : parseChange(after);
    // "公务接待费21.60万元。比2020年预算减少3万元" (2021): the change runs into the next sentence.
    const runsOn = change !== null && after.startsWith('。');
    return {
      amount,
      printed: m[2] ? `${printed}万元` : printed,
      precision,
      change,
      sentence: runsOn ? sentenceAt(p, m.index) + sentenceAt(p, m.index + m[0].length + 1) : sentenceAt(p, m.index),
    };
  }
  return null;
}
