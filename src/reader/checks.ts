// The collector of checks. Every check is counted; a failed one names the document, the table by
// number and title, the page it is printed on, the row, and both figures. A failure never stops the
// reading: the reader gets to the end and reports every failed check at once.
import { formatFen } from './parse-money.ts';
import type { Failure } from './types.ts';

/** Where a row of a table (or a sentence of a section) is printed; null when the text has no pages. */
export type PageOf = (table: string, row: string) => number | null;

export class Checks {
  readonly failures: Failure[] = [];
  readonly counts = new Map<string, { run: number; failed: number }>();
  count = 0;
  skipped = 0;
  constructor(
    readonly docId: string,
    private readonly pageOf: PageOf = () => null,
    /** Tables that could not be read: a check that involves one is not run (its 0s were never printed). */
    private readonly unread: ReadonlySet<string> = new Set(),
  ) {}

  private involvesUnread(check: string, table: string): boolean {
    if (this.unread.size === 0) return false;
    for (const t of this.unread) if (table === t || check.includes(t)) return true;
    return false;
  }

  private tally(check: string, failed: boolean): void {
    // Checks are grouped by their rule, without the row-specific figures in the name.
    const rule = check
      .replace(/[\d,.]+万元/g, 'N万元')
      .replace(/“[^”]*”/g, '“…”')
      .replace(/类 \d+/g, '类 N');
    const entry = this.counts.get(rule) ?? { run: 0, failed: 0 };
    entry.run++;
    if (failed) entry.failed++;
    this.counts.set(rule, entry);
    this.count++;
  }

  private fail(check: string, table: string, row: string, printed: number, expected: number, detail: string): void {
    const page = this.pageOf(table, row);
    const at = page === null ? '' : `, page ${page}`;
    const message = `${this.docId} · ${table}${at} · ${row}: ${check}: ${detail}`;
    this.failures.push({ check, table, row, page, printed, expected, message });
  }

  /** One money check: `printed` is what the document prints, `expected` what the other figures imply (fen). */
  eq(check: string, table: string, row: string, printed: number, expected: number, tolerance = 0): void {
    if (this.involvesUnread(check, table)) {
      this.skipped++;
      return;
    }
    const failed = Math.abs(printed - expected) * 2 > tolerance;
    this.tally(check, failed);
    if (!failed) return;
    const within = tolerance ? ` (±${formatFen(tolerance / 2)})` : '';
    this.fail(
      check,
      table,
      row,
      printed,
      expected,
      `printed ${formatFen(printed)}元, expected ${formatFen(expected)}元${within}`,
    );
  }

  /** A check on counts (units, vehicles): the figures are numbers of things, not money. */
  countEq(check: string, table: string, row: string, printed: number, expected: number): void {
    const failed = printed !== expected;
    this.tally(check, failed);
    if (failed) this.fail(check, table, row, printed, expected, `printed ${printed}, expected ${expected}`);
  }

  /** A check on text (names): the failure carries the two strings in its message. */
  same(check: string, table: string, row: string, printed: string, expected: string): void {
    if (this.involvesUnread(check, table)) {
      this.skipped++;
      return;
    }
    const failed = printed !== expected;
    this.tally(check, failed);
    if (failed) this.fail(`${check}: “${printed}”`, table, row, 0, 0, `printed “${printed}”, expected “${expected}”`);
  }
}
