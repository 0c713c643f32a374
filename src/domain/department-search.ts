// Finding and ordering the departments of the library for the department picker. Pure, and fast
// enough to run on every keystroke over a few thousand departments (the library holds about a
// hundred municipal departments and dozens per district for each of the 16 districts).
import { districtEn } from './districts';
import type { Lang } from './lang';
import type { DepartmentSummary } from './library';
import type { Level } from './schema';

// The same order as localeCompare(a, b, 'zh-Hans-CN') (pinyin for Han), but one collator built
// once: localeCompare with a locale may build one per call, which sorting 2,000 names would feel.
const collator = new Intl.Collator('zh-Hans-CN');

/** Folds text for matching: full-width letters (typed with a Chinese IME) to ASCII, case, apostrophes. */
function fold(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['‘’`]/g, '');
}

// Every name a department can be found by, folded, one per line, so that no word of a query can
// match across two names. Folding is most of a search's time, so it is kept per department (and
// redone if a name changed: summaries are plain objects that their builder may still fill in).
interface Folded {
  name: string;
  nameEn: string | null;
  district: string | null;
  text: string;
}
const folded = new WeakMap<DepartmentSummary, Folded>();

function haystack(dept: DepartmentSummary): string {
  const known = folded.get(dept);
  if (known && known.name === dept.name && known.nameEn === dept.nameEn && known.district === dept.district) {
    return known.text;
  }
  const names = [dept.name, dept.nameEn ?? ''];
  if (dept.district) names.push(dept.district, districtEn(dept.district) ?? '');
  const text = fold(names.join('\n'));
  folded.set(dept, { name: dept.name, nameEn: dept.nameEn, district: dept.district, text });
  return text;
}

/**
 * The departments whose Chinese or English name, or whose district's name in either language,
 * contains every word of the query (case-insensitive; "putuo 财政" finds 上海市普陀区财政局), in the
 * order of the list. An empty query keeps every department.
 */
export function searchDepartments(list: readonly DepartmentSummary[], query: string): DepartmentSummary[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...list];
  return list.filter((dept) => {
    const text = haystack(dept);
    return words.every((word) => text.includes(word));
  });
}

/** The name shown for a department: our English name in English when there is one, else as published. */
export function displayName(dept: DepartmentSummary, lang: Lang): string {
  return lang === 'en' ? (dept.nameEn ?? dept.name) : dept.name;
}

/** One heading of the picker: the municipal departments, or those of one district. */
export interface DepartmentGroup {
  key: string; // 'municipal' or 'district:<district as published>'; the same in both languages
  level: Level;
  district: string | null; // as published, e.g. 普陀区; null for municipal (or a district document that names none)
  districtName: string | null; // in the language: 普陀区 / Putuo District (as published when we have no English)
  departments: DepartmentSummary[];
}

/**
 * The departments grouped by level: municipal (市级) first, then one group per district sorted by
 * its Chinese name (pinyin order); inside a group, by the name shown in the language, in the same
 * collation. In English the departments still without an English name follow the others (the
 * collation puts Han before Latin, which would open every group with names an English reader
 * cannot read).
 */
export function groupDepartments(list: readonly DepartmentSummary[], lang: Lang): DepartmentGroup[] {
  const groups = new Map<string, DepartmentGroup>();
  for (const dept of list) {
    const district = dept.level === 'district' ? dept.district : null;
    const key = dept.level === 'municipal' ? 'municipal' : `district:${district ?? ''}`;
    let group = groups.get(key);
    if (!group) {
      const districtName = district && (lang === 'en' ? (districtEn(district) ?? district) : district);
      group = { key, level: dept.level, district, districtName, departments: [] };
      groups.set(key, group);
    }
    group.departments.push(dept);
  }
  const sorted = [...groups.values()].sort(
    (a, b) => rank(a) - rank(b) || (a.district && b.district ? collator.compare(a.district, b.district) : 0),
  );
  // Sort keys computed once per department, not once per comparison.
  for (const group of sorted) {
    const keyed = group.departments.map((dept) => ({
      dept,
      untranslated: lang === 'en' && dept.nameEn === null ? 1 : 0,
      name: displayName(dept, lang),
    }));
    keyed.sort((a, b) => a.untranslated - b.untranslated || collator.compare(a.name, b.name));
    group.departments = keyed.map(({ dept }) => dept);
  }
  return sorted;
}

// Municipal first, named districts next, a district document that names no district last.
function rank(group: DepartmentGroup): number {
  if (group.level === 'municipal') return 0;
  return group.district ? 1 : 2;
}

/** Years as runs of consecutive years, for a short label: [2019, 2020, 2021, 2024] → [[2019, 2021], [2024, 2024]]. */
export function yearRuns(years: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const year of years) {
    const last = runs.at(-1);
    if (last && year === last[1] + 1) last[1] = year;
    else runs.push([year, year]);
  }
  return runs;
}
