// The data contract: one zod schema used by the ingest to write public/data/*.json and by the
// app to read it back. Types come from z.infer. docs/DATA.md explains every field. Written with
// zod/mini (functions and .check() instead of methods) so the browser loads only what it uses.
//
// Invariants every consumer may rely on:
// - Money is an integer number of fen (分, 1/100 yuan) from version 2 on: the documents of many
//   units print 元 to the fen (96,282,213.44元 -> 9628221344), which integer yuan (version 1)
//   could not hold. Figures printed in 万元 are converted exactly (193.70万元 -> 193700000;
//   754.813万元 -> 754813000), never kept as floats. Version-1 data (yuan) is migrated on load
//   (migrate.ts), so an embed pinned to an old data version still opens.
// - Codes are national classification codes written together: "210" (类), "21015" (款),
//   "2101504" (项); economic "302", "30201". A code's level follows from its length.
// - An empty cell in a row of numbers is 0; a table or figure the document does not have is null.
import { z } from './zod';

export const SCHEMA_VERSION = 2;

export const Money = z.number().check(z.int(), z.describe('integer fen (分); 100 fen = 1 yuan (元)'));
const FunctionCode = z.string().check(z.regex(/^\d{3}(\d{2}){0,2}$/, 'function code: 3, 5 or 7 digits'));
const EconomicCode = z.string().check(z.regex(/^\d{3}(\d{2})?$/, 'economic code: 3 or 5 digits'));

export const RevenueRow = z.object({
  code: FunctionCode,
  name: z.string().check(z.minLength(1)),
  total: Money, // 合计
  fiscal: Money, // 财政拨款收入
  business: Money, // 事业收入
  operating: Money, // 事业单位经营收入
  other: Money, // 其他收入
});

export const FunctionRow = z.object({
  code: FunctionCode,
  name: z.string().check(z.minLength(1)),
  total: Money, // 合计
  basic: Money, // 基本支出
  project: Money, // 项目支出
});

export const EconomicRow = z.object({
  code: EconomicCode,
  name: z.string().check(z.minLength(1)),
  total: Money, // 合计
  personnel: Money, // 人员经费
  publicUse: Money, // 公用经费
});

/** A figure as the text of the document states it (编制说明, 其他相关情况说明, project descriptions). */
export const StatedChange = z.object({
  previousYear: z.number().check(z.int()),
  direction: z.enum(['increase', 'decrease', 'unchanged']),
  amount: Money, // absolute size of the change; 0 when unchanged
  printed: z.string(), // as printed, e.g. "增加4,259万元" or "持平"
});

export const StatedAmount = z.object({
  amount: Money,
  printed: z.string(), // as printed, e.g. "30,017万元"
  // fen value of the last printed digit: 1000000 for "30,017万元", 10000 for "193.70万元", 1000 for
  // "754.813万元", 100 for a whole-yuan figure ("为0元"), 1 for a figure printed to the fen
  precision: Money,
  change: z.nullable(StatedChange), // the change against the year before, when the sentence states one
  sentence: z.string(), // the sentence the figure comes from
});

/**
 * The 基本支出 (人员经费, 公用经费) / 项目支出 columns a unit budget's 表1 (财务收支预算总表) prints
 * beside each expenditure line; department budgets print only the total.
 */
const ExpenditureSplit = z.object({
  personnel: Money, // 基本支出 人员经费
  publicUse: Money, // 基本支出 公用经费
  project: Money, // 项目支出
});

export const SummaryLine = z.object({
  label: z.string(), // as printed, e.g. "一、财政拨款收入"
  key: z.string(), // stable key: fiscal, generalPublic, governmentFund, stateCapital, business, operating, other, or a 类 code
  amount: z.nullable(Money), // null when the line is printed without a figure
  split: z.optional(z.nullable(ExpenditureSplit)), // unit budgets' 表1 only; absent or null elsewhere
});

export const FinancialSummary = z.object({
  revenue: z.array(SummaryLine),
  revenueTotal: Money,
  expenditure: z.array(SummaryLine), // key = 类 code
  expenditureTotal: Money,
  expenditureTotalSplit: z.optional(z.nullable(ExpenditureSplit)), // the 支出总计 line's split, as SummaryLine.split
});

export const AppropriationLine = z.object({
  label: z.string(),
  key: z.string(), // 类 code
  total: Money,
  generalPublic: Money,
  governmentFund: z.nullable(Money), // null when the document has no such column
  stateCapital: z.nullable(Money),
});

export const FiscalAppropriation = z.object({
  revenue: z.array(SummaryLine), // keys generalPublic, governmentFund, stateCapital
  revenueTotal: Money,
  expenditure: z.array(AppropriationLine),
  expenditureTotal: z.omit(AppropriationLine, { label: true, key: true }),
});

export const ThreePublic = z.object({
  total: Money, // "三公"经费合计
  overseas: Money, // 因公出国(境)费
  reception: Money, // 公务接待费
  vehicles: Money, // 公务用车购置及运行费 小计
  vehiclePurchase: Money, // 购置费
  vehicleOperation: Money, // 运行费
  agencyOperation: Money, // 机关运行经费
});

const RevenueTotals = z.omit(RevenueRow, { code: true, name: true });
const FunctionTotals = z.omit(FunctionRow, { code: true, name: true });
const EconomicTotals = z.omit(EconomicRow, { code: true, name: true });

export const Tables = z.object({
  financialSummary: FinancialSummary, // 表1 部门财务收支预算总表
  revenueByFunction: z.array(RevenueRow), // 表2 部门收入预算总表
  expenditureByFunction: z.array(FunctionRow), // 表3 部门支出预算总表
  fiscalAppropriation: FiscalAppropriation, // 表4 部门财政拨款收支预算总表
  generalPublicByFunction: z.array(FunctionRow), // 表5 一般公共预算支出功能分类预算表
  governmentFundByFunction: z.nullable(z.array(FunctionRow)), // 表6 政府性基金; [] printed empty, null absent
  stateCapitalByFunction: z.nullable(z.array(FunctionRow)), // 表7 国有资本经营; [] printed empty, null absent
  basicByEconomic: z.array(EconomicRow), // 表8 一般公共预算基本支出经济分类预算表
  threePublic: ThreePublic, // 表9 "三公"经费和机关运行经费预算表
});

/** The printed 合计 row of each table (the rows themselves exclude it). */
export const TableTotals = z.object({
  revenueByFunction: RevenueTotals,
  expenditureByFunction: FunctionTotals,
  generalPublicByFunction: FunctionTotals,
  governmentFundByFunction: z.nullable(FunctionTotals),
  stateCapitalByFunction: z.nullable(FunctionTotals),
  basicByEconomic: EconomicTotals,
});

export const BudgetNotes = z.object({
  revenueTotal: z.nullable(StatedAmount),
  fiscalRevenue: z.nullable(StatedAmount),
  expenditureTotal: StatedAmount,
  fiscalExpenditure: StatedAmount,
  generalPublicExpenditure: z.nullable(StatedAmount),
  governmentFundExpenditure: z.nullable(StatedAmount),
  stateCapitalExpenditure: z.nullable(StatedAmount),
  reason: z.nullable(z.string()), // 主要原因 sentence, when given
  byCategory: z.array(z.object({ code: FunctionCode, name: z.string(), amount: StatedAmount, purpose: z.string() })),
  paragraphs: z.array(z.string()),
});

export const VehicleCount = z.object({ kind: z.string(), count: z.number().check(z.int(), z.nonnegative()) });

export const OtherNotes = z.object({
  threePublic: z.object({
    total: StatedAmount,
    overseas: z.nullable(StatedAmount),
    vehicles: z.nullable(StatedAmount),
    vehiclePurchase: z.nullable(StatedAmount),
    vehicleOperation: z.nullable(StatedAmount),
    reception: z.nullable(StatedAmount),
    paragraphs: z.array(z.string()),
  }),
  agencyOperation: z.nullable(z.object({ amount: StatedAmount, paragraphs: z.array(z.string()) })),
  procurement: z.nullable(
    z.object({
      total: StatedAmount,
      goods: z.nullable(StatedAmount),
      works: z.nullable(StatedAmount),
      services: z.nullable(StatedAmount),
      smeReserved: z.nullable(StatedAmount), // 面向中小企业预留
      smallMicroReserved: z.nullable(StatedAmount), // 其中预留给小型和微型企业
      paragraphs: z.array(z.string()),
    }),
  ),
  performance: z.nullable(
    z.object({
      units: z.number().check(z.int(), z.nonnegative()), // 预算单位个数
      projects: z.number().check(z.int(), z.nonnegative()), // 编报绩效目标的项目个数
      amount: StatedAmount, // 涉及项目预算资金
      paragraphs: z.array(z.string()),
    }),
  ),
  assets: z.nullable(
    z.object({
      asOf: z.nullable(z.string()), // e.g. "2025年8月31日"
      vehicles: z.number().check(z.int(), z.nonnegative()),
      vehiclesByKind: z.array(VehicleCount),
      equipmentOver1m: z.number().check(z.int(), z.nonnegative()), // 单价100万元（含）以上设备（不含车辆）台（套）
      plannedVehicles: z.number().check(z.int(), z.nonnegative()),
      plannedVehiclesByKind: z.array(VehicleCount),
      plannedEquipmentOver1m: z.number().check(z.int(), z.nonnegative()),
      paragraphs: z.array(z.string()),
    }),
  ), // null: the document has no 国有资产占有使用情况 section
});

export const Project = z.object({
  id: z.string(), // stable within the document: p01, p02, ... in document order
  name: z.string(), // title without the trailing 项目经费情况说明
  overview: z.string(), // 一、项目概述
  basis: z.string(), // 二、立项依据
  implementer: z.string(), // 三、实施主体
  plan: z.string(), // 四、实施方案
  period: z.string(), // 五、实施周期
  budget: z.string(), // 六、年度预算安排, as printed
  targets: z.string(), // 七、绩效目标
  amount: z.nullable(StatedAmount), // the annual amount the text states; null when it gives none
  functionCode: z.nullable(FunctionCode), // the 项 line it belongs to, where the document allows; else null
});

export const Discrepancy = z.object({
  check: z.string(), // which check found it
  table: z.string(),
  row: z.string(),
  page: z.nullable(z.number().check(z.int())), // the page of the PDF as printed on it; null when not known
  printed: Money,
  expected: Money,
  note: z.string(), // why it is accepted (from the reviewed errata file)
});

export const Level = z.enum(['municipal', 'district']); // 市级 / 区级
const District = z.nullable(z.string()); // e.g. 普陀区; null for municipal
export const DocumentKind = z.enum(['department', 'unit']); // 部门预算 / 单位预算

export const BudgetDocument = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  year: z.number().check(z.int(), z.gte(2000), z.lte(2100)),
  department: z.string().check(z.minLength(1)),
  title: z.string(), // e.g. 上海市2026年市级部门预算
  level: Level, // 市级 / 区级
  district: District, // e.g. 普陀区; null for a municipal document
  kind: DocumentKind, // 部门预算 / 单位预算
  // true when the 元 tables print two decimals (96,282,213.44; 1149678.00); false when they print
  // whole yuan (the HSA documents). The app shows 元 figures to the fen only when it is true.
  printsFen: z.boolean(),
  source: z.object({ file: z.string(), sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)) }),
  functions: z.object({ paragraphs: z.array(z.string()), items: z.array(z.string()) }), // 主要职能
  budgetUnits: z.object({ paragraphs: z.array(z.string()), units: z.array(z.string()) }), // 机构设置
  glossary: z.array(z.object({ term: z.string(), definition: z.string() })), // 名词解释
  budgetNotes: BudgetNotes, // 部门预算编制说明
  tables: Tables,
  tableTotals: TableTotals,
  otherNotes: OtherNotes, // 其他相关情况说明
  projects: z.array(Project), // 项目经费情况说明
  discrepancies: z.array(Discrepancy), // acknowledged in data/errata, shown by the dashboard
});

export const DataIndex = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  documents: z.array(
    z.object({
      id: z.string(),
      year: z.number().check(z.int()),
      // the department's stable key in links (`dept`): the id without its year, e.g. shanghai-hsa.
      // Absent in data versions archived before the library (derived from the id then: library.ts).
      dept: z.optional(z.string().check(z.regex(/^[a-z0-9-]+$/))),
      department: z.string(),
      // the department's English name, our translation (data/sources/departments.json); null: none yet
      departmentEn: z.optional(z.nullable(z.string())),
      level: Level,
      district: District,
      kind: DocumentKind,
      file: z.string(), // relative to public/data/
      hash: z.string().check(z.regex(/^[0-9a-f]{16}$/)), // first 16 hex digits of the file's sha256: the data version
      bytes: z.number().check(z.int(), z.positive()),
      // first 16 hex digits of the sha256 of the published source (PDF or text): an imported file
      // with the same hash is this document
      source: z.optional(z.string().check(z.regex(/^[0-9a-f]{16}$/))),
    }),
  ),
});

export type Money = z.infer<typeof Money>;
export type RevenueRow = z.infer<typeof RevenueRow>;
export type FunctionRow = z.infer<typeof FunctionRow>;
export type EconomicRow = z.infer<typeof EconomicRow>;
export type StatedAmount = z.infer<typeof StatedAmount>;
export type StatedChange = z.infer<typeof StatedChange>;
export type SummaryLine = z.infer<typeof SummaryLine>;
type ExpenditureSplit = z.infer<typeof ExpenditureSplit>;
export type Level = z.infer<typeof Level>;
export type DocumentKind = z.infer<typeof DocumentKind>;
export type ThreePublic = z.infer<typeof ThreePublic>;
export type Tables = z.infer<typeof Tables>;
export type TableTotals = z.infer<typeof TableTotals>;
export type BudgetNotes = z.infer<typeof BudgetNotes>;
export type OtherNotes = z.infer<typeof OtherNotes>;
export type Project = z.infer<typeof Project>;
export type Discrepancy = z.infer<typeof Discrepancy>;
export type BudgetDocument = z.infer<typeof BudgetDocument>;
export type DataIndex = z.infer<typeof DataIndex>;
