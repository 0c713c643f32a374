// 其他相关情况说明: 三公, 机关运行经费, 政府采购, 绩效目标, 国有资产. Each part is found by the words
// of its heading and its sentences, not by its position.
import type { z } from '../domain/zod.ts';
import type * as S from '../domain/schema.ts';
import type { OtherNotes } from '../domain/schema.ts';
import { paragraphs, type ProseOptions } from './prose.ts';
import { findStated } from './stated.ts';
import { IngestError, type Line } from './types.ts';

type Vehicle = z.infer<typeof S.VehicleCount>;

const HEADING = /^[一二三四五六七八九十]+、/;

function parts(lines: Line[], opts: ProseOptions): { heading: string; paragraphs: string[] }[] {
  const out: { heading: string; paragraphs: string[] }[] = [];
  for (const p of paragraphs(lines, opts)) {
    if (HEADING.test(p) && p.length <= 30) out.push({ heading: p, paragraphs: [] });
    else if (out.length > 0) out[out.length - 1]!.paragraphs.push(p);
    else out.push({ heading: '', paragraphs: [p] });
  }
  return out;
}

function kinds(sentence: string): Vehicle[] {
  const list = /其中[：:](.*?)[；;。]/.exec(sentence)?.[1] ?? '';
  return list
    .split('、')
    .map((item) => /^(.+?)(\d+)辆$/.exec(item.trim()))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ kind: m[1]!, count: Number(m[2]) }));
}

export function parseOtherNotes(lines: Line[], opts: ProseOptions, docId: string): OtherNotes {
  const all = parts(lines, opts);
  // A count the part should state but does not is an error, never a silent 0.
  const int = (re: RegExp, text: string): number => {
    const m = re.exec(text);
    if (!m) throw new IngestError(`${docId}: 其他相关情况说明 does not state ${re.source} in "${text}"`);
    return Number(m[1]);
  };
  const part = (word: RegExp) => all.find((p) => word.test(p.heading));
  const three = part(/三公/);
  if (!three) throw new IngestError(`${docId}: 其他相关情况说明 has no “三公” part`);
  const tp = three.paragraphs;
  const total = findStated(tp, '“三公”经费预算(?:数)?(?:为)?');
  if (!total) throw new IngestError(`${docId}: the “三公” part does not state the total`);
  const agency = part(/机关运行经费/);
  const agencyAmount = agency ? findStated(agency.paragraphs, '机关运行经费预算(?:数)?(?:为)?') : null;
  const proc = part(/政府采购/);
  const procTotal = proc ? findStated(proc.paragraphs, '政府采购预算(?:为)?') : null;
  const perf = part(/绩效/);
  const perfText = perf?.paragraphs.join('') ?? '';
  const perfAmount = perf ? findStated(perf.paragraphs, '涉及项目预算资金(?:为)?') : null;
  const assets = part(/国有资产/);
  const current = assets?.paragraphs.find((p) => /共有车辆/.test(p)) ?? '';
  const planned = assets?.paragraphs.find((p) => /安排购置车辆/.test(p)) ?? '';
  return {
    threePublic: {
      total,
      overseas: findStated(tp, '因公出国[（(]境[）)]费(?:预算)?(?:为)?'),
      vehicles: findStated(tp, '公务用车购置及运行费(?:预算)?(?:为)?'),
      vehiclePurchase: findStated(tp, '公务用车购置费(?:预算)?(?:为)?'),
      vehicleOperation: findStated(tp, '公务用车运行费(?:预算)?(?:为)?'),
      reception: findStated(tp, '公务接待费(?:预算)?(?:为)?'),
      paragraphs: tp,
    },
    agencyOperation: agency && agencyAmount ? { amount: agencyAmount, paragraphs: agency.paragraphs } : null,
    procurement:
      proc && procTotal
        ? {
            total: procTotal,
            goods: findStated(proc.paragraphs, '政府采购货物预算(?:为)?'),
            works: findStated(proc.paragraphs, '政府采购工程预算(?:为)?'),
            services: findStated(proc.paragraphs, '政府采购服务预算(?:为)?'),
            smeReserved: findStated(proc.paragraphs, '面向中小企业预留政府采购项目预算金额(?:为)?'),
            smallMicroReserved: findStated(proc.paragraphs, '预留给小型和微型企业的政府采购项目预算(?:金额)?(?:为)?'),
            paragraphs: proc.paragraphs,
          }
        : null,
    performance:
      perf && perfAmount
        ? {
            // "本单位编报…" (a unit budget, or a department of one unit) states no count: it is this one unit.
            units: /(\d+)个预算单位/.test(perfText)
              ? int(/(\d+)个预算单位/, perfText)
              : /本单位编报/.test(perfText)
                ? 1
                : int(/(\d+)个预算单位/, perfText),
            projects: int(/编报绩效目标的项目(?:共)?(\d+)个/, perfText),
            amount: perfAmount,
            paragraphs: perf.paragraphs,
          }
        : null,
    assets: assets
      ? {
          asOf: /截至(\d{4}年\d{1,2}月\d{1,2}日)/.exec(current)?.[1] ?? null,
          vehicles: int(/共有车辆(\d+)辆/, current),
          vehiclesByKind: kinds(current),
          equipmentOver1m: int(/以上设备[（(]不含车辆[）)](\d+)台/, current),
          plannedVehicles: int(/安排购置车辆(\d+)辆/, planned),
          plannedVehiclesByKind: kinds(planned),
          plannedEquipmentOver1m: int(/以上设备[（(]不含车辆[）)](\d+)台/, planned),
          paragraphs: assets.paragraphs,
        }
      : null,
  };
}
