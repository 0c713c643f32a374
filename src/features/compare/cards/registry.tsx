// The cards of the compare view, in page order. CompareView maps over this list; the tests and
// the downloads' names read it. A card is:
// - id: its test id, its root's data-card, its downloads' name (hsa-budget-compare-<id>-…) and the
//   key of its measured placeholder height (placeholder-sizes.ts);
// - section: the jump it is under (sections.tsx);
// - title: its heading, shown by its placeholder before it is drawn (none: a part of a section
//   with a heading of its own);
// - draw: 'deferred', a placeholder until its turn of the view's deferred work (CardSlot), or
//   'at-once', with the headline (on the first screen, in the prerendered page too);
// - render: the card's component, given what the view computes once for all cards.
// Adding a card: its own file, an entry here, and `npx tsx scripts/measure-placeholders.ts` for
// its placeholder height (see the README).
import type { ReactNode } from 'react';
import type { DiffRow } from '../../../domain/compare';
import type { Classification, CompareLevel, Measure } from '../../../state/link/values';
import { ChangeBars } from '../ChangeBars';
import { ChangeTreemap } from '../ChangeTreemap';
import { FiguresCard } from '../FiguresCard';
import { LineTable } from '../LineTable';
import type { Translate } from '../logic/sentence-text';
import { ProjectsCard } from '../ProjectsCard';
import { SplitCard } from '../SplitCard';
import { TimelineCard } from '../TimelineCard';
import { UnitsCard } from '../UnitsCard';
import type { ComparePair } from '../use-compare';
import { WaterfallCard } from '../WaterfallCard';
import type { SectionId } from './sections';

/** What the view computes once for every card: the pair, and the lines of the classification, measure and level the URL asks for. */
export interface CardData {
  pair: ComparePair;
  rows: DiffRow[];
  cls: Classification;
  level: CompareLevel;
  measure: Measure;
}

export interface CompareCard<Id extends string = string> {
  id: Id;
  section: SectionId;
  title?: (t: Translate, years: { from: number; to: number }) => string;
  draw: 'deferred' | 'at-once';
  render: (data: CardData) => ReactNode;
}

const CARDS = [
  {
    id: 'waterfall-category',
    section: 'where',
    title: (t, years) => t('waterfall.title.category', years),
    draw: 'deferred',
    render: ({ pair }) => <WaterfallCard pair={pair} groupBy="category" />,
  },
  {
    id: 'waterfall-basicProject',
    section: 'where',
    title: (t, years) => t('waterfall.title.basicProject', years),
    draw: 'deferred',
    render: ({ pair }) => <WaterfallCard pair={pair} groupBy="basicProject" />,
  },
  {
    id: 'split-basicProject',
    section: 'splits',
    title: (t) => t('splits.title.basicProject'),
    draw: 'deferred',
    render: ({ pair }) => <SplitCard pair={pair} kind="basicProject" />,
  },
  {
    id: 'split-personnelPublicUse',
    section: 'splits',
    title: (t) => t('splits.title.personnelPublicUse'),
    draw: 'deferred',
    render: ({ pair }) => <SplitCard pair={pair} kind="personnelPublicUse" />,
  },
  {
    id: 'lines',
    section: 'lines',
    draw: 'deferred',
    render: ({ pair, rows, cls, level, measure }) => (
      <LineTable pair={pair} rows={rows} cls={cls} level={level} measure={measure} />
    ),
  },
  {
    id: 'change-bars',
    section: 'charts',
    title: (t) => t('bars.title'),
    draw: 'deferred',
    render: ({ pair, rows, cls, level }) => <ChangeBars pair={pair} rows={rows} cls={cls} level={level} />,
  },
  {
    id: 'change-treemap',
    section: 'charts',
    title: (t) => t('treemap.title'),
    draw: 'deferred',
    render: ({ pair, rows, cls }) => <ChangeTreemap pair={pair} rows={rows} cls={cls} />,
  },
  {
    id: 'timeline-expenditure',
    section: 'timeline',
    title: (t) => t('timeline.title.expenditure'),
    draw: 'deferred',
    render: () => <TimelineCard series="expenditure" />,
  },
  {
    id: 'timeline-threePublic',
    section: 'timeline',
    title: (t) => t('timeline.title.threePublic'),
    draw: 'deferred',
    render: () => <TimelineCard series="threePublic" />,
  },
  {
    id: 'figures-three-public',
    section: 'figures',
    title: (t) => t('figures.title.threePublic'),
    draw: 'deferred',
    render: ({ pair }) => <FiguresCard pair={pair} kind="threePublic" />,
  },
  {
    id: 'figures-procurement',
    section: 'figures',
    title: (t) => t('figures.title.procurement'),
    draw: 'deferred',
    render: ({ pair }) => <FiguresCard pair={pair} kind="procurement" />,
  },
  {
    id: 'figures-performance',
    section: 'figures',
    title: (t) => t('figures.title.performance'),
    draw: 'deferred',
    render: ({ pair }) => <FiguresCard pair={pair} kind="performance" />,
  },
  {
    id: 'budget-units',
    section: 'units',
    title: (t) => t('units.title'),
    draw: 'deferred',
    render: ({ pair }) => <UnitsCard pair={pair} />,
  },
  {
    id: 'projects-compare',
    section: 'units',
    title: (t) => t('projects.title'),
    draw: 'deferred',
    render: ({ pair }) => <ProjectsCard pair={pair} />,
  },
] as const satisfies readonly CompareCard[];

export type CardId = (typeof CARDS)[number]['id'];
export const COMPARE_CARDS: readonly CompareCard<CardId>[] = CARDS;
export const CARD_IDS: readonly CardId[] = COMPARE_CARDS.map((card) => card.id);
