// The width a compare chart is drawn at. Like useMeasuredWidth (src/components/treemap), but a
// card drawn in place of its placeholder starts at the placeholder's width (CardWidthContext):
// the chart is then drawn in the card's first, interruptible render instead of a second,
// synchronous one after a forced layout. A ResizeObserver keeps the width right either way (its
// first report comes after layout and before paint, so a wrong guess never shows).
// The width returned is the drawing's: the box's width divided by ChartScaleContext (1 except in
// the kiosk), whole pixels. The cards lay out their labels, domains and rows in drawing units for
// 11-12 px text, and ChartSlot (charts/lazy.tsx) scales the drawing up to the box, text included.
// The element measured is the card's own box, never the scaled drawing, so the width never feeds
// back on itself.
import { useContext, useLayoutEffect, useState, type RefObject } from 'react';
import { ChartScaleContext } from '../../../components/chart-scale';
import { CardWidthContext } from '../cards/card-context';

export function useChartWidth(ref: RefObject<HTMLElement | null>): number {
  const known = useContext(CardWidthContext);
  const scale = useContext(ChartScaleContext);
  const [width, setWidth] = useState(known ?? 0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setWidth(Math.floor(element.getBoundingClientRect().width));
    if (known === null || typeof ResizeObserver === 'undefined') measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, known]);
  return scale > 1 ? Math.floor(width / scale) : width;
}
