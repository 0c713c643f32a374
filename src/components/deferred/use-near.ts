// Whether an element has come near the viewport (once near, it stays so). Deferred work near the
// viewport is done first; a chart far down waits for it. The margin lets a fast scroll find the
// work done before it comes into view.
import { useEffect, useState, type RefObject } from 'react';
import { scrollRoot } from './idle';

const NEAR_MARGIN = '600px 0px';

/** `onNear` (kept from the first render) gets the entry that found it near, e.g. for its size without a layout. */
export function useNear(ref: RefObject<Element | null>, onNear?: (entry: IntersectionObserverEntry) => void): boolean {
  // Without an observer (an old browser, a test's DOM) everything is near.
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  const [report] = useState(() => onNear);
  useEffect(() => {
    const element = ref.current;
    if (near || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        const entry = entries.find((e) => e.isIntersecting);
        if (!entry) return;
        report?.(entry);
        setNear(true);
      },
      { root: scrollRoot(element), rootMargin: NEAR_MARGIN },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, near, report]);
  return near;
}
