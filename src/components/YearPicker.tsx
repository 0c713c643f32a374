// Choose the budget year a view shows: a group of toggle buttons, one per year in the data.
// The year lives in the URL (`year`), so the caller passes the current one and a navigate.
export interface YearPickerProps {
  years: readonly number[];
  value: number;
  onChange: (year: number) => void;
  /** accessible name of the group, translated by the caller */
  label: string;
  /** visible text of each button; the bare year when omitted */
  yearLabel?: (year: number) => string;
}

export function YearPicker({ years, value, onChange, label, yearLabel }: YearPickerProps) {
  return (
    <div role="group" aria-label={label} className="segmented year-picker">
      {years.map((year) => (
        <button key={year} type="button" aria-pressed={year === value} onClick={() => onChange(year)}>
          {yearLabel ? yearLabel(year) : year}
        </button>
      ))}
    </div>
  );
}
