// Figures audit: every figure printed in the two source documents is in public/data exactly, and
// public/data has no figure the documents do not print. Independent of the reader (src/reader) by design:
// the sources are read again here (read-source.ts) with no code shared with the ingest.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { BudgetDocument } from '../../src/domain/schema.ts';
import {
  type PrintedTable,
  type SummaryItem,
  type TableKey,
  projects,
  section,
  summaryItems,
  tableName,
  tablePages,
  wanToYuan,
} from './read-source.ts';

const root = new URL('../../', import.meta.url);
const read = (p: string): string => readFileSync(new URL(p, root), 'utf8');

/** What each document is expected to hold besides its figures (from reading the documents). */
const DOCS = [
  { year: 2021, units: 4, glossary: 4 },
  { year: 2026, units: 3, glossary: 8 },
];

/**
 * 万元 figures the text states that the contract has no StatedAmount for, per document: number -> how
 * many times. Each must still appear verbatim in the JSON's text. Anything else missing fails the audit.
 */
const UNSTRUCTURED: Record<number, Record<string, number>> = {
  // 三公 reasons: "新增车辆购置费15万元", "根据实际减少3万元" (the same figures are captured as the changes)
  2021: { '15': 1, '3': 1 },
  // 编制说明: 事业收入0万元；事业单位经营收入0万元；其他收入0万元 (budgetNotes has no field for them);
  // p01 热线服务保障经费: the parts 坐席租赁费 2093.30 / 系统使用费 266.30 / 管理费 49.24 of its 2408.84;
  // 国有资产: "单价100万元（含）以上设备", a threshold, twice
  2026: { '0': 3, '2093.30': 1, '266.30': 1, '49.24': 1, '100': 2 },
};

const ROW_FIELDS: Partial<Record<TableKey, string[]>> = {
  revenueByFunction: ['total', 'fiscal', 'business', 'operating', 'other'],
  expenditureByFunction: ['total', 'basic', 'project'],
  generalPublicByFunction: ['total', 'basic', 'project'],
  governmentFundByFunction: ['total', 'basic', 'project'],
  stateCapitalByFunction: ['total', 'basic', 'project'],
  basicByEconomic: ['total', 'personnel', 'publicUse'],
};
const THREE_PUBLIC = [
  'total',
  'overseas',
  'reception',
  'vehicles',
  'vehiclePurchase',
  'vehicleOperation',
  'agencyOperation',
] as const;

const nonZero = (xs: (number | null | undefined)[]): number[] =>
  xs.filter((x): x is number => !!x).sort((a, b) => a - b);
const fmt = (xs: (number | null | undefined)[]): string =>
  `[${xs.map((x) => (x == null ? '–' : x.toLocaleString('en-US'))).join(' ')}]`;
const same = (a: number[], b: number[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);
const squash = (s: string): string => s.replace(/\s+/g, '');
type Rec = Record<string, unknown>;

for (const { year, units, glossary } of DOCS) {
  const id = `shanghai-hsa-${year}`;
  const text = read(`data/sources/${id}-budget.txt`);
  const doc = JSON.parse(read(`public/data/${id}.json`)) as BudgetDocument;
  const pages = tablePages(text, year);
  const pagesOf = (k: TableKey): PrintedTable[] => pages.filter((p) => p.key === k);

  describe(`${id}: figures audit`, () => {
    it('表2 3 5 6 7 8: every printed row (and 合计) is the JSON row with that code, and nothing more', () => {
      const problems: string[] = [];
      const stats: string[] = [];
      for (const [key, fields] of Object.entries(ROW_FIELDS) as [TableKey, string[]][]) {
        const where = `${id} · ${tableName(key)}`;
        const ps = pagesOf(key);
        const json = doc.tables[key as 'revenueByFunction'] as unknown as Rec[] | null;
        const totals = doc.tableTotals[key as 'revenueByFunction'] as unknown as Rec | null;
        if (ps.length === 0) {
          if (json !== null || totals !== null)
            problems.push(
              `${where}: not printed, but the JSON has ${json === null ? 'totals' : `${json.length} rows`} (expected null)`,
            );
          stats.push(`${tableName(key)}: not printed`);
          continue;
        }
        if (json === null || totals === null) {
          problems.push(`${where}: printed, but the JSON table is null`);
          continue;
        }
        const printed = ps.flatMap((p) => p.rows);
        const printedTotals = ps.flatMap((p) => (p.total ? [p.total] : []));
        const check = (
          label: string,
          r: { values: number[]; columns: Record<string, number> | null; line: number },
          j: Rec,
        ) => {
          const jv = fields.map((f) => j[f] as number);
          if (r.columns) {
            const pv = fields.map((f) => r.columns![f] ?? 0);
            if (!same(pv, jv))
              problems.push(
                `${where} · ${label} (line ${r.line}): printed ${fmt(pv)}, JSON ${fmt(jv)} (columns ${fields.join(' ')})`,
              );
          } else if (
            r.values.length === fields.length
              ? !same(r.values, jv)
              : (r.values[0] ?? 0) !== jv[0] || !same(nonZero(r.values), nonZero(jv))
          ) {
            // PDF text: empty cells are dropped but the order is kept, so 合计 comes first and a full row is positional
            problems.push(
              `${where} · ${label} (line ${r.line}): printed figures ${fmt(r.values)}, JSON ${fmt(jv)} (columns ${fields.join(' ')})`,
            );
          }
        };
        for (const r of printed) {
          const matches = json.filter((j) => j.code === r.code);
          if (matches.length !== 1) {
            problems.push(
              `${where} · row ${r.code} ${r.name} (line ${r.line}): ${matches.length} JSON rows with this code`,
            );
            continue;
          }
          if (r.name && r.name !== matches[0]!.name)
            problems.push(
              `${where} · row ${r.code} (line ${r.line}): printed name "${r.name}", JSON "${String(matches[0]!.name)}"`,
            );
          check(`row ${r.code} ${r.name || String(matches[0]!.name)}`, r, matches[0]!);
        }
        for (const j of json) {
          const n = printed.filter((r) => r.code === j.code).length;
          if (n !== 1)
            problems.push(
              `${where} · JSON row ${String(j.code)} ${String(j.name)}: printed ${n} times in the table (expected once)`,
            );
        }
        if (printedTotals.length > 1) problems.push(`${where}: ${printedTotals.length} 合计 rows printed`);
        const t = printedTotals[0] ?? { values: [], columns: null, line: ps[0]!.lines[0]?.no ?? 0 };
        check('合计 (tableTotals)', t, totals);
        stats.push(
          `${tableName(key)}: ${printed.length} rows, ${printed.reduce((s, r) => s + r.values.length, 0)} figures, 合计 ${t.values.length} figures`,
        );
      }
      console.log(`${id} row tables\n  ${stats.join('\n  ')}`);
      expect(problems).toEqual([]);
    });

    it('表2 3 5 6 7 8 add up: 合计 = parts, parent = sum of children, 合计 row = sum of 类 rows (places 2021 figures)', () => {
      const problems: string[] = [];
      for (const [key, fields] of Object.entries(ROW_FIELDS) as [TableKey, string[]][]) {
        const rows = (doc.tables[key as 'revenueByFunction'] ?? []) as unknown as Record<string, number | string>[];
        const totals = doc.tableTotals[key as 'revenueByFunction'] as unknown as Record<string, number> | null;
        const where = `${id} · ${tableName(key)}`;
        const sum = (rs: Record<string, number | string>[], f: string): number =>
          rs.reduce((a, r) => a + (r[f] as number), 0);
        for (const r of [...rows, ...(totals ? [{ ...totals, code: '合计' }] : [])]) {
          const parts = fields.slice(1).reduce((a, f) => a + (r[f] as number), 0);
          if (parts !== r.total)
            problems.push(`${where} · row ${r.code}: 合计 ${r.total} ≠ sum of its columns ${parts}`);
          const kids = rows.filter((c) =>
            r.code === '合计'
              ? String(c.code).length === 3
              : String(c.code).length === String(r.code).length + 2 && String(c.code).startsWith(String(r.code)),
          );
          for (const f of kids.length ? fields : []) {
            if (sum(kids, f) !== r[f])
              problems.push(`${where} · row ${r.code} ${f}: ${r[f]} ≠ sum of its children ${sum(kids, f)}`);
          }
        }
      }
      expect(problems).toEqual([]);
    });

    it('表1 and 表4: every printed line figure equals the JSON line with that label', () => {
      const problems: string[] = [];
      const s = doc.tables.financialSummary;
      const f = doc.tables.fiscalAppropriation;
      const et = f.expenditureTotal;
      const lines: Record<'financialSummary' | 'fiscalAppropriation', { label: string; values: (number | null)[] }[]> =
        {
          financialSummary: [
            ...[...s.revenue, ...s.expenditure].map((l) => ({ label: l.label, values: [l.amount] })),
            { label: '收入总计', values: [s.revenueTotal] },
            { label: '支出总计', values: [s.expenditureTotal] },
          ],
          fiscalAppropriation: [
            ...f.revenue.map((l) => ({ label: l.label, values: [l.amount] })),
            ...f.expenditure.map((l) => ({
              label: l.label,
              values: [l.total, l.generalPublic, l.governmentFund, l.stateCapital],
            })),
            { label: '收入总计', values: [f.revenueTotal] },
            { label: '支出总计', values: [et.total, et.generalPublic, et.governmentFund, et.stateCapital] },
          ],
        };
      for (const key of ['financialSummary', 'fiscalAppropriation'] as const) {
        const where = `${id} · ${tableName(key)}`;
        const items: SummaryItem[] = pagesOf(key).flatMap((p) => summaryItems(p, year));
        if (items.length === 0) problems.push(`${where}: no printed lines found`);
        for (const it of items) {
          const js = lines[key].filter((l) => squash(l.label) === squash(it.label));
          if (js.length !== 1) {
            problems.push(`${where} · "${it.label}" (line ${it.line}): ${js.length} JSON lines with this label`);
            continue;
          }
          const jv = js[0]!.values;
          const ok =
            year === 2021
              ? same(nonZero(it.values), nonZero(jv))
              : jv.every((v, i) => (v ?? 0) === (it.values[i] ?? 0)) && it.values.length <= jv.length;
          if (!ok)
            problems.push(`${where} · "${it.label}" (line ${it.line}): printed ${fmt(it.values)}, JSON ${fmt(jv)}`);
        }
        for (const l of lines[key]) {
          const n = items.filter((it) => squash(it.label) === squash(l.label)).length;
          if (n !== 1)
            problems.push(`${where} · JSON line "${l.label}" ${fmt(l.values)}: printed ${n} times (expected once)`);
        }
        console.log(
          `${where}: ${items.length} lines, ${items.reduce((a, it) => a + nonZero(it.values).length, 0)} non-zero figures`,
        );
      }
      expect(problems).toEqual([]);
    });

    it('表9 三公: the seven printed 万元 figures, converted exactly', () => {
      const ps = pagesOf('threePublic');
      expect(ps, `${id}: 表9 pages`).toHaveLength(1);
      const split = (t: string): string[] =>
        year === 2021 ? t.trim().split(/\s+/) : t.split('\t').map((c) => c.trim());
      const rows = ps[0]!.lines
        .map((l) => split(l.text))
        .filter((c) => c.some(Boolean) && c.every((x) => x === '' || /^[\d,]+\.\d+$/.test(x)));
      expect(rows, `${id} · 表9: lines of figures`).toHaveLength(1);
      expect(rows[0], `${id} · 表9: printed cells`).toHaveLength(7);
      const printed = Object.fromEntries(THREE_PUBLIC.map((k, i) => [k, rows[0]![i] ? wanToYuan(rows[0]![i]!) : 0]));
      expect(doc.tables.threePublic, `${id} · 表9: printed ${rows[0]!.join(' | ')} 万元`).toEqual(printed);
    });

    it('every 万元 figure of the text is a StatedAmount (or change) with the exact yuan amount', () => {
      const problems: string[] = [];
      const WAN = /(\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?=万元)/g;
      const stated: Rec[] = [];
      const walk = (v: unknown): void => {
        if (Array.isArray(v)) v.forEach(walk);
        else if (v && typeof v === 'object') {
          const o = v as Rec;
          if (typeof o.printed === 'string' && typeof o.amount === 'number') stated.push(o);
          Object.values(o).forEach(walk);
        }
      };
      walk(doc);
      const flat = squash(text);
      const byNumber = new Map<string, number>();
      for (const o of stated) {
        const printed = o.printed as string;
        const wan = /(\d[\d,]*(?:\.(\d+))?)万元/.exec(printed);
        const expected = wan ? wanToYuan(wan[1]!) : /^(0|持平)$/.test(printed) ? 0 : NaN;
        if (o.amount !== expected)
          problems.push(`${id} · stated "${printed}": JSON amount ${String(o.amount)}, exact conversion ${expected}`);
        if ('precision' in o && o.precision !== (wan ? 10 ** (6 - (wan[2]?.length ?? 0)) : 100))
          problems.push(`${id} · stated "${printed}": precision ${String(o.precision)}`);
        if (!flat.includes(squash(printed))) problems.push(`${id} · stated "${printed}": not in the text`);
        if (typeof o.sentence === 'string' && !flat.includes(squash(o.sentence)))
          problems.push(`${id} · stated "${printed}": sentence not in the text: ${o.sentence}`);
        if (wan) byNumber.set(wan[1]!, (byNumber.get(wan[1]!) ?? 0) + 1);
      }
      const mentions = new Map<string, number>();
      for (const m of text.matchAll(WAN)) mentions.set(m[0], (mentions.get(m[0]) ?? 0) + 1);
      const missing: Record<string, number> = {};
      for (const [n, count] of mentions) {
        const inJson = byNumber.get(n) ?? 0;
        if (count > inJson) missing[n] = count - inJson;
      }
      for (const [n, count] of byNumber) {
        if (count > (mentions.get(n) ?? 0))
          problems.push(
            `${id} · "${n}万元": ${count} StatedAmounts/changes in the JSON, printed ${mentions.get(n) ?? 0} times`,
          );
      }
      const jsonText = JSON.stringify(doc);
      for (const n of Object.keys(missing))
        if (!jsonText.includes(`${n}万元`)) problems.push(`${id} · "${n}万元" is not in the JSON at all`);
      const total = [...mentions.values()].reduce((a, b) => a + b, 0);
      console.log(
        `${id} · text: ${total} 万元 mentions (${mentions.size} distinct), ${stated.length} StatedAmounts/changes in the JSON; not structured: ${JSON.stringify(missing)}`,
      );
      expect(problems).toEqual([]);
      expect(missing, `${id}: 万元 figures of the text with no StatedAmount (number -> times)`).toEqual(
        UNSTRUCTURED[year],
      );
    });

    it('projects, budget units and glossary terms: counts and names as printed', () => {
      const ps = projects(text);
      expect(
        doc.projects.map((p) => p.name),
        `${id}: project titles`,
      ).toEqual(ps.map((p) => p.name));
      ps.forEach((p, i) => {
        const first = /(\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?万元/.exec(p.budget)?.[0] ?? null;
        const j = doc.projects[i]!;
        expect(
          j.amount?.printed ?? null,
          `${id} · project ${j.id} ${p.name} (line ${p.line}): 年度预算安排 "${p.budget}"`,
        ).toBe(first);
        if (first)
          expect(j.amount!.amount, `${id} · project ${j.id}: ${first}`).toBe(wanToYuan(first.replace('万元', '')));
      });
      const unitLines = section(text, /机构设置$/, /^名词解释$/).flatMap(
        (l) => /^\s*\d+\.\s*(\S.*)$/.exec(l)?.[1]?.trim() ?? [],
      );
      expect(unitLines, `${id}: budget units printed`).toHaveLength(units);
      expect(doc.budgetUnits.units, `${id}: budget units`).toEqual(unitLines);
      const terms = section(text, /^名词解释$/, /编制说明$/).flatMap(
        (l) => /^\s*（[一二三四五六七八九十]+）(.+?)：/.exec(l)?.[1] ?? [],
      );
      expect(terms, `${id}: glossary terms printed`).toHaveLength(glossary);
      expect(
        doc.glossary.map((g) => g.term),
        `${id}: glossary terms`,
      ).toEqual(terms);
      console.log(`${id}: ${ps.length} projects, ${unitLines.length} budget units, ${terms.length} glossary terms`);
    });
  });
}
