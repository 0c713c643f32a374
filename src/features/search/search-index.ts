// The header search: one flat index of every line item (function and economic classification,
// from every table of every year) and every project, and a ranked lookup over it. Pure, so the
// ranking is unit-tested; the component only renders results and navigates.
import { codePath } from '../../domain/code-path';
import type { BudgetDocument, FunctionRow, RevenueRow } from '../../domain/schema';

export type SearchKind = 'function' | 'economic' | 'project';

export interface SearchEntry {
  /** unique within the index, usable as a DOM id suffix */
  key: string;
  kind: SearchKind;
  year: number;
  /** classification code; null for a project */
  code: string | null;
  /** as printed */
  name: string;
  /** the English name of a classification line, or our translation of a project's name, when known */
  englishName: string | null;
  /** 合计 of the line, or the project's stated amount; null when the document gives none */
  amount: number | null;
  /** a project's amount as the text states it: shown at its printed precision (754.813万元) */
  stated?: { precision: number; printed: string };
  /** drill path from the top for a line (["210", "21015", "2101504"]); [] for a project */
  path: string[];
  projectId: string | null;
  /** a project's implementing unit, to tell projects of the same name apart */
  detail: string | null;
  /** a project's description text, searched after names and codes */
  text: string;
}

/** The English name of a line (key: its code) or a project (key: its name as printed). */
export type EnglishName = (kind: SearchKind, key: string) => string | undefined;

type AnyFunctionRow = Pick<FunctionRow | RevenueRow, 'code' | 'name' | 'total'>;

/** Every function line of a document, once per code: amounts from the expenditure table first. */
function functionLines(doc: BudgetDocument): AnyFunctionRow[] {
  const t = doc.tables;
  const tables: (readonly AnyFunctionRow[] | null)[] = [
    t.expenditureByFunction,
    t.revenueByFunction,
    t.generalPublicByFunction,
    t.governmentFundByFunction,
    t.stateCapitalByFunction,
  ];
  const byCode = new Map<string, AnyFunctionRow>();
  for (const rows of tables) for (const row of rows ?? []) if (!byCode.has(row.code)) byCode.set(row.code, row);
  return [...byCode.values()];
}

export function buildSearchIndex(
  documents: readonly BudgetDocument[],
  englishName: EnglishName = () => undefined,
): SearchEntry[] {
  const entries: SearchEntry[] = [];
  for (const doc of documents) {
    const line = (kind: 'function' | 'economic', row: { code: string; name: string; total: number }): SearchEntry => ({
      key: `${doc.year}-${kind}-${row.code}`,
      kind,
      year: doc.year,
      code: row.code,
      name: row.name,
      englishName: englishName(kind, row.code) ?? null,
      amount: row.total,
      path: codePath(row.code),
      projectId: null,
      detail: null,
      text: '',
    });
    for (const row of functionLines(doc)) entries.push(line('function', row));
    for (const row of doc.tables.basicByEconomic) entries.push(line('economic', row));
    for (const p of doc.projects) {
      entries.push({
        key: `${doc.year}-project-${p.id}`,
        kind: 'project',
        year: doc.year,
        code: p.functionCode,
        name: p.name,
        englishName: englishName('project', p.name) ?? null,
        amount: p.amount?.amount ?? null,
        ...(p.amount ? { stated: { precision: p.amount.precision, printed: p.amount.printed } } : {}),
        path: [],
        projectId: p.id,
        detail: p.implementer || null,
        text: [p.overview, p.basis, p.implementer, p.plan, p.period, p.budget, p.targets].join('\n'),
      });
    }
  }
  return entries;
}

/** Lower case, no spaces or quotes: "信息化 建设" and “三公” match as printed. */
export function normalize(text: string): string {
  return text.toLowerCase().replace(/[\s“”"'‘’]/g, '');
}

// Lower is better. A project's code is the function line it belongs to, not its own: it does
// not make the project an exact code match.
function score(entry: SearchEntry, query: string, tokens: string[]): number | null {
  const names = [entry.name, entry.englishName ?? ''].map(normalize).filter(Boolean);
  const code = entry.kind === 'project' ? '' : (entry.code ?? '');
  if (code === query) return 0;
  if (names.includes(query)) return 1;
  if (code.startsWith(query)) return 2;
  if (names.some((n) => n.startsWith(query))) return 3;
  if (names.some((n) => n.includes(query))) return 4;
  // Several words ("information systems"): every word somewhere in the names or the code.
  const spaced = `${code} ${entry.name} ${entry.englishName ?? ''}`.toLowerCase();
  if (tokens.length > 1 && tokens.every((token) => spaced.includes(token))) return 5;
  if (entry.kind === 'project' && normalize(`${entry.detail ?? ''}${entry.text}`).includes(query)) return 6;
  return null;
}

const KIND_ORDER: Record<SearchKind, number> = { function: 0, economic: 1, project: 2 };

/**
 * The entries matching a query, best first: by how well they match, then function lines before
 * economic lines before projects, the latest year first, higher levels first, then by code.
 */
export function searchIndex(index: readonly SearchEntry[], rawQuery: string, limit = 20): SearchEntry[] {
  const query = normalize(rawQuery);
  if (query === '') return [];
  const tokens = rawQuery.toLowerCase().split(/\s+/).filter(Boolean);
  const scored: { entry: SearchEntry; score: number }[] = [];
  for (const entry of index) {
    const s = score(entry, query, tokens);
    if (s !== null) scored.push({ entry, score: s });
  }
  scored.sort(
    (a, b) =>
      a.score - b.score ||
      KIND_ORDER[a.entry.kind] - KIND_ORDER[b.entry.kind] ||
      b.entry.year - a.entry.year ||
      (a.entry.code?.length ?? 0) - (b.entry.code?.length ?? 0) ||
      (a.entry.code ?? a.entry.key).localeCompare(b.entry.code ?? b.entry.key),
  );
  return scored.slice(0, Math.max(0, limit)).map((s) => s.entry);
}
