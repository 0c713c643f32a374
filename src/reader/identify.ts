// What a document is: its department, year, level (市级 / 区级 and which district) and kind
// (部门预算 / 单位预算), read from its title page and its tables' furniture. Also what it is not:
// a 决算 (final account), or a document outside the budget template, is refused with a reason.
import type { DocumentKind, Level } from '../domain/schema.ts';
import type { RefusalKind } from './api.ts';
import type { Line } from './types.ts';

export interface Identity {
  department: string | null;
  year: number | null;
  level: Level | null;
  district: string | null;
  kind: DocumentKind | null;
  title: string | null;
}

const TITLE = /^(上海市.*?)?(\d{4})年(?:度)?(市级|区级)?.*?(部门|单位)预算$/;

function mostFrequent(values: string[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/** The department (or unit) that publishes: 预算主管部门 / 预算单位 on the title page, else 编制部门 of the tables. */
function departmentOf(front: string[], all: string[]): string | null {
  const head = front.map((t) => /^预算(?:主管部门|单位)[：:]\s*(.+)$/.exec(t)?.[1]).find(Boolean);
  if (head) return head.trim();
  return mostFrequent(all.flatMap((t) => /^编制(?:部门|单位)[：:]\s*([^\t]+?)\s*(\t|$)/.exec(t.trim())?.[1] ?? []));
}

export function identify(front: Line[], all: Line[], notesTitle: string): Identity {
  const frontText = front.map((l) => l.text.replace(/\t/g, ' ').trim()).filter((t) => t !== '');
  const title = frontText.find((t) => TITLE.test(t.replace(/\s/g, ''))) ?? null;
  const m = title ? TITLE.exec(title.replace(/\s/g, '')) : null;
  const year = Number(/(\d{4})年/.exec(notesTitle)?.[1] ?? m?.[2]) || null;
  const department = departmentOf(
    frontText,
    all.map((l) => l.text),
  );
  // 上海市普陀区… is a district body; "区级" in the title says so too.
  const district =
    /^上海市(\S{1,4}?区)/.exec(department ?? '')?.[1] ?? /^上海市(\S{1,4}?区)\d{4}年/.exec(title ?? '')?.[1] ?? null;
  const level: Level | null =
    m?.[3] === '区级' || district
      ? 'district'
      : m?.[3] === '市级' || /^上海市/.test(department ?? '')
        ? 'municipal'
        : null;
  const unitTables = all.some((l) => /^\d{4}年预算单位/.test(l.text.trim()) || /^编制单位[：:]/.test(l.text.trim()));
  const kind: DocumentKind | null =
    m?.[4] === '单位' || unitTables ? 'unit' : m?.[4] === '部门' || title === null ? 'department' : null;
  return { department, year, level, district: level === 'district' ? district : null, kind, title };
}

/**
 * Why a text is not a budget of this template, or null when it is one. Checked before anything
 * else is read, so that a final account or an unrelated document gets a reason, not a parse error.
 */
export function refusal(lines: Line[]): { kind: RefusalKind; message: string } | null {
  const text = lines.map((l) => l.text).join('\n');
  const finalAccount = /决算(总表|表|报告|编制说明)?/.test(text) && !/预算(总表|表)/.test(text);
  if (finalAccount || /^\S*\d{4}年\S*决算\s*$/m.test(text.split('\n').slice(0, 40).join('\n'))) {
    return {
      kind: 'final-account',
      message:
        'This is a final account (决算), not a budget (预算): the reader reads budgets of the Shanghai template (部门预算 / 单位预算); a 决算 reports what was spent, in other tables.',
    };
  }
  if (!/预算/.test(text))
    return {
      kind: 'not-template',
      message:
        'This is not a budget document: no 预算 appears in its text. Expected a Shanghai department or unit budget (部门预算 / 单位预算).',
    };
  const titles = text.match(/(收支预算总表|收入预算总表|支出预算总表|功能分类预算表|经济分类预算表|经费预算表)/g) ?? [];
  if (titles.length > 0 && titles.length < 3 && /预算编制说明/.test(text)) {
    return {
      kind: 'incomplete',
      message: `The document stops inside its tables: after its 预算编制说明 only ${titles.length} of the nine table titles appear, so the file looks cut off or incomplete.`,
    };
  }
  if (titles.length < 3) {
    return {
      kind: 'not-template',
      message: `This is not a budget of the Shanghai template: expected its nine tables (部门财务收支预算总表 … “三公”经费和机关运行经费预算表), found ${titles.length} table title(s).`,
    };
  }
  return null;
}
