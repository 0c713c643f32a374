// Draws the deferred cards of the compare view after the headline: one card per task, each in a
// transition (React yields to input while rendering it), so the page never blocks for long.
// Cards near the viewport come first, as soon as the page is free; the others one by one in
// idle time, in document order. A jump draws what it needs at once (SectionNav), and so does
// print: `beforeprint` and a print media query draw every card synchronously.
import { startTransition, useCallback, useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { drawAtOnce } from '../charts/turns';
import { whenIdle } from './idle';
import {
  MountedContext,
  NONE_MOUNTED,
  RevealContext,
  cardOf,
  revealOf,
  waitingPlaceholders,
  withCards,
  type Reveal,
  type RevealFn,
} from './mounting';
import type { DeferredCard } from './placeholder-height';
import { printMedia } from '../../../components/use-printing';

interface Props {
  /** The view's element: where to look for the placeholders still waiting. */
  root: RefObject<HTMLElement | null>;
  children: ReactNode;
}

export function DeferredMounting({ root, children }: Props) {
  const [mounted, setMounted] = useState(NONE_MOUNTED);
  // Cards near the viewport that asked to be drawn, and a counter that wakes the scheduler.
  const near = useRef(new Map<DeferredCard, number | null>());
  const [asked, setAsked] = useState(0);

  const draw = useCallback(
    (reveals: readonly Reveal[] | 'all') => startTransition(() => setMounted((state) => withCards(state, reveals))),
    [],
  );

  const reveal = useCallback<RevealFn>(
    (reveals, urgency, scope) => {
      // Synchronously, with their charts (no waiting for a turn): the caller reads or prints the page
      // next. Print draws every chart; a jump those of its section (and those near the viewport).
      if (urgency === 'now')
        drawAtOnce(
          () => setMounted((state) => withCards(state, reveals)),
          reveals === 'all' ? 'all' : (scope ?? 'all'),
        );
      else if (reveals === 'all') draw('all');
      else {
        for (const r of reveals) near.current.set(r.card, r.width);
        setAsked((n) => n + 1);
      }
    },
    [draw],
  );

  // Printing (the dialog, or a PDF renderer that emulates print media) gets the whole page.
  useEffect(() => {
    if (printMedia?.matches) setMounted((state) => withCards(state, 'all'));
    const all = () => reveal('all', 'now');
    const onChange = (event: MediaQueryListEvent) => {
      if (event.matches) all();
    };
    printMedia?.addEventListener('change', onChange);
    window.addEventListener('beforeprint', all);
    return () => {
      printMedia?.removeEventListener('change', onChange);
      window.removeEventListener('beforeprint', all);
    };
  }, [reveal]);

  // After each commit (and each ask), the next card: a near one in the next task, else the first
  // waiting one at the next idle moment. One at a time, so no task draws two cards.
  useEffect(() => {
    if (mounted.all) return;
    for (const card of near.current.keys()) if (mounted.cards.has(card)) near.current.delete(card);
    const first = waitingPlaceholders(root.current).find((el) => near.current.has(cardOf(el)));
    if (first) {
      const card = cardOf(first);
      const timer = window.setTimeout(() => draw([{ card, width: near.current.get(card) ?? null }]), 0);
      return () => window.clearTimeout(timer);
    }
    return whenIdle(() => {
      const [next] = waitingPlaceholders(root.current);
      if (next) draw([revealOf(next)]);
    });
  }, [mounted, asked, draw, root]);

  return (
    <RevealContext value={reveal}>
      <MountedContext value={mounted}>{children}</MountedContext>
    </RevealContext>
  );
}
