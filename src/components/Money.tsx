// A figure in the chosen unit; the exact amount in yuan is always one hover or focus away and is
// what a screen reader hears when the unit rounds. A figure the document's text states (a
// StatedAmount) passes its `precision`: it is then shown as precise as it was printed
// (use-stated-money.ts), "754.813万元" rather than "754.81万元", "约24,088,400元" in yuan, and its
// hover text is the figure as printed rather than a count of yuan the document never gave.
import { useMoney } from './use-money';
import { useStatedMoney } from './use-stated-money';

interface Props {
  yuan: number;
  /** the yuan value of the last printed digit of a stated figure */
  precision?: number;
  /** a stated figure as printed ("754.813万元"): its hover text, since its exact yuan are not known */
  printed?: string;
  className?: string;
}

export function Money({ yuan, precision, printed, className }: Props) {
  const { format, exact } = useMoney();
  const stated = useStatedMoney();
  const shown = precision === undefined ? format(yuan) : stated(yuan, precision);
  const full = precision !== undefined && precision > 1 && printed ? printed : exact(yuan);
  return (
    <data value={yuan} title={full} className={`money ${className ?? ''}`.trim()}>
      {shown}
    </data>
  );
}
