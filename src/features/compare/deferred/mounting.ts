// Which of the compare view's deferred cards are drawn. The view draws its first screen at once
// and the other cards as placeholders (heading and reserved height); DeferredMounting fills them
// in: those near the viewport first, the rest one by one in idle time, all at once for print.
import { createContext, useContext } from 'react';
import type { DeferredCard } from './placeholder-height';

/**
 * 'now': drawn in this task, before the caller goes on (a jump, print). 'near': near the
 * viewport, drawn before the others, in a task of its own as soon as the page is free.
 */
export type Urgency = 'now' | 'near';

/** A card to draw and the width its charts will have (its placeholder's content width; null: unknown, the chart measures). */
export interface Reveal {
  card: DeferredCard;
  width: number | null;
}

export interface MountedCards {
  all: boolean;
  cards: ReadonlyMap<DeferredCard, number | null>;
}

export const NONE_MOUNTED: MountedCards = { all: false, cards: new Map() };

/** The state with these cards (or all) added; the same object when nothing is new, so React skips the update. */
export function withCards(state: MountedCards, reveals: readonly Reveal[] | 'all'): MountedCards {
  if (state.all) return state;
  if (reveals === 'all') return { all: true, cards: state.cards };
  const added = reveals.filter((r) => !state.cards.has(r.card));
  if (added.length === 0) return state;
  const cards = new Map(state.cards);
  for (const r of added) cards.set(r.card, r.width);
  return { all: false, cards };
}

/** `scope`: for 'now', the section whose waiting charts are drawn too (default: every chart). */
export type RevealFn = (reveals: readonly Reveal[] | 'all', urgency: Urgency, scope?: Element) => void;

/** What is drawn; changes with every card drawn. Outside a DeferredMounting everything is drawn at once. */
export const MountedContext = createContext<MountedCards>({ all: true, cards: new Map() });
/** How to ask for cards; never changes, so asking does not re-render the askers (placeholders, the section jumps). */
export const RevealContext = createContext<RevealFn>(() => undefined);
/** The width a deferred card's charts have, known from its placeholder (null: not known, measure it). */
export const CardWidthContext = createContext<number | null>(null);

export const useReveal = (): RevealFn => useContext(RevealContext);

/** The content width of a placeholder (its heading row spans it), as the charts measure theirs: whole pixels. */
export function placeholderWidth(placeholder: Element): number | null {
  const head = placeholder.querySelector('.cmp-card-head');
  return head ? Math.floor(head.getBoundingClientRect().width) : null;
}

/** The placeholders still waiting inside an element, in document order; with `upTo`, only those before or inside it. */
export function waitingPlaceholders(root: ParentNode | null | undefined, upTo?: Element): HTMLElement[] {
  if (!root) return [];
  const waiting = [...root.querySelectorAll<HTMLElement>('[data-deferred]')];
  return upTo
    ? waiting.filter(
        (el) => upTo.contains(el) || (el.compareDocumentPosition(upTo) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
      )
    : waiting;
}

export const cardOf = (placeholder: HTMLElement): DeferredCard => placeholder.dataset.deferred as DeferredCard;

/** A placeholder to draw, with its width (read now: call where layout is up to date, e.g. an idle callback). */
export const revealOf = (placeholder: HTMLElement): Reveal => ({
  card: cardOf(placeholder),
  width: placeholderWidth(placeholder),
});
