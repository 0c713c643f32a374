// Draws the deferred cards of the compare view after its first screen: one card per idle moment,
// in document order, each in a transition (React yields to input while rendering it), so the page
// never blocks for long; placeholders near the viewport ask for themselves first (Deferred.tsx).
// Print needs every card: `beforeprint` and a print media query draw all of them synchronously.
import { startTransition, useCallback, useEffect, useMemo, useState, type ReactNode, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { whenIdle } from './idle';
import { MountingContext, NONE_MOUNTED, pendingCards, withCards, type Mounting } from './mounting';
import type { DeferredCard } from './placeholder-height';

interface Props {
  /** The view's element: where to look for the placeholders still waiting. */
  root: RefObject<HTMLElement | null>;
  children: ReactNode;
}

export function DeferredMounting({ root, children }: Props) {
  const [mounted, setMounted] = useState(NONE_MOUNTED);

  const reveal = useCallback((cards: readonly DeferredCard[] | 'all', urgency: 'now' | 'soon') => {
    const update = () => setMounted((state) => withCards(state, cards));
    if (urgency === 'now') flushSync(update);
    else startTransition(update);
  }, []);

  // Printing (the dialog, or a PDF renderer that emulates print media) gets the whole page.
  useEffect(() => {
    const print = window.matchMedia?.('print');
    if (print?.matches) setMounted((state) => withCards(state, 'all'));
    const all = () => reveal('all', 'now');
    const onChange = (event: MediaQueryListEvent) => {
      if (event.matches) all();
    };
    print?.addEventListener('change', onChange);
    window.addEventListener('beforeprint', all);
    return () => {
      print?.removeEventListener('change', onChange);
      window.removeEventListener('beforeprint', all);
    };
  }, [reveal]);

  // After each commit, the next waiting card at the next idle moment (the effect runs after paint).
  useEffect(() => {
    if (mounted.all) return;
    return whenIdle(() => {
      const [next] = pendingCards(root.current);
      if (next) reveal([next], 'soon');
    });
  }, [mounted, reveal, root]);

  const value = useMemo<Mounting>(() => ({ isMounted: (card) => mounted.all || mounted.cards.has(card), reveal }), [mounted, reveal]);
  return <MountingContext value={value}>{children}</MountingContext>;
}
