// One colour per 类 (top-level classification code), the same in every view and every year.
//
// The colour follows from the code, never from a position in the current data: a fixed ordered
// list of the 类 codes the documents use (function classification first, then the economic
// classification of basic spending; the two code ranges do not overlap: 2xx vs 3xx) maps to
// the palette --cat-1..--cat-8 in src/shell/styles.css. A 类 code that is not in the list (a future
// document) still gets a stable colour from its digits, which may then repeat a listed one.
// Each --cat-N has a --cat-N-ink text colour chosen for contrast on it (styles.css).

/** Known 类 codes in palette order. Append new codes at the end; never reorder (colours would move). */
export const KNOWN_CATEGORY_CODES = [
  '210', // 卫生健康支出 (the largest function 类: the calm blue)
  '208', // 社会保障和就业支出
  '221', // 住房保障支出
  '301', // 工资福利支出
  '302', // 商品和服务支出
  '303', // 对个人和家庭的补助
  '310', // 资本性支出
] as const;

export const CATEGORY_PALETTE_SIZE = 8;

export interface CategoryColour {
  /** 1..8: which --cat-N */
  index: number;
  /** CSS colour of the area: "var(--cat-N)" */
  fill: string;
  /** CSS colour of text drawn on the area: "var(--cat-N-ink)" */
  ink: string;
}

/** The palette slot of a 类 code, or of any deeper code (its first three digits are its 类). */
export function categoryIndex(code: string): number {
  const category = code.slice(0, 3);
  const known = (KNOWN_CATEGORY_CODES as readonly string[]).indexOf(category);
  if (known >= 0) return known + 1;
  // Unknown 类: a stable slot from the digits, so it does not change between renders or years.
  let hash = 0;
  for (const char of category) hash = (hash * 31 + char.charCodeAt(0)) % 9973;
  return (hash % CATEGORY_PALETTE_SIZE) + 1;
}

export function categoryColour(code: string): CategoryColour {
  const index = categoryIndex(code);
  return { index, fill: `var(--cat-${index})`, ink: `var(--cat-${index}-ink)` };
}
