// Where work is put off (scheduler.ts): a view that draws itself in pieces wraps them in
// DeferredWork; a kiosk slide or an embed, which must show everything drawn at once, wraps what
// it shows in NoDeferredWork, and every DeferredWork inside it then defers nothing. Printing (the
// dialog's `beforeprint`, or print media, which a PDF renderer or a test emulates) does everything
// put off, synchronously, before the page is laid out for paper.
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { printMedia } from '../use-printing';
import { AT_ONCE, createScheduler, type Scheduler } from './scheduler';

/** null: no DeferredWork around, so nothing is put off. */
const SchedulerContext = createContext<Scheduler | null>(null);

export const useScheduler = (): Scheduler => useContext(SchedulerContext) ?? AT_ONCE;

export function DeferredWork({ children }: { children: ReactNode }) {
  const outer = useContext(SchedulerContext);
  const [own] = useState(() => (outer?.off ? null : createScheduler()));
  useEffect(() => {
    if (!own) return;
    const all = () => own.now('all');
    const onChange = (event: MediaQueryListEvent) => {
      if (event.matches) all();
    };
    window.addEventListener('beforeprint', all);
    printMedia?.addEventListener('change', onChange);
    return () => {
      window.removeEventListener('beforeprint', all);
      printMedia?.removeEventListener('change', onChange);
      own.dispose();
    };
  }, [own]);
  return <SchedulerContext value={own ?? outer}>{children}</SchedulerContext>;
}

export function NoDeferredWork({ children }: { children: ReactNode }) {
  return <SchedulerContext value={AT_ONCE}>{children}</SchedulerContext>;
}
