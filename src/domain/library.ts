// The library of documents, grouped by department: what the department picker lists and what the
// store loads when a department is chosen. Pure; reads the index (data/index.json, or one
// department's data/departments/<dept>.json) and the user's imported documents.
import type { DataIndex, DocumentKind, Level } from './schema';

export type IndexEntry = DataIndex['documents'][number];

/** One department of the library: every year it has, bundled or imported by this user. */
export interface DepartmentSummary {
  dept: string; // the key in links: #dept=shanghai-hsa
  name: string; // as published, e.g. 上海市医疗保障局
  nameEn: string | null; // our translation; null: show the published name and say so
  level: Level;
  district: string | null;
  kind: DocumentKind;
  years: number[]; // ascending, bundled and imported
  imported: boolean; // true when every year of it was imported by this user (not in the library)
}

/** The department key of an index entry; entries archived before the library have none: id minus its year. */
export function deptOfEntry(entry: Pick<IndexEntry, 'id' | 'dept'>): string {
  return entry.dept ?? entry.id.replace(/-\d{4}$/, '');
}

/** The departments of an index, in the order of their first entry, each with its years ascending. */
export function departmentsOf(entries: readonly IndexEntry[]): DepartmentSummary[] {
  const byDept = new Map<string, DepartmentSummary>();
  for (const entry of entries) {
    const dept = deptOfEntry(entry);
    const known = byDept.get(dept);
    if (known) {
      if (!known.years.includes(entry.year)) known.years.push(entry.year);
      known.nameEn ??= entry.departmentEn ?? null;
      continue;
    }
    byDept.set(dept, {
      dept,
      name: entry.department,
      nameEn: entry.departmentEn ?? null,
      level: entry.level,
      district: entry.district,
      kind: entry.kind,
      years: [entry.year],
      imported: false,
    });
  }
  for (const summary of byDept.values()) summary.years.sort((a, b) => a - b);
  return [...byDept.values()];
}

/** FNV-1a, 32 bits, as 8 hex digits: a short stable key for a name (not a security hash). */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (const char of text) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** The key of a department that only this user's imports have (the same in every browser): its name and kind of budget. */
export const importedDeptKey = (department: string, kind: DocumentKind): string =>
  `imported-${fnv1a(`${department}|${kind}`)}`;

/**
 * The department an imported document is shown under: the library's department of the same
 * published name, level, district and kind of budget, so that a new year joins its timeline and
 * compare; its own key when the library
 * has no such department, or already has that year (a revised file is then shown beside it, never
 * mixed into the published one).
 */
export function deptOfImported(
  doc: Pick<DepartmentSummary, 'level' | 'district' | 'kind'> & { department: string; year: number },
  library: readonly Pick<DepartmentSummary, 'dept' | 'name' | 'years' | 'level' | 'district' | 'kind'>[],
): string {
  // the same body, and the same kind of budget: a 部门预算 never joins a 单位预算's timeline
  const same = library.find(
    (summary) =>
      summary.name === doc.department &&
      summary.kind === doc.kind &&
      summary.level === doc.level &&
      summary.district === doc.district,
  );
  return same && !same.years.includes(doc.year) ? same.dept : importedDeptKey(doc.department, doc.kind);
}

/** An imported document as the library lists it: its department key and what it says of itself. */
export interface ImportedEntry {
  dept: string;
  document: { department: string; year: number; level: Level; district: string | null; kind: DocumentKind };
}

/**
 * Every department a picker lists: the library's (from the catalogue, or only the one on screen
 * before the catalogue is loaded), with the years this user imported added, and the departments
 * only this user's imports have, marked as imported.
 */
export function librarySummaries(
  entries: readonly IndexEntry[],
  imported: readonly ImportedEntry[],
): DepartmentSummary[] {
  const list = departmentsOf(entries);
  for (const { dept, document } of imported) {
    const known = list.find((summary) => summary.dept === dept);
    if (known) {
      if (!known.years.includes(document.year)) known.years = [...known.years, document.year].sort((a, b) => a - b);
      continue;
    }
    list.push({
      dept,
      name: document.department,
      nameEn: null,
      level: document.level,
      district: document.district,
      kind: document.kind,
      years: [document.year],
      imported: true,
    });
  }
  return list;
}
