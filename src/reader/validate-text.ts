// Checks that the figures stated in the text match the tables within their printed precision
// (30,017万元 vs 300,170,000 exactly; 1,552万元 vs 15,517,039 within ±5,000), and that the text
// agrees with itself (三公 parts and changes, procurement parts, vehicles by kind, unit counts).
import type { BudgetDocument, StatedAmount, StatedChange } from '../domain/schema.ts';
import type { Checks } from './checks.ts';
import { parseWan } from './parse-money.ts';
import { TABLE_LABEL } from './types.ts';

const NOTES = '编制说明';
const OTHER = '其他相关情况说明';

/**
 * A figure of the text against the table, within its printed precision. Some documents cut the
 * digits off instead of rounding (87.70万元 for 877,080元, Putuo finance 2025): a figure that is the
 * table's figure cut off at its last printed digit agrees too.
 */
function stated(
  c: Checks,
  section: string,
  what: string,
  s: StatedAmount | null,
  table: number,
  against: string,
): void {
  if (!s) return;
  // A stated 0 ("因公出国（境）费0万元") says nothing is budgeted: it must be exactly 0.
  if (s.amount === 0) {
    c.eq(`${what} ${s.printed} = ${against}`, section, `sentence “${s.sentence}”`, 0, table);
    return;
  }
  const cutOff = Math.floor(table / s.precision) * s.precision;
  c.eq(
    `${what} ${s.printed} = ${against}`,
    section,
    `sentence “${s.sentence}”`,
    s.amount,
    s.amount === cutOff ? s.amount : table,
    s.precision,
  );
}

/** "…2026年预算安排201.50万元…": an item that restates its amount later in its sentence. */
function restated(c: Checks, code: string, name: string, sentence: string, table: number): void {
  const m = /(\d{4})年(?:预算安排|预算数为)([\d,]+(?:\.\d+)?)万元/.exec(sentence);
  if (!m) return;
  const at = sentence.slice(0, m.index).lastIndexOf('。') + 1;
  sentence = sentence.slice(at, sentence.indexOf('。', m.index) + 1 || undefined);
  const { amount, precision } = parseWan(m[2]!);
  const s: StatedAmount = { amount, precision, printed: `${m[2]}万元`, change: null, sentence };
  stated(c, NOTES, `${m[1]}年预算安排 of ${code} ${name}`, s, table, `${TABLE_LABEL.expenditureByFunction} ${code}`);
}

const signed = (ch: StatedChange | null | undefined): number | null =>
  !ch ? null : ch.direction === 'increase' ? ch.amount : ch.direction === 'decrease' ? -ch.amount : 0;

export function validateText(doc: BudgetDocument, c: Checks): void {
  const t = doc.tables;
  const tt = doc.tableTotals;
  const n = doc.budgetNotes;
  const s = t.financialSummary;
  const fiscal = s.revenue.find((l) => l.key === 'fiscal')?.amount ?? 0;
  stated(c, NOTES, '收入预算', n.revenueTotal, s.revenueTotal, `${TABLE_LABEL.financialSummary} 收入总计`);
  stated(c, NOTES, '财政拨款收入', n.fiscalRevenue, fiscal, `${TABLE_LABEL.financialSummary} 财政拨款收入`);
  stated(
    c,
    NOTES,
    '支出预算',
    n.expenditureTotal,
    tt.expenditureByFunction.total,
    `${TABLE_LABEL.expenditureByFunction} 合计`,
  );
  stated(
    c,
    NOTES,
    '财政拨款支出预算',
    n.fiscalExpenditure,
    t.fiscalAppropriation.expenditureTotal.total,
    `${TABLE_LABEL.fiscalAppropriation} 支出总计`,
  );
  stated(
    c,
    NOTES,
    '一般公共预算拨款支出预算',
    n.generalPublicExpenditure,
    tt.generalPublicByFunction.total,
    `${TABLE_LABEL.generalPublicByFunction} 合计`,
  );
  stated(
    c,
    NOTES,
    '政府性基金拨款支出预算',
    n.governmentFundExpenditure,
    tt.governmentFundByFunction?.total ?? 0,
    `${TABLE_LABEL.governmentFundByFunction} 合计`,
  );
  stated(
    c,
    NOTES,
    '国有资本经营预算拨款支出预算',
    n.stateCapitalExpenditure,
    tt.stateCapitalByFunction?.total ?? 0,
    `${TABLE_LABEL.stateCapitalByFunction} 合计`,
  );
  for (const b of n.byCategory) {
    const line = t.fiscalAppropriation.expenditure.find((l) => l.key === b.code);
    const row = t.expenditureByFunction.find((r) => r.code === b.code);
    const against = line
      ? `${TABLE_LABEL.fiscalAppropriation} ${b.code}`
      : `${TABLE_LABEL.expenditureByFunction} ${b.code}`;
    stated(c, NOTES, `“${b.name}”`, b.amount, line?.total ?? row?.total ?? 0, against);
    const paragraph = n.paragraphs.find((x) => x.includes(b.amount.sentence)) ?? b.amount.sentence;
    if (b.code.length > 3) restated(c, b.code, row?.name ?? b.name, paragraph, row?.total ?? 0);
  }

  const o = doc.otherNotes;
  const p = t.threePublic;
  const L9 = `${TABLE_LABEL.threePublic}`;
  const tp = o.threePublic;
  stated(c, OTHER, '“三公”经费', tp.total, p.total, `${L9} 合计`);
  stated(c, OTHER, '因公出国（境）费', tp.overseas, p.overseas, `${L9} 因公出国(境)费`);
  stated(c, OTHER, '公务用车购置及运行费', tp.vehicles, p.vehicles, `${L9} 公务用车购置及运行费`);
  stated(c, OTHER, '公务用车购置费', tp.vehiclePurchase, p.vehiclePurchase, `${L9} 购置费`);
  stated(c, OTHER, '公务用车运行费', tp.vehicleOperation, p.vehicleOperation, `${L9} 运行费`);
  stated(c, OTHER, '公务接待费', tp.reception, p.reception, `${L9} 公务接待费`);
  stated(c, OTHER, '机关运行经费', o.agencyOperation?.amount ?? null, p.agencyOperation, `${L9} 机关运行经费`);
  const changes = [tp.overseas, tp.vehicles, tp.reception].map((x) => signed(x?.change));
  const total = signed(tp.total.change);
  if (total !== null && changes.every((x) => x !== null)) {
    c.eq(
      'change of the total = sum of the changes of its parts',
      OTHER,
      `sentence “${tp.total.sentence}”`,
      total,
      changes.reduce((a, b) => a! + b!, 0)!,
    );
  }
  const vehicleParts = [tp.vehiclePurchase, tp.vehicleOperation].map((x) => signed(x?.change));
  const vehicles = signed(tp.vehicles?.change);
  if (vehicles !== null && vehicleParts.every((x) => x !== null)) {
    c.eq(
      'change of 公务用车购置及运行费 = changes of 购置费 + 运行费',
      OTHER,
      `sentence “${tp.vehicles!.sentence}”`,
      vehicles,
      vehicleParts.reduce((a, b) => a! + b!, 0)!,
    );
  }
  const pr = o.procurement;
  if (pr && pr.goods && pr.works && pr.services) {
    const tol = Math.max(pr.goods.precision, pr.works.precision, pr.services.precision, pr.total.precision);
    c.eq(
      '政府采购预算 = 货物 + 工程 + 服务',
      OTHER,
      `sentence “${pr.total.sentence}”`,
      pr.total.amount,
      pr.goods.amount + pr.works.amount + pr.services.amount,
      tol,
    );
  }
  if (o.assets) {
    const a = o.assets;
    c.countEq(
      '车辆 = sum by kind',
      OTHER,
      `车辆 as of ${a.asOf ?? '?'}`,
      a.vehicles,
      a.vehiclesByKind.reduce((x, k) => x + k.count, 0),
    );
    c.countEq(
      '安排购置车辆 = sum by kind',
      OTHER,
      '安排购置车辆',
      a.plannedVehicles,
      a.plannedVehiclesByKind.reduce((x, k) => x + k.count, 0),
    );
  }
  const unitCount = doc.budgetUnits.paragraphs.join('').match(/本部以及下属(\d+)家预算单位/);
  if (unitCount)
    c.countEq(
      'units listed = 本部 + 下属 units',
      '机构设置',
      `paragraph “${unitCount[0]}”`,
      doc.budgetUnits.units.length,
      Number(unitCount[1]) + 1,
    );
}
