// Data of an older contract version, brought to the current one before it is validated. Embed
// codes pin a data version by its content hash (docs/EMBED.md), and the archive keeps those files
// byte for byte (data/versions/), so files of version 1 stay in use after the contract moved on:
// they are migrated when loaded, never rejected. Pure: the input is not changed.
//
// Version 1 -> 2: money was integer yuan and becomes integer fen, so every money field (listed
// explicitly below, from schema.ts) is multiplied by 100; the fields version 2 added get the
// values every version-1 document had: a municipal department budget (市级部门预算) whose
// tables print whole yuan, and discrepancies without a page.
//
// Anything else is returned as it is: current data, and data of an unknown version, which the
// validator then rejects with its own message ("schemaVersion 3, expected 2"). A value of the wrong
// shape or type is left alone too, so that validation still reports it: a money field is only
// scaled when it is a safe integer (1.5 yuan stays 1.5 and fails as "expected int").

/**
 * The contract version the migrations lead to: schema.ts's SCHEMA_VERSION (a test keeps the two
 * equal). Written out rather than imported, so that this module imports nothing and the build's
 * Node plugins (scripts/vite/data-versions.ts) can load it as it is.
 */
export const MIGRATED_VERSION = 2;

/** A money field, or the money fields of an object, or of each element of an array. */
type Spec = 'money' | { readonly [key: string]: Spec } | readonly [Spec];

const M = 'money';
const STATED: Spec = { amount: M, precision: M, change: { amount: M } }; // StatedAmount
const LINE: Spec = { amount: M }; // SummaryLine
const REVENUE: Spec = { total: M, fiscal: M, business: M, operating: M, other: M }; // RevenueRow, RevenueTotals
const FUNCTION: Spec = { total: M, basic: M, project: M }; // FunctionRow, FunctionTotals
const ECONOMIC: Spec = { total: M, personnel: M, publicUse: M }; // EconomicRow, EconomicTotals
const APPROPRIATION: Spec = { total: M, generalPublic: M, governmentFund: M, stateCapital: M }; // AppropriationLine

/** Every money field of a version-1 BudgetDocument. */
const DOCUMENT_V1: Spec = {
  budgetNotes: {
    revenueTotal: STATED,
    fiscalRevenue: STATED,
    expenditureTotal: STATED,
    fiscalExpenditure: STATED,
    generalPublicExpenditure: STATED,
    governmentFundExpenditure: STATED,
    stateCapitalExpenditure: STATED,
    byCategory: [{ amount: STATED }],
  },
  tables: {
    financialSummary: { revenue: [LINE], revenueTotal: M, expenditure: [LINE], expenditureTotal: M },
    revenueByFunction: [REVENUE],
    expenditureByFunction: [FUNCTION],
    fiscalAppropriation: {
      revenue: [LINE],
      revenueTotal: M,
      expenditure: [APPROPRIATION],
      expenditureTotal: APPROPRIATION,
    },
    generalPublicByFunction: [FUNCTION],
    governmentFundByFunction: [FUNCTION],
    stateCapitalByFunction: [FUNCTION],
    basicByEconomic: [ECONOMIC],
    threePublic: {
      total: M,
      overseas: M,
      reception: M,
      vehicles: M,
      vehiclePurchase: M,
      vehicleOperation: M,
      agencyOperation: M,
    },
  },
  tableTotals: {
    revenueByFunction: REVENUE,
    expenditureByFunction: FUNCTION,
    generalPublicByFunction: FUNCTION,
    governmentFundByFunction: FUNCTION,
    stateCapitalByFunction: FUNCTION,
    basicByEconomic: ECONOMIC,
  },
  otherNotes: {
    threePublic: {
      total: STATED,
      overseas: STATED,
      vehicles: STATED,
      vehiclePurchase: STATED,
      vehicleOperation: STATED,
      reception: STATED,
    },
    agencyOperation: { amount: STATED },
    procurement: {
      total: STATED,
      goods: STATED,
      works: STATED,
      services: STATED,
      smeReserved: STATED,
      smallMicroReserved: STATED,
    },
    performance: { amount: STATED },
  },
  projects: [{ amount: STATED }],
  discrepancies: [{ printed: M, expected: M }],
};

const FEN_PER_YUAN = 100;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `value` with the money fields `spec` names multiplied by 100; null, absent and ill-typed parts unchanged. */
function toFen(value: unknown, spec: Spec): unknown {
  if (spec === M) return Number.isSafeInteger(value) ? (value as number) * FEN_PER_YUAN : value;
  if (Array.isArray(spec)) return Array.isArray(value) ? value.map((item) => toFen(item, spec[0] as Spec)) : value;
  if (!isObject(value)) return value;
  const out: Json = { ...value };
  for (const [key, inner] of Object.entries(spec)) if (key in out) out[key] = toFen(out[key], inner);
  return out;
}

/** `fields` put right after `key` (the schema's order, so a migrated file reads like a new one). */
function insertAfter(object: Json, key: string, fields: Json): Json {
  const out: Json = {};
  for (const [k, v] of Object.entries(object)) {
    if (!(k in fields)) out[k] = v;
    if (k === key) Object.assign(out, fields);
  }
  return key in object ? out : { ...out, ...fields };
}

/** What every version-1 document was: a municipal department budget. */
const V1_IDENTITY = { level: 'municipal', district: null, kind: 'department' } as const;

/** A BudgetDocument of any version as the current contract has it; see the head of this file. */
export function migrateDocument(json: unknown): unknown {
  if (!isObject(json) || json.schemaVersion !== 1) return json;
  const doc = toFen(json, DOCUMENT_V1) as Json;
  const discrepancies = Array.isArray(doc.discrepancies)
    ? doc.discrepancies.map((d: unknown) => (isObject(d) ? insertAfter(d, 'row', { page: null }) : d))
    : doc.discrepancies;
  return {
    ...insertAfter(doc, 'title', { ...V1_IDENTITY, printsFen: false }),
    schemaVersion: MIGRATED_VERSION,
    discrepancies,
  };
}

/** A DataIndex (index.json, or the archive's versions.json) of any version as the current contract has it. */
export function migrateIndex(json: unknown): unknown {
  if (!isObject(json) || json.schemaVersion !== 1) return json;
  const documents = Array.isArray(json.documents)
    ? json.documents.map((entry: unknown) => (isObject(entry) ? insertAfter(entry, 'department', V1_IDENTITY) : entry))
    : json.documents;
  return { ...json, schemaVersion: MIGRATED_VERSION, documents };
}
