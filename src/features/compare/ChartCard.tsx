// The frame of every chart in the compare view: a heading, its controls, the generated sentence
// (always the chart's accessible description; shown on screen with "Describe"), the chart, and
// its table alternative behind "Show table". The table is the same data as words and numbers.
// While its chart is still loading (charts/lazy.tsx), the share menu is not offered: its picture
// export reads the drawn chart, so it stands greyed out until the chart is there.
import { useCallback, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ShareSlot } from '../../components/share-slot/ShareSlot';
import type { ChartId } from '../../state/link/charts';
import type { ShareTable } from '../../domain/share-table';
import { useChartShare } from './use-chart-share';
import { ChartLoadingContext } from './charts/lazy';
import { useCardId } from './cards/card-context';
import '../../i18n/ns/compare';
import '../../i18n/ns/share';

interface Props {
  title: string;
  /** The generated sentence: the description of the chart for screen readers and on request. */
  description: string;
  controls?: ReactNode;
  /** The chart; rendered inside a figure named by the title and described by the sentence. */
  children: ReactNode;
  /** The table alternative; omit for a chart that brings its own (the treemap's list). */
  table?: ReactNode;
  /** Open the table at first (for charts whose table is the main way in). */
  tableOpen?: boolean;
  className?: string;
  /** What the exports and data files hold: exactly the figures shown (yuan, codes, names in the reader's language). */
  shareRows?: () => ShareTable;
  /** The unit line of the exports; default the reader's money unit. */
  unitText?: string;
  /** The embed chart that shows the same (src/embed); no embed code without it. */
  embedChart?: ChartId;
}

export function ChartCard({
  title,
  description,
  controls,
  children,
  table,
  tableOpen = false,
  className,
  shareRows,
  unitText,
  embedChart,
}: Props) {
  const { t } = useTranslation('compare');
  // Its id in the registry (cards/registry.tsx): the test id, and the name of its downloads.
  const id = useCardId();
  const share = useChartShare(unitText);
  const uid = useId().replace(/:/g, '');
  const [describe, setDescribe] = useState(false);
  const [showTable, setShowTable] = useState(tableOpen);
  // How many of the card's charts show their loading box (told by the boxes, before paint).
  const [loading, setLoading] = useState(0);
  const reportLoading = useCallback((change: 1 | -1) => setLoading((n) => n + change), []);
  const titleId = `${uid}-title`;
  const descId = `${uid}-desc`;
  const tableId = `${uid}-table`;
  return (
    <section
      className={`cmp-card ${className ?? ''}`.trim()}
      aria-labelledby={titleId}
      data-testid={id ?? undefined}
      data-card={id ?? undefined}
    >
      <div className="cmp-card-head">
        <h2 id={titleId}>{title}</h2>
        <div className="cmp-card-tools">
          {controls}
          {loading > 0 ? (
            <ShareWhileLoading title={title} />
          ) : (
            <ShareSlot
              title={title}
              subtitle={share.subtitle}
              linkState={share.linkState}
              // The chart's drawing (a recharts surface, or the change treemap's own svg); without one the export draws the rows as a table.
              getSvg={() =>
                document
                  .getElementById(titleId)
                  ?.closest('section')
                  ?.querySelector<SVGSVGElement>('svg.recharts-surface, svg.treemap-svg') ?? null
              }
              rows={shareRows}
              embedChart={embedChart}
              // Names the downloads after the card (compare-waterfall-category-…): 13 charts, 13 names.
              exportId={id ? `compare-${id}` : undefined}
            />
          )}
          <button type="button" className="button small" aria-pressed={describe} onClick={() => setDescribe((d) => !d)}>
            {t('frame.describe')}
          </button>
          {table !== undefined && (
            <button
              type="button"
              className="button small"
              aria-expanded={showTable}
              aria-controls={tableId}
              onClick={() => setShowTable((s) => !s)}
            >
              {showTable ? t('frame.hideTable') : t('frame.showTable')}
            </button>
          )}
        </div>
      </div>
      <p id={descId} className={describe ? 'cmp-description' : 'visually-hidden'}>
        {description}
      </p>
      {table !== undefined ? (
        <>
          <figure
            className="cmp-figure"
            aria-labelledby={titleId}
            aria-describedby={descId}
            aria-busy={loading > 0 || undefined}
          >
            <ChartLoadingContext value={reportLoading}>{children}</ChartLoadingContext>
          </figure>
          <div id={tableId} className="cmp-alt-table" hidden={!showTable}>
            {showTable ? table : null}
          </div>
        </>
      ) : (
        // The chart names and describes itself and carries its own table (the treemap).
        <ChartLoadingContext value={reportLoading}>{children}</ChartLoadingContext>
      )}
    </section>
  );
}

/** The share button as it stands while the chart loads: the same button, not yet usable. */
function ShareWhileLoading({ title }: { title: string }) {
  const { t } = useTranslation('share');
  return (
    <div className="share-menu">
      <button type="button" className="button share-button" aria-label={t('menu.label', { title })} disabled>
        <svg aria-hidden="true" width="16" height="16" viewBox="0 0 16 16" className="share-icon">
          <path d="M8 1.5v8M4.5 5 8 1.5 11.5 5M3 8.5v5h10v-5" fill="none" stroke="currentColor" strokeWidth="1.6" />
        </svg>
        {t('menu.button')}
      </button>
    </div>
  );
}
