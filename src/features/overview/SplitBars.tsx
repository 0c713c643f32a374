// A two-part split (basic vs project, personnel vs public use) for each year: a bar for the eye,
// and beside it the same figures as text, which is what screen readers get (the bar is hidden
// from them, so there is no chart without a text alternative).
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPercent } from '../../domain/money-format';
import { Money } from '../../components/Money';
import { useLang } from '../../components/use-money';
import { splitShares } from './summary-facts';
import './split-bars.css';
import '../../i18n/ns/overview';

interface SplitRow {
  year: number;
  values: [number, number];
}

export interface SplitBarsProps {
  id: string;
  heading: ReactNode;
  note: string;
  labels: [ReactNode, ReactNode];
  rows: SplitRow[];
}

export function SplitBars({ id, heading, note, labels, rows }: SplitBarsProps) {
  const { t } = useTranslation('overview');
  const lang = useLang();
  return (
    <section className="overview-section split" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{heading}</h2>
      {rows.map(({ year, values }) => {
        const shares = splitShares(values);
        return (
          <div key={year} className="split-row" data-testid={`${id}-${year}`}>
            <div className="split-year">{t('split.yearLabel', { year })}</div>
            <div className="split-bar" aria-hidden="true">
              {values.map((value, i) => (
                <span key={i} className={`split-part split-part-${i}`} style={{ flexGrow: value }} />
              ))}
            </div>
            <dl className="split-legend">
              {values.map((value, i) => {
                const share = shares[i];
                return (
                  <div key={i} className="split-legend-item">
                    <dt>
                      <span className={`split-swatch split-part-${i}`} aria-hidden="true" />
                      {labels[i]}
                    </dt>
                    <dd>
                      <Money fen={value} />
                      {typeof share === 'number' && (
                        <span className="split-share">{t('split.share', { share: formatPercent(share, lang) })}</span>
                      )}
                    </dd>
                  </div>
                );
              })}
            </dl>
          </div>
        );
      })}
      <p className="overview-note">{note}</p>
    </section>
  );
}
