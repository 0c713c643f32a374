// Names of a 类 (function classification category) change over the years, and a document sometimes
// prints the older name in one table and the newer in another (表1 "医疗卫生与计划生育支出" beside
// 表3 "卫生健康支出"). These pairs are the renamings of the national classification the documents
// of this template have used; a name is matched to a code through them, never by similarity.
const RENAMED: [string, string][] = [
  ['医疗卫生与计划生育支出', '卫生健康支出'], // 210, renamed 2019
  ['医疗卫生支出', '卫生健康支出'], // 210, before 2014
  ['资源勘探信息等支出', '资源勘探工业信息等支出'], // 215
  ['国土海洋气象等支出', '自然资源海洋气象等支出'], // 220, renamed 2019
  ['环境保护支出', '节能环保支出'], // 211
  ['城乡社区事务', '城乡社区支出'], // 212
  ['农林水事务', '农林水支出'], // 213
  ['粮油物资储备管理事务', '粮油物资储备支出'], // 222
];

const compact = (name: string): string => name.replace(/\s/g, '');

/** Every name the category may be printed under, the name itself first. */
export function namesOf(name: string): string[] {
  const n = compact(name);
  const out = [n];
  for (const [older, newer] of RENAMED) {
    if (n === older) out.push(newer);
    if (n === newer) out.push(older);
  }
  return out;
}

/** The code of a 类 printed as `name`, from the 类 of another table (name -> code), through renamings. */
export function categoryCode(name: string, categories: Map<string, string>): string | undefined {
  const byCompact = new Map([...categories].map(([n, c]) => [compact(n), c]));
  for (const n of namesOf(name)) {
    const code = byCompact.get(n);
    if (code) return code;
  }
  return undefined;
}
