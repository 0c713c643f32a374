// Which of the compare view's deferred cards are drawn. The view draws its first screen at once
// and the other cards as placeholders (heading and reserved height); DeferredMounting fills them
// in: those near the viewport first, the rest one by one in idle time, all at once for print.
import { createContext, useContext } from 'react';
import type { DeferredCard } from './placeholder-height';

/** 'now': drawn in this task, before the caller goes on (a jump, print); 'soon': drawn in a transition React may interrupt. */
export type Urgency = 'now' | 'soon';

export interface Mounting {
  isMounted(card: DeferredCard): boolean;
  reveal(cards: readonly DeferredCard[] | 'all', urgency: Urgency): void;
}

export interface MountedCards {
  all: boolean;
  cards: ReadonlySet<DeferredCard>;
}

export const NONE_MOUNTED: MountedCards = { all: false, cards: new Set() };

/** The state with these cards (or all) added; the same object when nothing is new, so React skips the update. */
export function withCards(state: MountedCards, cards: readonly DeferredCard[] | 'all'): MountedCards {
  if (state.all) return state;
  if (cards === 'all') return { all: true, cards: state.cards };
  const added = cards.filter((c) => !state.cards.has(c));
  return added.length === 0 ? state : { all: false, cards: new Set([...state.cards, ...added]) };
}

/** Outside a DeferredMounting (e.g. a card rendered on its own) everything is drawn at once. */
export const MountingContext = createContext<Mounting>({ isMounted: () => true, reveal: () => undefined });

export const useMounting = (): Mounting => useContext(MountingContext);

/** The deferred cards still waiting inside an element, in document order; with `upTo`, only those before or inside it. */
export function pendingCards(root: ParentNode | null | undefined, upTo?: Element): DeferredCard[] {
  if (!root) return [];
  const waiting = [...root.querySelectorAll<HTMLElement>('[data-deferred]')];
  const wanted = upTo ? waiting.filter((el) => upTo.contains(el) || (el.compareDocumentPosition(upTo) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0) : waiting;
  return wanted.map((el) => el.dataset.deferred as DeferredCard);
}
