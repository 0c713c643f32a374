// The sections of the compare view, in page order: each is a jump of SectionNav (its label is
// nav.<id> in the compare texts) and holds the registry's cards that name it, in their order.
import type { ComponentType, ReactNode } from 'react';
import { LinesHead } from '../LineControls';

export const SECTIONS = ['where', 'splits', 'lines', 'charts', 'timeline', 'figures', 'units'] as const;
export type SectionId = (typeof SECTIONS)[number];

/** A section with a heading of its own is a framed panel; its cards are parts of it (placeholders without a title). */
const HEADS: Partial<Record<SectionId, ComponentType<{ titleId: string }>>> = { lines: LinesHead };
/** Full-width cards one under the other; the other sections are a grid of one column, two from 1000 px (compare.css). */
const COLUMNS: readonly SectionId[] = ['charts'];

export function Section({ id, children }: { id: SectionId; children: ReactNode }) {
  const Head = HEADS[id];
  if (Head)
    return (
      <section id={`cmp-${id}`} className="cmp-section" aria-labelledby={`cmp-${id}-title`}>
        <Head titleId={`cmp-${id}-title`} />
        {children}
      </section>
    );
  return (
    <div id={`cmp-${id}`} className={COLUMNS.includes(id) ? undefined : 'cmp-grid'}>
      {children}
    </div>
  );
}
