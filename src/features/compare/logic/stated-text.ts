// The compare view's wording of a change in percentage points: tiny non-zero changes get two
// decimals instead of a "<0.1" that reads awkwardly after a sign. (Stated amounts at their printed
// precision: src/domain/stated-money.ts.)
import { formatPoints } from '../../../domain/money-format';
import type { Lang } from '../../../domain/lang';
/**
 * A change of a share in percentage points, always signed: "+1.2个百分点" / "+1.2 pp". A change
 * too small for one decimal is given with two ("+0.04个百分点"); one too small for two is
 * `aboutZero` ("约0个百分点" / "about 0 pp"), never a sign in front of "<0.1".
 */
export function changePointsText(pp: number, lang: Lang, aboutZero: string): string {
  const oneDecimal = formatPoints(pp, lang);
  if (!oneDecimal.includes('<')) return oneDecimal;
  const twoDecimals = formatPoints(pp, lang, { decimals: 2 });
  return twoDecimals.includes('<') ? aboutZero : twoDecimals;
}
