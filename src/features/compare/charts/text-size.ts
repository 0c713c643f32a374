// The size of the compare charts' small text (axis values, the amounts written at the bars), in
// drawing px. 11 px, one step under the 12 px names; but a chart scaled up for the kiosk
// (ChartScaleContext) draws it at 12: scaled 1.79 times, 11 px would read under 0.7 of the
// kiosk's body text. The cards make room for the amounts at this size, the drawings draw them at it.
import { useContext } from 'react';
import { ChartScaleContext } from '../../../components/chart-scale';

const SMALL_TEXT_PX = 11;
const SMALL_TEXT_SCALED_PX = 12;

export function useSmallTextPx(): number {
  return useContext(ChartScaleContext) > 1 ? SMALL_TEXT_SCALED_PX : SMALL_TEXT_PX;
}
