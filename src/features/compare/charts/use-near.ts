// Whether an element has come near the viewport (once near, it stays so). The compare view's
// charts are drawn only then: a recharts chart costs a phone tens of ms of main thread, and a
// reader who stays at the top never pays for the charts further down. The margin is the one the
// deferred cards use, so at a fast scroll a chart is drawn before it comes into view.
import { useEffect, useState, type RefObject } from 'react';
import { scrollRoot } from '../deferred/idle';

export const NEAR_MARGIN = '600px 0px';

export function useNear(ref: RefObject<Element | null>): boolean {
  // Without an observer (an old browser, a test's DOM) everything is near.
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = ref.current;
    if (near || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setNear(true);
      },
      { root: scrollRoot(element), rootMargin: NEAR_MARGIN },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, near]);
  return near;
}
