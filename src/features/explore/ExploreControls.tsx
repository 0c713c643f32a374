// Year, classification and measure of the Explore view. Each choice is a history entry, so the
// browser's back button undoes it like a drill step.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CLASSIFICATIONS, type Classification, type Measure } from '../../state/link/values';
import { measuresOf } from '../../domain/classifications';
import '../../i18n/ns/explore';

interface Props {
  years: number[];
  year: number;
  cls: Classification;
  measure: Measure;
  onYear: (year: number) => void;
  onClassification: (cls: Classification) => void;
  onMeasure: (measure: Measure) => void;
}

function Choice<T extends string | number>({
  label,
  options,
  value,
  text,
  onChoose,
}: {
  label: string;
  options: readonly T[];
  value: T;
  text: (option: T) => string;
  onChoose: (option: T) => void;
}) {
  const id = useId();
  return (
    <div className="explore-choice">
      <span id={id} className="explore-choice-label">
        {label}
      </span>
      <div role="group" aria-labelledby={id} className="segmented">
        {options.map((option) => (
          <button
            key={option}
            type="button"
            aria-pressed={option === value}
            onClick={() => option !== value && onChoose(option)}
          >
            {text(option)}
          </button>
        ))}
      </div>
    </div>
  );
}

export function ExploreControls({ years, year, cls, measure, onYear, onClassification, onMeasure }: Props) {
  const { t } = useTranslation('explore');
  return (
    <div className="explore-controls">
      <Choice
        label={t('controls.year')}
        options={years}
        value={year}
        text={(y) => t('controls.yearOption', { year: y })}
        onChoose={onYear}
      />
      <Choice
        label={t('controls.classification')}
        options={CLASSIFICATIONS}
        value={cls}
        text={(c) => t(`cls.${c}`)}
        onChoose={onClassification}
      />
      <Choice
        label={t('controls.measure')}
        options={measuresOf(cls)}
        value={measure}
        text={(m) => t(`measure.${m}`)}
        onChoose={onMeasure}
      />
    </div>
  );
}
