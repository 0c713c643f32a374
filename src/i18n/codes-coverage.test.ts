// Every classification code in the published data has an English name (namespace `codes`), so a
// new ingest with a new 类/款/项 or economic code fails here instead of showing an English reader
// the Chinese name. Codes come from every place a view shows one: the coded tables, the 类 lines
// of the two summary tables, the budget notes' categories and the projects' 项 lines.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { codeName, createI18n } from '.';
import en from './locales/en/codes.json';
import zh from './locales/zh-CN/codes.json';

type Classification = 'function' | 'economic';

interface Row {
  code: string;
  name: string;
}

interface Doc {
  tables: {
    revenueByFunction: Row[];
    expenditureByFunction: Row[];
    generalPublicByFunction: Row[];
    governmentFundByFunction: Row[] | null;
    stateCapitalByFunction: Row[] | null;
    basicByEconomic: Row[];
    fiscalAppropriation: { expenditure: { key: string; label: string }[] };
    financialSummary: { expenditure: { key: string; label: string }[] };
  };
  budgetNotes: { byCategory: Row[] } | null;
  projects: { functionCode: string | null }[];
}

const dataDir = new URL('../../public/data/', import.meta.url);
const read = (file: string): unknown => JSON.parse(readFileSync(new URL(file, dataDir), 'utf8'));
const index = read('index.json') as { documents: { file: string }[] };

/** code -> where it occurs, and the names the coded tables print for it */
const found = { function: new Map<string, Set<string>>(), economic: new Map<string, Set<string>>() };
const printed = { function: new Map<string, Set<string>>(), economic: new Map<string, Set<string>>() };
function note(cls: Classification, code: string, file: string, name?: string) {
  const where = found[cls].get(code) ?? found[cls].set(code, new Set()).get(code)!;
  where.add(file);
  if (name === undefined) return;
  const names = printed[cls].get(code) ?? printed[cls].set(code, new Set()).get(code)!;
  names.add(name);
}

for (const { file } of index.documents) {
  const doc = read(file) as Doc;
  const t = doc.tables;
  const functionTables = [
    t.revenueByFunction,
    t.expenditureByFunction,
    t.generalPublicByFunction,
    t.governmentFundByFunction,
    t.stateCapitalByFunction,
  ];
  for (const rows of functionTables) for (const row of rows ?? []) note('function', row.code, file, row.name);
  for (const line of [...t.fiscalAppropriation.expenditure, ...t.financialSummary.expenditure]) {
    note('function', line.key, file); // key = 类 code
  }
  for (const category of doc.budgetNotes?.byCategory ?? []) note('function', category.code, file); // name: 类…款…项 path
  for (const project of doc.projects) if (project.functionCode) note('function', project.functionCode, file);
  for (const row of t.basicByEconomic) note('economic', row.code, file, row.name);
}

const english: Record<Classification, Record<string, string>> = en;
const chinese: Record<Classification, Record<string, string>> = zh;
const cases = (['function', 'economic'] as const).flatMap((cls) =>
  [...found[cls]].map(([code, files]) => ({ cls, code, files: [...files].join(', ') })),
);

describe('codes', () => {
  it('the data has codes of both classifications to check', () => {
    expect(found.function.size).toBeGreaterThan(0);
    expect(found.economic.size).toBeGreaterThan(0);
  });

  it.each(cases)('$cls $code ($files) has an English name', ({ cls, code }) => {
    expect(english[cls][code]?.trim()).toBeTruthy();
    expect(english[cls][code]).not.toMatch(/[\u4e00-\u9fff]/); // a translation, not the printed name
  });

  it.each(cases)('$cls $code: the Chinese text is a name the tables print for it', ({ cls, code }) => {
    const names = printed[cls].get(code);
    if (names) expect([...names]).toContain(chinese[cls][code]);
    else expect(chinese[cls][code]?.trim()).toBeTruthy();
  });

  it('keeps the numbers a name carries', () => {
    for (const cls of ['function', 'economic'] as const) {
      for (const [code, name] of Object.entries(chinese[cls])) {
        for (const number of name.match(/\d+/g) ?? []) expect(english[cls][code]).toContain(number);
      }
    }
  });

  it('is what the views show in English; Chinese shows the printed name', () => {
    expect(codeName(createI18n('en'), 'function', '2101501', '行政运行')).toBe('Administrative operation');
    expect(codeName(createI18n('zh-CN'), 'function', '2101501', '行政运行')).toBe('行政运行');
  });
});
