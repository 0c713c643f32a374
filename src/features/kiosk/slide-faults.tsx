// The two deliberate failures a tour can ask for (see tour.ts and the README): they go through the
// same boundary and watchdog as a real fault of a view, so the tests exercise the real paths.
import { use } from 'react';
import type { SlideFault } from './tour';

const never = new Promise<never>(() => undefined);

function Throws(): never {
  throw new Error('kiosk-test-throw: this slide fails on purpose');
}

function Hangs() {
  // Suspends for ever, like a view whose code or data never arrives.
  use(never);
  return null;
}

export function SlideFaultProbe({ fault }: { fault: SlideFault }) {
  if (fault === 'throw') return <Throws />;
  if (fault === 'hang') return <Hangs />;
  return null;
}
