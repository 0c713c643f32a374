// The frame of every chart in the compare view: a heading, its controls, the generated sentence
// (always the chart's accessible description; shown on screen with "Describe"), the chart, and
// its table alternative behind "Show table". The table is the same data as words and numbers.
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ShareMenu } from '../../components/share/ShareMenu';

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
  testId?: string;
}

export function ChartCard({ title, description, controls, children, table, tableOpen = false, className, testId }: Props) {
  const { t } = useTranslation('compare');
  const uid = useId().replace(/:/g, '');
  const [describe, setDescribe] = useState(false);
  const [showTable, setShowTable] = useState(tableOpen);
  const titleId = `${uid}-title`;
  const descId = `${uid}-desc`;
  const tableId = `${uid}-table`;
  return (
    <section className={`cmp-card ${className ?? ''}`.trim()} aria-labelledby={titleId} data-testid={testId}>
      <div className="cmp-card-head">
        <h2 id={titleId}>{title}</h2>
        <div className="cmp-card-tools">
          {controls}
          <ShareMenu title={title} getSvg={() => document.getElementById(titleId)?.closest('section')?.querySelector<SVGSVGElement>('figure svg') ?? null} />
          <button type="button" className="button small" aria-pressed={describe} onClick={() => setDescribe((d) => !d)}>
            {t('frame.describe')}
          </button>
          {table !== undefined && (
            <button type="button" className="button small" aria-expanded={showTable} aria-controls={tableId} onClick={() => setShowTable((s) => !s)}>
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
          <figure className="cmp-figure" aria-labelledby={titleId} aria-describedby={descId}>
            {children}
          </figure>
          <div id={tableId} className="cmp-alt-table" hidden={!showTable}>
            {showTable ? table : null}
          </div>
        </>
      ) : (
        // The chart names and describes itself and carries its own table (the treemap).
        children
      )}
    </section>
  );
}
