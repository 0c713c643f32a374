// Whether charts inside draw whole in one go rather than step by step in idle time (the compare
// view's turns, src/features/compare/charts/turns.ts). A kiosk slide is shown to an audience for
// a few seconds: charts building up in front of it would look broken, and nobody is typing.
import { createContext } from 'react';

export const DrawWholeContext = createContext(false);
