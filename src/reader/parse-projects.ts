// 项目经费情况说明: one block per project, with the template's seven numbered sections.
import type { Project } from '../domain/schema.ts';
import { paragraphs, type ProseOptions } from './prose.ts';
import { findStated } from './stated.ts';
import { IngestError, type Line } from './types.ts';

const SECTIONS = [
  ['overview', '项目概述'],
  ['basis', '立项依据'],
  ['implementer', '实施主体'],
  ['plan', '实施方案'],
  ['period', '实施周期'],
  ['budget', '年度预算安排'],
  ['targets', '绩效目标'],
] as const;

type SectionKey = (typeof SECTIONS)[number][0];

/**
 * The annual amount in 六、年度预算安排: the first 万元 figure introduced as a budget amount
 * (项目资金总额, 预算安排, 预算资金, 项目预算, 预算金额), or a section that is just the figure
 * ("37.35万元"). A section without such a figure gives null.
 */
export function projectAmount(budget: string): Project['amount'] {
  const paras = budget.split('\n');
  if (/^[\d,.]+万元。?$/.test(budget.trim())) return findStated(paras, '^', { change: false });
  return findStated(paras, '(?:资金总额|预算安排|预算资金|项目预算|预算金额)(?:为)?', { change: false });
}

export type ItemCodeOfName = (name: string) => string | null;

export function parseProjects(
  blocks: { title: string; lines: Line[] }[],
  opts: ProseOptions,
  itemCodeOf: ItemCodeOfName,
  docId: string,
): Project[] {
  return blocks.map((block, i) => {
    const name = block.title.replace(/项目经费情况说明$/, '').trim();
    const text = {} as Record<SectionKey, string[]>;
    let current: SectionKey | null = null;
    for (const p of paragraphs(block.lines, opts)) {
      const hit = SECTIONS.find(([, word]) => new RegExp(`^[一二三四五六七]、\\s*${word}$`).test(p));
      if (hit) {
        current = hit[0];
        text[current] = [];
      } else if (current) text[current].push(p);
      else throw new IngestError(`${docId}: project “${name}”: text before 一、项目概述: "${p}"`);
    }
    const get = (k: SectionKey): string => {
      const t = text[k];
      if (!t)
        throw new IngestError(`${docId}: project “${name}” has no section ${SECTIONS.find(([key]) => key === k)![1]}`);
      return t.join('\n');
    };
    const budget = get('budget');
    return {
      id: `p${String(i + 1).padStart(2, '0')}`,
      name,
      overview: get('overview'),
      basis: get('basis'),
      implementer: get('implementer'),
      plan: get('plan'),
      period: get('period'),
      budget,
      targets: get('targets'),
      amount: projectAmount(budget),
      functionCode: itemCodeOf(name),
    };
  });
}
