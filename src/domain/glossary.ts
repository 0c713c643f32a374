// The glossary (名词解释) of a document, matched to stable term keys. The documents print terms
// with varying decoration ("基本支出预算" in the glossary, "基本支出" in a table header, “三公”经费
// with curly or straight quotes), so terms are compared after normalizing. The keys are what the
// English glosses in the `glossary` locale namespace are filed under.

const GLOSSARY_KEYS = [
  'fiscalRevenue',
  'businessRevenue',
  'operatingRevenue',
  'otherRevenue',
  'basic',
  'project',
  'threePublic',
  'agencyOperation',
] as const;
export type GlossaryKey = (typeof GLOSSARY_KEYS)[number];

/** The normalized Chinese term each key stands for. */
const TERMS: Record<GlossaryKey, string> = {
  fiscalRevenue: '财政拨款收入',
  businessRevenue: '事业收入',
  operatingRevenue: '事业单位经营收入',
  otherRevenue: '其他收入',
  basic: '基本支出',
  project: '项目支出',
  threePublic: '三公经费',
  agencyOperation: '机关运行经费',
};

export interface GlossaryEntry {
  term: string;
  definition: string;
}

/** Drops quotes, spaces and a trailing 预算, so "基本支出预算" and “三公”经费 match their keys. */
export function normalizeTerm(term: string): string {
  return term.replace(/[\s“”"「」『』‘’']/g, '').replace(/预算$/, '');
}

/** The key of a printed term, or null for a term without one. */
export function glossaryKeyOf(term: string): GlossaryKey | null {
  const normalized = normalizeTerm(term);
  return GLOSSARY_KEYS.find((key) => TERMS[key] === normalized) ?? null;
}

/** The entry of a glossary that defines the term with this key, if the document has one. */
export function findGlossaryEntry(glossary: readonly GlossaryEntry[], key: GlossaryKey): GlossaryEntry | undefined {
  return glossary.find((entry) => glossaryKeyOf(entry.term) === key);
}

/** The newest glossary that defines the key: later documents may define more terms than earlier ones. */
export function latestDefinition<D extends { year: number; glossary: readonly GlossaryEntry[] }>(
  documents: readonly D[],
  key: GlossaryKey,
): { year: number; entry: GlossaryEntry } | null {
  const newestFirst = [...documents].sort((a, b) => b.year - a.year);
  for (const doc of newestFirst) {
    const entry = findGlossaryEntry(doc.glossary, key);
    if (entry) return { year: doc.year, entry };
  }
  return null;
}
