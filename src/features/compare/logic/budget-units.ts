// The budget units (机构设置, 列示至基层预算单位) of two documents, compared by name. A name
// printed with an added or dropped alias in brackets — 2026 lists "上海市医药集中招标采购事务管理所
// （上海医药采购中心）" where 2021 has the name alone — is the same unit, marked as renamed, not as
// one unit ending and another starting.

type UnitStatus = 'both' | 'new' | 'removed';

export interface UnitComparison {
  /** The name in the to-year when listed there, else the from-year name. */
  name: string;
  fromName: string | null;
  toName: string | null;
  status: UnitStatus;
  /** Listed in both years, printed differently. */
  renamed: boolean;
}

/** The name without a trailing bracketed alias and without spaces: what identifies the unit. */
export function unitKey(name: string): string {
  return name
    .replace(/\s+/g, '')
    .replace(/[（(][^（）()]*[）)]$/, '')
    .trim();
}

export function compareUnits(fromUnits: readonly string[], toUnits: readonly string[]): UnitComparison[] {
  const fromByKey = new Map(fromUnits.map((n) => [unitKey(n), n]));
  const toKeys = new Set(toUnits.map(unitKey));
  const listed: UnitComparison[] = toUnits.map((toName) => {
    const fromName = fromByKey.get(unitKey(toName)) ?? null;
    return {
      name: toName,
      fromName,
      toName,
      status: fromName === null ? 'new' : 'both',
      renamed: fromName !== null && fromName !== toName,
    };
  });
  const gone: UnitComparison[] = fromUnits
    .filter((n) => !toKeys.has(unitKey(n)))
    .map((fromName) => ({ name: fromName, fromName, toName: null, status: 'removed', renamed: false }));
  return [...listed, ...gone];
}
