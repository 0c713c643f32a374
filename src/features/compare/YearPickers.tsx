// The two years compared. Any document in the store can be either side; the year the other side
// shows is offered but disabled (a year is not compared with itself), "Swap years" exchanges them.
import { useTranslation } from 'react-i18next';
import { useDataStore } from '../../state/data-store';
import { yearsOf } from '../../state/selectors';
import { useViewState } from '../../state/use-view-state';
import type { Years } from './logic/sentences';
import '../../i18n/ns/compare';

export function YearPickers({ years }: { years: Years }) {
  const { t } = useTranslation('compare');
  const documents = useDataStore((s) => s.documents);
  const [, navigate] = useViewState();
  const all = yearsOf(documents);
  const choose = (side: 'from' | 'to', year: number) => {
    const other = side === 'from' ? years.toYear : years.fromYear;
    if (year === other) navigate({ from: years.toYear, to: years.fromYear });
    else navigate(side === 'from' ? { from: year, to: years.toYear } : { from: years.fromYear, to: year });
  };
  return (
    <div className="cmp-years" role="group" aria-label={t('years.label')}>
      {(['from', 'to'] as const).map((side) => (
        // Label and select side by side (not nested): the select's name is just "From"/"To".
        <span key={side} className="select-label">
          <label htmlFor={`cmp-year-${side}`}>{t(`years.${side}`)}</label>
          <select
            id={`cmp-year-${side}`}
            value={side === 'from' ? years.fromYear : years.toYear}
            onChange={(e) => choose(side, Number(e.target.value))}
          >
            {all.map((year) => (
              <option key={year} value={year} disabled={year === (side === 'from' ? years.toYear : years.fromYear)}>
                {t('years.option', { year })}
              </option>
            ))}
          </select>
        </span>
      ))}
      <button
        type="button"
        className="button small"
        onClick={() => navigate({ from: years.toYear, to: years.fromYear })}
      >
        {t('years.swap')}
      </button>
    </div>
  );
}
