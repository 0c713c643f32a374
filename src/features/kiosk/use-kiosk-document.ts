// While the kiosk shows, <html> carries the `kiosk-mode` class: the root font size then follows
// the viewport (kiosk.css), so the type every view sets in rem is readable from 3 m on a 1080p or
// a 4K screen alike, and the page itself never scrolls.
import { useEffect } from 'react';

export function useKioskDocument(): void {
  useEffect(() => {
    const root = document.documentElement;
    root.classList.add('kiosk-mode');
    return () => root.classList.remove('kiosk-mode');
  }, []);
}
