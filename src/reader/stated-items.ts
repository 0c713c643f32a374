// The lines of 编制说明 that state what one line of the expenditure table is for and how much it
// gets. Documents print them three ways:
//   “社会保障和就业支出”科目1,552万元，主要用于…                              (a 类, HSA)
//   “一般公共服务支出（类）财政事务（款）行政运行（项）”1,623.18万元，主要用于…  (names, Putuo)
//   公共安全支出（204类）司法（06款）基层司法业务（04项）2170.39万元。主要用于…  (names and codes)
// Each is matched to its row of 表3 by code where printed, else by names down the code tree.
import { categoryCode } from './category-names.ts';

export interface StatedItem {
  label: string; // as printed, without quotes or numbering
  names: string[]; // 类, 款, 项 names as printed
  code: string | null; // the code when the document prints it (204 06 04 -> "2040604")
  figureAt: string; // the text right before the figure, for findStated
}

const NUMBERING = String.raw`^(?:\d{1,2}[.．、]\s*)?`;
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function statedItem(paragraph: string): StatedItem | null {
  const category = new RegExp(`${NUMBERING}“([^”（]+)”科目`).exec(paragraph);
  if (category)
    return { label: category[1]!, names: [category[1]!], code: null, figureAt: `“${escape(category[1]!)}”科目` };
  const quoted = new RegExp(`${NUMBERING}“([^”]*[（(]类[）)][^”]*)”(?=\\s*[\\d,.]+万元)`).exec(paragraph);
  if (quoted) {
    const names = quoted[1]!
      .split(/[（(][类款项][）)]/)
      .map((n) => n.trim())
      .filter((n) => n !== '');
    return { label: quoted[1]!, names, code: null, figureAt: `“${escape(quoted[1]!)}”\\s*` };
  }
  const coded = new RegExp(`${NUMBERING}((?:[^（）\\d，。]+（\\d{2,3}[类款项]）){1,3})(?=\\s*[\\d,.]+万元)`).exec(
    paragraph,
  );
  if (coded) {
    const parts = [...coded[1]!.matchAll(/([^（）]+)（(\d{2,3})[类款项]）/g)];
    return {
      label: coded[1]!,
      names: parts.map((m) => m[1]!.trim()),
      code: parts.map((m) => m[2]!).join(''),
      figureAt: `${escape(coded[1]!)}\\s*`,
    };
  }
  return null;
}

/** 其它 and 其他 are one word printed two ways ("其它行政事业单位养老支出"). */
const sameName = (a: string, b: string): boolean =>
  a.replace(/其它/g, '其他').replace(/\s/g, '') === b.replace(/其它/g, '其他').replace(/\s/g, '');

interface Row {
  code: string;
  name: string;
}

/** The code of the row a stated item is about, or null when the table has no such row. */
export function itemCode(item: StatedItem, rows: readonly Row[]): string | null {
  if (item.code) return rows.some((r) => r.code === item.code) ? item.code : null;
  const categories = new Map(rows.filter((r) => r.code.length === 3).map((r) => [r.name, r.code]));
  let code = categoryCode(item.names[0]!, categories) ?? null;
  for (const name of item.names.slice(1)) {
    if (code === null) return null;
    const parent: string = code;
    code =
      rows.find((r) => r.code.length === parent.length + 2 && r.code.startsWith(parent) && sameName(r.name, name))
        ?.code ?? null;
  }
  return code;
}
