// The short per-document report the ingest prints.
import type { Built } from '../../src/reader/build-document.ts';
import { TABLE_LABEL } from '../../src/reader/types.ts';

export function formatReport(b: Built, acknowledged: number, failed: number): string {
  const d = b.doc;
  const out = [`${d.id} (${d.title}, ${d.department}, sha256 ${d.source.sha256.slice(0, 12)}…)`];
  const t = d.tables;
  out.push(`  tables: ${TABLE_LABEL.financialSummary} ${t.financialSummary.revenue.length}+${t.financialSummary.expenditure.length} lines; ${TABLE_LABEL.fiscalAppropriation} ${t.fiscalAppropriation.revenue.length}+${t.fiscalAppropriation.expenditure.length} lines; ${TABLE_LABEL.threePublic} 7 figures`);
  for (const r of b.tables) {
    const table = t[r.kind] as unknown[] | null;
    const rows = table === null ? 'absent (null)' : r.rows === 0 ? 'printed empty ([])' : `${r.rows} rows`;
    const byColumn = new Map<string, number>();
    for (const x of r.resolved) byColumn.set(x.columns.slice(1).join('+') || '合计 only', (byColumn.get(x.columns.slice(1).join('+') || '合计 only') ?? 0) + 1);
    const withTotal = r.resolved.some((x) => x.code === '') ? ' (incl. the 合计 row)' : '';
    const how = r.resolved.length === 0 ? '' : `; ${r.resolved.length} ambiguous rows${withTotal} placed ${r.usedHints ? 'by arithmetic with other tables' : 'by the table’s own arithmetic'} (${[...byColumn].map(([c, n]) => `${n}→${c}`).join(', ')})`;
    out.push(`  ${TABLE_LABEL[r.kind]}: ${rows}${how}`);
  }
  for (const k of ['governmentFundByFunction', 'stateCapitalByFunction'] as const) {
    if (!b.tables.some((r) => r.kind === k)) out.push(`  ${TABLE_LABEL[k]}: absent (null)`);
  }
  out.push(`  text: ${d.functions.items.length} functions, ${d.budgetUnits.units.length} units, ${d.glossary.length} glossary terms, ${d.budgetNotes.byCategory.length} categories, ${d.projects.length} projects (${d.projects.filter((p) => p.amount).length} with amount, ${d.projects.filter((p) => p.functionCode).length} linked to a 项)`);
  out.push(`  checks: ${b.checks} run, ${b.checks - b.failures.length} passed, ${acknowledged} acknowledged by errata, ${failed} failed`);
  return out.join('\n');
}
