// Names, years and dates of the documents the library view lists: a department's name in the
// reader's language (our English name from the index when there is one, else as published), the
// years a department has (bundled and imported), and what a file recognised as known is.
import type { ImportedRecord } from '../../data/imports/types';
import type { Lang } from '../../domain/lang';
import { deptOfEntry, type IndexEntry } from '../../domain/library';

export interface NameInLang {
  text: string;
  lang: Lang; // for the element's lang attribute: a published name is Chinese
}

/**
 * The department's English name from the index, if a document of it has one: by its key, or by
 * its published name (an import shown apart from the library's department of the same name).
 */
function englishName(dept: string, published: string, entries: readonly IndexEntry[]): string | null {
  const same = (entry: IndexEntry) => deptOfEntry(entry) === dept || entry.department === published;
  return entries.find((entry) => same(entry) && entry.departmentEn)?.departmentEn ?? null;
}

export function departmentName(
  dept: string,
  published: string,
  entries: readonly IndexEntry[],
  lang: Lang,
): NameInLang {
  const en = lang === 'en' ? englishName(dept, published, entries) : null;
  return en ? { text: en, lang: 'en' } : { text: published, lang: 'zh-CN' };
}

/** The years a department has, ascending: its bundled documents and this user's imports into it. */
export function yearsOfDept(
  dept: string,
  entries: readonly IndexEntry[],
  imported: readonly ImportedRecord[],
  deptOf: (record: ImportedRecord) => string,
): number[] {
  const years = new Set<number>();
  for (const entry of entries) if (deptOfEntry(entry) === dept) years.add(entry.year);
  for (const record of imported) if (deptOf(record) === dept) years.add(record.document.year);
  return [...years].sort((a, b) => a - b);
}

export interface KnownDocument {
  name: NameInLang;
  year: number | null;
  importedAt: string | null; // null: published with the dashboard
}

/** What a file recognised as already here is: a bundled document (by index id) or an earlier import. */
export function knownDocument(
  known: { id: string; dept: string; bundled: boolean },
  entries: readonly IndexEntry[],
  imported: readonly ImportedRecord[],
  lang: Lang,
): KnownDocument {
  const record = imported.find((r) => r.document.id === known.id);
  const byId = entries.find((e) => e.id === known.id);
  const entry = byId ?? entries.find((e) => deptOfEntry(e) === known.dept);
  const published = record?.document.department ?? entry?.department ?? known.dept;
  return {
    name: departmentName(known.dept, published, entries, lang),
    year: record?.document.year ?? byId?.year ?? null,
    importedAt: known.bundled ? null : (record?.importedAt ?? null),
  };
}

/** A file size in the unit that reads best: bytes, KB (one decimal under 10) or MB (one decimal). */
export function fileSize(bytes: number): { unit: 'bytes' | 'kb' | 'mb'; value: number } {
  if (bytes < 1024) return { unit: 'bytes', value: bytes };
  const kb = bytes / 1024;
  if (kb < 1024) return { unit: 'kb', value: kb < 10 ? Math.round(kb * 10) / 10 : Math.round(kb) };
  return { unit: 'mb', value: Math.round((kb / 1024) * 10) / 10 };
}

// Building an Intl.DateTimeFormat is costly: one per language and style.
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** An ISO date-time as the reader's language writes a date ('2026年3月5日', 'Mar 5, 2026'); '' when invalid. */
export function formatDate(iso: string, lang: Lang): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  let format = dateFormats.get(lang);
  if (!format) dateFormats.set(lang, (format = new Intl.DateTimeFormat(lang, { dateStyle: 'medium' })));
  return format.format(date);
}
