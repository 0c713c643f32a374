// The reading report as text, for `npm run read` and `npm run ingest`. Its last line sums up the
// outcome, so a script can take it alone.
import type { Reading } from '../../src/reader/api.ts';

const LEVEL = { municipal: '市级', district: '区级' } as const;
const KIND = { department: '部门预算', unit: '单位预算' } as const;
const ms = (x: number): string => `${Math.round(x)} ms`;

export function formatReading(r: Reading, opts: { acknowledged?: number } = {}): string {
  const p = r.report;
  const out: string[] = [
    `${p.file} (${p.input === 'pdf' ? 'PDF' : 'text'}${p.pages === null ? '' : `, ${p.pages} pages`})`,
  ];
  if (r.outcome === 'refused') {
    out.push(`  refused: ${p.refusal}`);
    out.push(`refused: ${p.refusal}`);
    return out.join('\n');
  }
  const level = p.level ? LEVEL[p.level] + (p.district ? ` ${p.district}` : '') : '?';
  out.push(
    `  ${p.department ?? '?'} · ${p.year ?? '?'} · ${level} · ${p.kind ? KIND[p.kind] : '?'}${r.document?.printsFen ? ' · figures to the fen' : ''}`,
  );
  out.push('  tables:');
  for (const t of p.tables) {
    const where = t.pages.length ? ` (p. ${t.pages.join(', ')})` : '';
    const rows =
      t.state === 'absent'
        ? 'absent'
        : t.state === 'printed empty'
          ? 'printed empty'
          : `${t.rows} ${t.kind === 'threePublic' ? 'line' : 'rows'}`;
    const placed =
      t.placedBy === 'printed'
        ? ''
        : `; ${t.kind === 'threePublic' ? 'blank cells' : `${t.placedRows} rows with blank cells`} placed by ${t.placedBy}`;
    out.push(`    表${t.number} ${t.title}${where}, ${t.unit}: ${rows}${placed}`);
  }
  const run = p.checks.reduce((a, c) => a + c.run, 0);
  const failedChecks = p.checks.reduce((a, c) => a + c.failed, 0);
  out.push(`  checks: ${run} run in ${p.checks.length} kinds, ${run - failedChecks} passed, ${failedChecks} failed`);
  for (const c of p.checks.filter((x) => x.failed > 0)) out.push(`    ${c.check}: ${c.failed} of ${c.run} failed`);
  out.push(`  repairs: ${p.repairs.length}`);
  for (const x of p.repairs)
    out.push(
      `    ${x.table}${x.page === null ? '' : `, page ${x.page}`}, row ${x.row}: printed "${x.printed}", read as "${x.repaired}" (${x.reason})`,
    );
  out.push(
    `  failures: ${p.failures.length}${opts.acknowledged ? ` (${opts.acknowledged} acknowledged by errata)` : ''}`,
  );
  for (const f of p.failures) out.push(`    ${f.message}`);
  out.push(`  time: extract ${ms(p.timings.extractMs)}, parse and check ${ms(p.timings.parseMs)}`);
  const summary = `${p.tables.filter((t) => t.state !== 'absent').length} tables, ${p.tables.reduce((a, t) => a + t.rows, 0)} rows, ${run} checks, ${p.repairs.length} repairs`;
  const acknowledged = opts.acknowledged ? `, ${opts.acknowledged} acknowledged by errata` : '';
  out.push(
    r.outcome === 'clean'
      ? `clean: ${summary}, every check passed`
      : `failures: ${summary}, ${p.failures.length} failed (listed above)${acknowledged}`,
  );
  return out.join('\n');
}
