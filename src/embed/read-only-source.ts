// A view state source that ignores changes: the `static` embed shows the chart as published,
// whatever is clicked (the components stay the same; only their navigation goes nowhere).
import type { ViewStateSource } from '../state/view-state-source';

export function readOnlySource(source: ViewStateSource): ViewStateSource {
  return { ...source, set: () => undefined };
}
