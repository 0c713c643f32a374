// How many times larger than usual a chart is shown, text included. A chart lays itself out at
// its measured width divided by this and its drawing is scaled up to fill the same box, so its
// labels grow with the page's text and still fit (label-fit.ts works in drawing units). 1 except
// in the kiosk, whose type is scaled to be read from a few metres (src/features/kiosk/kiosk.css).
import { createContext } from 'react';

export const ChartScaleContext = createContext(1);
