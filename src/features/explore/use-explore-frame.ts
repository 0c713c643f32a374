// What the Explore view and the embedded treemap both draw around the chart: the labels of the
// current level (root, measure, level name, breadcrumb, caption, the chart's description) over
// use-explore.ts, and the leaf details taking focus when a leaf is opened. Null until the data
// are there.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Crumb } from './DrillBreadcrumb';
import { useExplore } from './use-explore';
import '../../i18n/ns/explore';

type Explore = ReturnType<typeof useExplore>;

export interface ExploreFrame {
  x: Explore;
  doc: NonNullable<Explore['doc']>;
  model: NonNullable<Explore['model']>;
  rootLabel: string;
  measureLabel: string;
  levelName: string;
  crumbs: Crumb[];
  caption: string;
  description: string;
  leafRef: React.RefObject<HTMLElement | null>;
}

export function useExploreFrame(): ExploreFrame | null {
  const { t } = useTranslation('explore');
  const x = useExplore();
  const leafRef = useRef<HTMLElement>(null);
  // A leaf opened from the chart takes focus, so Escape closes it and the reader hears its figures.
  useEffect(() => {
    if (x.leafFocusSeq > 0) leafRef.current?.focus();
  }, [x.leafFocusSeq]);

  const { doc, model, cls } = x;
  if (!doc || !model) return null;
  const rootLabel = t(`root.${cls}`);
  const measureLabel = t(`measure.${x.measure}`);
  const levelName = model.parent ? x.name(model.parent.code, model.parent.name) : rootLabel;
  const crumbs: Crumb[] = [
    { path: [], label: rootLabel },
    ...model.trail.map((line, i) => ({
      path: model.trail.slice(0, i + 1).map((l) => l.code),
      label: x.name(line.code, line.name),
    })),
  ];
  const caption = t(`caption.${cls}${model.trail.length + 1}`, {
    parent: levelName,
    measure: measureLabel,
    year: doc.year,
  });
  const largest = model.items[0];
  const description = largest
    ? t('chart.description', {
        count: model.items.length,
        measure: measureLabel,
        largest: x.name(largest.code, largest.name),
        amount: x.nodes[0]?.labelLines[0] ?? '',
        share: x.share(largest.ofParent),
      })
    : t('chart.empty');
  return { x, doc, model, rootLabel, measureLabel, levelName, crumbs, caption, description, leafRef };
}
