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
  // A table has hundreds of plain figures: only a stated one takes the stated formatter's hooks.
  if (precision !== undefined) return <StatedMoney yuan={yuan} precision={precision} printed={printed} className={className} />;
  return (
    <data value={yuan} title={exact(yuan)} className={`money ${className ?? ''}`.trim()}>
      {format(yuan)}
    </data>
  );
}

function StatedMoney({ yuan, precision, printed, className }: Props & { precision: number }) {
  const { exact } = useMoney();
  const stated = useStatedMoney();
  return (
    <data value={yuan} title={precision > 1 && printed ? printed : exact(yuan)} className={`money ${className ?? ''}`.trim()}>
      {stated(yuan, precision)}
    </data>
  );
}
