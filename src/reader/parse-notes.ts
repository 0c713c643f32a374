// 主要职能, 机构设置, 名词解释 and 部门预算编制说明.
import type { BudgetDocument, BudgetNotes } from '../domain/schema.ts';
import { NUMBERED, paragraphs, stripNumber, type ProseOptions } from './prose.ts';
import { findStated } from './stated.ts';
import { statedItem, type StatedItem } from './stated-items.ts';
import { IngestError, type Line } from './types.ts';

/** Paragraphs before the first numbered item, and the items (numbering stripped). */
function splitItems(paras: string[]): { paragraphs: string[]; items: string[] } {
  const first = paras.findIndex((p) => NUMBERED.test(p));
  if (first < 0) return { paragraphs: paras, items: [] };
  // An unnumbered paragraph among the items is an item whose number the source lost
  // (2021 主要职能 prints item 8 without its "8.").
  return { paragraphs: paras.slice(0, first), items: paras.slice(first).map(stripNumber) };
}

export function parseFunctions(lines: Line[], opts: ProseOptions): BudgetDocument['functions'] {
  return splitItems(paragraphs(lines, opts));
}

export function parseUnits(lines: Line[], opts: ProseOptions): BudgetDocument['budgetUnits'] {
  // "具体包括： 1. 普陀区司法局本部" (a PDF line): the list starts inside the sentence that announces it.
  const split = paragraphs(lines, opts).flatMap((p) => p.split(/(?<=[：:])\s*(?=\d{1,2}[.．、]\s?\S)/));
  const { paragraphs: paras, items } = splitItems(split);
  return { paragraphs: paras, units: items };
}

export function parseGlossary(lines: Line[], opts: ProseOptions, docId: string): BudgetDocument['glossary'] {
  const out: BudgetDocument['glossary'] = [];
  for (const p of paragraphs(lines, opts)) {
    const m = /^[（(][一二三四五六七八九十]+[）)]\s*([^：:]+)[：:](.*)$/.exec(p);
    const last = out[out.length - 1];
    // A paragraph without its own "（n）term：" continues the entry before it: text made from a PDF
    // breaks a definition where the printed line ends short of the page width.
    if (!m && last) last.definition += p.trim();
    else if (!m) throw new IngestError(`${docId}: 名词解释 entry without "（n）term：definition": "${p}"`);
    else out.push({ term: m[1]!.trim(), definition: m[2]!.trim() });
  }
  return out;
}

export type CodeOfItem = (item: StatedItem) => string | null;

export function parseBudgetNotes(
  lines: Line[],
  opts: ProseOptions,
  codeOf: CodeOfItem,
  docId: string,
  onUnknown?: (name: string, sentence: string) => void,
): BudgetNotes {
  const paras = paragraphs(lines, opts);
  const need = <T>(v: T | null, what: string): T => {
    if (v === null) throw new IngestError(`${docId}: 编制说明 does not state ${what}`);
    return v;
  };
  const byCategory: BudgetNotes['byCategory'] = [];
  const seen = new Set<string>();
  for (const p of paras) {
    const item = statedItem(p);
    // A page that repeats the foot of the page before it (text overflowing its box) prints an item twice.
    if (!item || seen.has(p)) continue;
    seen.add(p);
    const code = codeOf(item);
    if (!code) {
      // Not fatal: the table may be the one that could not be read; the failure names the sentence.
      onUnknown?.(item.label, p);
      continue;
    }
    const amount = need(findStated([p], item.figureAt, { change: false }), `the amount of “${item.label}”`);
    const purpose = /主要用于[：:]?(.*?)(?:。|$)/.exec(p)?.[1] ?? '';
    byCategory.push({ code, name: item.names.length === 1 ? item.names[0]! : item.label, amount, purpose });
  }
  const reason = paras.flatMap((p) => p.match(/[^。]*主要原因[^。]*。?/g) ?? [])[0] ?? null;
  return {
    revenueTotal: findStated(paras, '(?<!拨款)收入预算(?:总额)?(?:为)?'),
    fiscalRevenue: findStated(paras, '财政拨款收入(?:预算)?(?:为)?'),
    expenditureTotal: need(
      findStated(paras, '(?<!拨款)(?:支出预算|预算支出总额)(?:为)?'),
      '支出预算 (the expenditure total)',
    ),
    fiscalExpenditure: need(findStated(paras, '财政拨款支出预算(?:为)?'), '财政拨款支出预算'),
    generalPublicExpenditure: findStated(paras, '一般公共预算拨款支出预算(?:为)?'),
    governmentFundExpenditure: findStated(paras, '政府性基金拨款支出预算(?:为)?'),
    stateCapitalExpenditure: findStated(paras, '国有资本经营预算拨款支出预算(?:为)?'),
    reason,
    byCategory,
    paragraphs: paras,
  };
}
