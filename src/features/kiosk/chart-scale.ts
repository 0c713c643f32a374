// How much larger the kiosk draws charts (ChartScaleContext, src/components/chart-scale.ts).
// Its text is sized in rem and the root font size follows the screen (kiosk.css), while charts
// write their labels in px; scaling a chart by the root font size over the app's 16 px makes its
// labels grow exactly as much as the text around it (1.79 at 1920x1080: 12 px labels read 21 px).
import { useSyncExternalStore } from 'react';

/** The root font size of the ordinary app (the browser's default; styles.css does not change it). */
const APP_ROOT_FONT_PX = 16;

/** The chart scale for a root font size in px: never below 1, two decimals (no jitter from sub-pixel sizes). */
export function chartScaleFor(rootFontPx: number): number {
  if (!Number.isFinite(rootFontPx) || rootFontPx <= APP_ROOT_FONT_PX) return 1;
  return Math.round((rootFontPx / APP_ROOT_FONT_PX) * 100) / 100;
}

const read = () => chartScaleFor(parseFloat(getComputedStyle(document.documentElement).fontSize));

const subscribe = (onChange: () => void) => {
  // The root font size follows the viewport: it changes with the window (e.g. entering full screen).
  window.addEventListener('resize', onChange);
  // And it takes the kiosk's size only once the player has put its class on the root, which happens
  // in an effect after the first slide has rendered (use-kiosk-document.ts): watch for it.
  const classes = new MutationObserver(onChange);
  classes.observe(document.documentElement, { attributes: true, attributeFilter: ['class', 'style'] });
  return () => {
    window.removeEventListener('resize', onChange);
    classes.disconnect();
  };
};

export function useKioskChartScale(): number {
  return useSyncExternalStore(subscribe, read, () => 1);
}
