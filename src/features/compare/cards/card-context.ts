// What a card of the compare view knows from its place in the registry (registry.tsx, CardSlot).
import { createContext, useContext } from 'react';

/** The card's id: its test id, its root's data-card (the placeholder script measures it), its downloads' name. */
export const CardIdContext = createContext<string | null>(null);
export const useCardId = (): string | null => useContext(CardIdContext);

/** The width a drawn card's charts have, known from its placeholder (null: not known, measure it). */
export const CardWidthContext = createContext<number | null>(null);
