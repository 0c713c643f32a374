// Money in the data contract is an integer number of fen (分; 100 fen = 1 yuan), from contract
// version 2 on (schema.ts). These are the exact conversions every display and export goes
// through: on the integer, with BigInt where digits are dropped, or on its decimal string, never
// by a float division, so 9628221344 fen is "96282213.44" yuan and never 96282213.44000001.

export const FEN_PER_YUAN = 100;

export function assertFen(fen: number): void {
  if (!Number.isInteger(fen)) throw new RangeError(`money must be integer fen, got ${fen}`);
}

/** The amount is not a whole number of yuan (a figure printed to the fen). */
export function hasFen(fen: number): boolean {
  return fen % FEN_PER_YUAN !== 0;
}

/**
 * |fen| / 10^exponent rounded half away from zero (四舍五入, as the published tables round) to
 * `decimals`, as an exact decimal string: (754813000, 6, 2) -> "754.81".
 */
export function scaledAbs(fen: number, exponent: number, decimals: number): string {
  let n = BigInt(Math.abs(fen));
  const drop = exponent - decimals;
  if (drop > 0) {
    const f = 10n ** BigInt(drop);
    n = (n + f / 2n) / f;
  } else if (drop < 0) {
    n *= 10n ** BigInt(-drop);
  }
  const digits = n.toString().padStart(decimals + 1, '0');
  const cut = digits.length - decimals;
  return decimals > 0 ? `${digits.slice(0, cut)}.${digits.slice(cut)}` : digits;
}

/**
 * Yuan as an exact decimal string, without trailing zeros, for machine-readable values (the
 * `value` of <data>, exports): 9628221344 -> "96282213.44", 24653087200 -> "246530872", -5 -> "-0.05".
 */
export function yuanText(fen: number): string {
  assertFen(fen);
  const text = scaledAbs(fen, 2, 2).replace(/\.?0+$/, '');
  return fen < 0 ? `-${text}` : text;
}

/**
 * Yuan as a number, for JSON and spreadsheet cells: the double nearest to the exact decimal
 * (parsed from yuanText, so it prints back as that decimal up to 15 significant digits, i.e. any
 * amount below 10^13 yuan).
 */
export function yuanNumber(fen: number): number {
  return Number(yuanText(fen));
}
